import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Actor, AuthService } from '@storecraft/auth';
import type { Database } from '@storecraft/db';
import {
  findJobProgress,
  progressEventId,
  watchJobProgress,
  type JobChangeFeed,
  type JobProgress,
} from '@storecraft/jobs';
import { sendJson } from '../fetch-bridge.ts';

export interface JobEventsDeps {
  db: Database;
  auth: Pick<AuthService, 'resolveActor' | 'workspaces'> | undefined;
  feed: JobChangeFeed | undefined;
  /** Comment lines that keep proxies from closing an idle stream (default 15 s). */
  heartbeatMs?: number;
  /** Re-read at least this often (default 1 s). */
  pollMs?: number;
}

/** Tells the server which workspace and job a request concerned, for its log line. */
export interface RequestNotes {
  workspaceId?: string;
  jobId?: string;
}

const JOB_ID = /^[\w-]{1,100}$/;

/**
 * `GET /api/jobs/:id/events`: Server-Sent Events with the job's progress. Each event's id names
 * the state it carries, so a client that reconnects with `Last-Event-ID` gets only what changed
 * since. The stream ends with an `end` event once nothing more can change. A job in a workspace
 * the caller is not a member of is answered exactly like a job that does not exist (404).
 */
export async function handleJobEvents(
  deps: JobEventsDeps,
  req: IncomingMessage,
  res: ServerResponse,
  jobId: string,
  url: URL,
  notes: RequestNotes,
): Promise<void> {
  if (req.method !== 'GET') {
    sendJson(res, 405, { error: 'Method Not Allowed' }, { Allow: 'GET' });
    return;
  }
  const actor = deps.auth ? await deps.auth.resolveActor(headersOf(req)) : null;
  if (!actor || !deps.auth) {
    sendJson(res, 401, { error: 'Sign in to follow a job.' });
    return;
  }
  if (!JOB_ID.test(jobId)) {
    sendJson(res, 404, { error: 'Not Found' });
    return;
  }
  notes.jobId = jobId;
  const found = await locateJob(
    deps.db,
    deps.auth,
    actor,
    jobId,
    url.searchParams.get('workspaceId'),
  );
  if (!found) {
    sendJson(res, 404, { error: 'Not Found' });
    return;
  }
  notes.workspaceId = found.workspaceId;
  const lastEventId = lastEventIdOf(req, url);

  res.writeHead(200, {
    'Content-Type': 'text/event-stream; charset=utf-8',
    'Cache-Control': 'no-store',
    Connection: 'keep-alive',
    // Proxies such as nginx would otherwise buffer the stream.
    'X-Accel-Buffering': 'no',
  });
  res.write('retry: 2000\n\n');
  const closed = new AbortController();
  res.on('close', () => closed.abort());
  const heartbeat = setInterval(() => res.write(': heartbeat\n\n'), deps.heartbeatMs ?? 15_000);
  try {
    for await (const progress of watchJobProgress(deps.db, found.workspaceId, jobId, {
      ...(deps.feed ? { feed: deps.feed } : {}),
      pollMs: deps.pollMs ?? 1_000,
      signal: closed.signal,
    })) {
      const id = progressEventId(progress);
      if (id !== lastEventId) writeEvent(res, 'progress', id, progress);
      if (progress.finished) writeEvent(res, 'end', id, progress);
    }
  } finally {
    clearInterval(heartbeat);
    res.end();
  }
}

function writeEvent(res: ServerResponse, event: string, id: string, data: JobProgress): void {
  res.write(`id: ${id}\nevent: ${event}\ndata: ${JSON.stringify(data)}\n\n`);
}

/** The workspace holding the job among those the actor belongs to (the one asked for, if any). */
async function locateJob(
  db: Database,
  auth: Pick<AuthService, 'workspaces'>,
  actor: Actor,
  jobId: string,
  workspaceId: string | null,
): Promise<{ workspaceId: string } | undefined> {
  const candidates = workspaceId
    ? (await auth.workspaces.roleOf(actor, workspaceId))
      ? [workspaceId]
      : []
    : (await auth.workspaces.listWorkspaces(actor)).map((w) => w.id);
  for (const candidate of candidates) {
    if (await findJobProgress(db, candidate, jobId)) return { workspaceId: candidate };
  }
  return undefined;
}

function lastEventIdOf(req: IncomingMessage, url: URL): string | undefined {
  const header = req.headers['last-event-id'];
  const value = (Array.isArray(header) ? header[0] : header) ?? url.searchParams.get('lastEventId');
  return value && value.length <= 200 ? value : undefined;
}

export function headersOf(req: IncomingMessage): Headers {
  const headers = new Headers();
  for (const [name, value] of Object.entries(req.headers)) {
    if (value === undefined) continue;
    if (Array.isArray(value)) for (const v of value) headers.append(name, v);
    else headers.set(name, value);
  }
  return headers;
}
