import type { Actor } from '@storecraft/auth';
import type { TRPCError } from '@trpc/server';
import { headers } from 'next/headers';
import { notFound, redirect } from 'next/navigation';
import { readPageBridge, type ApiCaller } from '../../src/page-bridge.ts';

export type UserActor = Extract<Actor, { kind: 'user' }>;

/** The API as the person behind this request's cookie (server components and actions only). */
export async function currentSession(): Promise<{ actor: Actor | null; api: ApiCaller }> {
  // Reading the headers first makes every page that asks dynamic (never prerendered at build).
  const requestHeaders = new Headers(await headers());
  const bridge = readPageBridge();
  if (!bridge) throw new Error('The StoreCraft platform is not running in this process.');
  return bridge.caller(requestHeaders);
}

/** Signed in, or off to the sign-in page (coming back to `returnTo` afterwards). */
export async function requireUser(returnTo: string): Promise<{ actor: UserActor; api: ApiCaller }> {
  const session = await currentSession();
  if (session.actor?.kind !== 'user') {
    redirect(`/sign-in?returnTo=${encodeURIComponent(returnTo)}`);
  }
  return { actor: session.actor, api: session.api };
}

/**
 * Awaits an API call made with ids from the URL: ids of another workspace (or malformed ones)
 * render the 404 page, exactly like ids that never existed.
 */
export async function orNotFound<T>(call: Promise<T>): Promise<T> {
  try {
    return await call;
  } catch (error) {
    // By name, not instanceof: the pages' bundle has its own copy of @trpc/server, so errors
    // thrown by the platform's router are not instances of this module's TRPCError.
    const trpcError = error instanceof Error && error.name === 'TRPCError';
    const code = trpcError ? (error as TRPCError).code : undefined;
    if (code === 'NOT_FOUND' || code === 'BAD_REQUEST') {
      notFound();
    }
    throw error;
  }
}

export function publicUrl(): string {
  return readPageBridge()?.publicUrl ?? 'http://localhost:3000';
}
