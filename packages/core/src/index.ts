export * from './transport';
export { AxiosTransport } from './axiosTransport';
export { OncClient } from './client';
export { PRODUCTION_BASE_URL } from './context';
export * from './errors';
export { authorizationUrl, exchangeCode, refreshTokens } from './oauth';
export type { TokenCallOptions } from './oauth';
export { redirectUriWithSessionId } from './redirect';
export type * from './types';
