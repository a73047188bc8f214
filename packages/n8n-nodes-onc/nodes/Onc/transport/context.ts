import type { IExecuteFunctions, IWebhookFunctions } from 'n8n-workflow';

/** The n8n contexts that may call ONC: a node's run and the trigger's webhook. */
export type RequestContext = IExecuteFunctions | IWebhookFunctions;
