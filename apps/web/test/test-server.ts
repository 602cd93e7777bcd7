import fs from 'node:fs/promises';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { Writable } from 'node:stream';
import type { Actor, AuthService, WorkspaceDirectory } from '@storecraft/auth';
import { loadConfig } from '@storecraft/config';
import { AppError, type MembershipRole } from '@storecraft/core';
import type { DatabaseDriver } from '@storecraft/db';
import { createTestDatabase, type TestDatabase } from '@storecraft/db/testing';
import { jobBackendOf } from '@storecraft/jobs';
import { createLogger } from '../src/logger.ts';
import type { RateLimitBudgets } from '../src/rate-limits.ts';
import {
  startPlatform,
  type Gateway,
  type GatewayDeps,
  type Platform,
} from '../src/start-platform.ts';
import { loadWebSettings } from '../src/web-settings.ts';

export interface TestServer {
  platform: Platform;
  db: TestDatabase;
  /** `http://127.0.0.1:port` */
  origin: string;
  /** Every JSON log line the server wrote. */
  logs: Record<string, unknown>[];
  home: string;
  close(): Promise<void>;
}

/** A free TCP port on 127.0.0.1 (the public URL must name it before the server starts). */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as net.AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}

/**
 * The real composition root (`startPlatform`) on a cloned migrated test database, bound to
 * 127.0.0.1 on a free port, without the Next.js pages (they are not what these tests are about).
 */
export async function startTestServer(
  driver: DatabaseDriver,
  options: {
    createGateway?: (deps: GatewayDeps) => Promise<Gateway>;
    rateLimits?: Partial<RateLimitBudgets>;
    env?: Record<string, string>;
    workers?: number;
  } = {},
): Promise<TestServer> {
  const db = await createTestDatabase(driver);
  const home = await fs.mkdtemp(path.join(os.tmpdir(), 'storecraft-web-'));
  const port = await freePort();
  const origin = `http://127.0.0.1:${port}`;
  const backend = jobBackendOf(db);
  const env: Record<string, string> = {
    STORECRAFT_HOME: home,
    PUBLIC_URL: origin,
    PORT: String(port),
    HOST: '127.0.0.1',
    STORECRAFT_WORKERS: String(options.workers ?? 4),
    LOG_LEVEL: 'debug',
    ...(backend.kind === 'postgres' ? { DATABASE_URL: backend.url } : {}),
    ...options.env,
  };
  const logs: Record<string, unknown>[] = [];
  const sink = new Writable({
    write(chunk: Buffer, _encoding, done) {
      for (const line of chunk.toString().split('\n')) {
        if (line.trim()) logs.push(JSON.parse(line) as Record<string, unknown>);
      }
      done();
    },
  });
  const config = loadConfig(env, home);
  const platform = await startPlatform(config, loadWebSettings(env), {
    logger: createLogger('debug', sink),
    database: db,
    pages: false,
    port,
    sse: { heartbeatMs: 200, pollMs: 200 },
    ...(options.rateLimits ? { rateLimits: options.rateLimits } : {}),
    ...(options.createGateway ? { createGateway: options.createGateway } : {}),
  });
  return {
    platform,
    db,
    origin,
    logs,
    home,
    async close() {
      await platform.stop();
      await db.close();
      await fs.rm(home, { recursive: true, force: true });
    },
  };
}

/**
 * A stand-in for @storecraft/auth where a test needs callers without accounts: `Bearer <token>`
 * names a user, and each user belongs to the workspaces listed for it. Non-members get what the
 * real directory gives them: null and empty lists.
 */
export function tokenAuth(
  members: Record<string, { userId: string; workspaces: string[] }>,
): AuthService {
  const actorOf = (headers: Headers): Actor | null => {
    const token = /^Bearer (.+)$/.exec(headers.get('authorization') ?? '')?.[1];
    const member = token === undefined ? undefined : members[token];
    return member
      ? {
          kind: 'user',
          userId: member.userId,
          email: `${member.userId}@example.test`,
          sessionId: token ?? '',
        }
      : null;
  };
  const workspacesOf = (actor: Actor) =>
    actor.kind === 'user'
      ? (Object.values(members).find((m) => m.userId === actor.userId)?.workspaces ?? [])
      : [actor.workspaceId];
  const unsupported = () => Promise.reject(new AppError('INTERNAL', 'not in this stand-in'));
  const workspaces: WorkspaceDirectory = {
    roleOf: (actor, workspaceId) =>
      Promise.resolve<MembershipRole | null>(
        workspacesOf(actor).includes(workspaceId) ? 'owner' : null,
      ),
    listWorkspaces: (actor) =>
      Promise.resolve(
        workspacesOf(actor).map((id) => ({ id, name: id, slug: id, role: 'owner' as const })),
      ),
    listMembers: unsupported,
    createInvitation: unsupported,
    listInvitations: unsupported,
    revokeInvitation: unsupported,
    previewInvitation: unsupported,
    acceptInvitation: unsupported,
    removeMember: unsupported,
    createApiKey: unsupported,
    listApiKeys: unsupported,
    revokeApiKey: unsupported,
  };
  return {
    handler: () => Promise.resolve(new Response('not in this stand-in', { status: 501 })),
    resolveActor: (headers) => Promise.resolve(actorOf(headers)),
    workspaces,
  };
}

/** Reads Server-Sent Events from a streaming response, one parsed event at a time. */
export interface SseEvent {
  id: string | undefined;
  event: string;
  data: string;
}

export async function* readEvents(response: Response): AsyncGenerator<SseEvent, void, undefined> {
  if (!response.body) return;
  const decoder = new TextDecoder();
  let buffer = '';
  for await (const chunk of response.body) {
    buffer += decoder.decode(chunk as Uint8Array, { stream: true });
    let end: number;
    while ((end = buffer.indexOf('\n\n')) >= 0) {
      const block = buffer.slice(0, end);
      buffer = buffer.slice(end + 2);
      let id: string | undefined;
      let event = 'message';
      const data: string[] = [];
      for (const line of block.split('\n')) {
        if (line.startsWith('id: ')) id = line.slice(4);
        else if (line.startsWith('event: ')) event = line.slice(7);
        else if (line.startsWith('data: ')) data.push(line.slice(6));
      }
      if (data.length > 0) yield { id, event, data: data.join('\n') };
    }
  }
}
