import type { Actor } from '@storecraft/auth';
import type { createCaller } from '@storecraft/api';

/** The tRPC router called in-process, as the caller behind a request's cookie or key. */
export type ApiCaller = ReturnType<typeof createCaller>;

/**
 * What the Next.js pages (bundled separately, run in this same process) need from the platform:
 * the router as the request's caller and who that caller is. Published on `globalThis` because
 * the pages' bundle cannot share module instances with the server; one database, one queue.
 */
export interface PageBridge {
  caller(headers: Headers): Promise<{ actor: Actor | null; api: ApiCaller }>;
  /** The public URL the server announces (for absolute links such as invitations). */
  publicUrl: string;
}

const KEY = Symbol.for('storecraft.page-bridge');

export function publishPageBridge(bridge: PageBridge | undefined): void {
  (globalThis as Record<symbol, unknown>)[KEY] = bridge;
}

export function readPageBridge(): PageBridge | undefined {
  return (globalThis as Record<symbol, unknown>)[KEY] as PageBridge | undefined;
}
