export { startSandbox } from './server';
export type { Sandbox, SandboxOptions } from './server';
export { samplePdf } from './samples';
export { extractZip } from './unzip';
export type { Fault } from './faults';
export type { OutboxMessage, SessionKind, StoredSession } from './model';
