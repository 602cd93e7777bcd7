import { randomUUID } from 'node:crypto';
import type { Actor, AuthService } from '@storecraft/auth';
import type { Config } from '@storecraft/config';
import type { Database, DatabaseDriver } from '@storecraft/db';
import type { JobQueue } from '@storecraft/jobs';
import type { GenerationJobs } from '@storecraft/services';
import type { FileStorage } from '@storecraft/storage';

/** What the gateway needs, built once by the composition root (apps/web, tests). */
export interface ApiDeps {
  db: Database;
  driver: DatabaseDriver;
  auth: AuthService;
  queue: JobQueue;
  storage: FileStorage;
  config: Config;
  /** The job definitions the queue's workers run; the API enqueues builds and exports. */
  jobs: Pick<GenerationJobs, 'catalog' | 'export'>;
}

export interface Context {
  /** Who is calling, or null when no session or key was presented (or it was not valid). */
  actor: Actor | null;
  requestId: string;
  deps: ApiDeps;
}

/** A request id we accept from the caller: short and printable, so it is safe to log. */
const REQUEST_ID = /^[A-Za-z0-9._:-]{1,64}$/;

/** Builds the context of one request from its headers (session cookie or Bearer key). */
export async function createContext(deps: ApiDeps, headers: Headers): Promise<Context> {
  const offered = headers.get('x-request-id');
  return {
    actor: await deps.auth.resolveActor(headers),
    requestId: offered && REQUEST_ID.test(offered) ? offered : randomUUID(),
    deps,
  };
}
