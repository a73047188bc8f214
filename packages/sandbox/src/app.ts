import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Faults } from './faults';
import type { Store } from './store';

export interface SandboxConfig {
	baseUrl: string;
	clientId: string;
	clientSecret: string;
	/** The long-lived bearer token, valid for ever. */
	token: string;
	accessTokenTtlSeconds: number;
	/** Largest create upload accepted, all files together. */
	maxUploadBytes: number;
}

/** Everything a handler may touch. */
export interface App {
	config: SandboxConfig;
	store: Store;
	faults: Faults;
	/** Sessions whose signed files are being made, so finishing runs once. */
	finishing: Map<string, Promise<void>>;
}

export interface Exchange {
	app: App;
	req: IncomingMessage;
	res: ServerResponse;
	url: URL;
	/** Decoded path parameters, in pattern order. */
	params: string[];
}

export type Handler = (ex: Exchange) => Promise<void> | void;
