import type { TestProject } from 'vitest/node';
import { startServer } from './harness.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** `http://127.0.0.1:port` of the server every e2e file drives. */
    origin: string;
  }
}

/**
 * One real server for the whole run: the page build happens once, the files share it (each test
 * signs up its own users, so they never see each other's data). Stopped with SIGTERM at the end.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const server = await startServer('e2e');
  process.stderr.write(`e2e server at ${server.origin} (log: ${server.logFile})\n`);
  project.provide('origin', server.origin);
  return () => server.stop();
}
