import { createHash } from 'node:crypto';
import { AppError } from '@storecraft/core';
import type { FileStorage } from '@storecraft/storage';
import { z } from 'zod';
import { ProviderError } from '../http/provider-error.ts';

/**
 * `live` answers from the cache and calls the provider on a miss; `replay` answers only from the
 * cache and fails on a miss (a reproducible run, no network, no cost); `refresh` always calls and
 * overwrites.
 */
export const cacheModes = ['live', 'replay', 'refresh'] as const;
export type CacheMode = (typeof cacheModes)[number];

/** Where cached answers live: the storage adapter in the app, memory in tests. */
export interface CacheStore {
  read(key: string): Promise<string | undefined>;
  write(key: string, text: string): Promise<void>;
}

export interface CachedAnswer {
  content: string;
  usage: { promptTokens: number; completionTokens: number };
}

const entrySchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('answer'),
    content: z.string(),
    usage: z.object({ promptTokens: z.number(), completionTokens: z.number() }),
  }),
  // A call that failed after its retries: replay repeats the fallback instead of failing on a miss.
  z.object({ kind: z.literal('failure'), reason: z.string() }),
]);

export interface CacheKeyParts {
  provider: string;
  model: string;
  promptVersion: string;
  messages: unknown;
  schema: unknown;
  /** Seed, token limit and anything else sent that changes the answer. */
  params: unknown;
}

/** sha256 of the request's parts in canonical JSON (object keys sorted, so order never matters). */
export function cacheKey(parts: CacheKeyParts): string {
  return createHash('sha256').update(canonicalJson(parts)).digest('hex');
}

export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(
          Object.entries(v as Record<string, unknown>).sort(([a], [b]) =>
            a < b ? -1 : a > b ? 1 : 0,
          ),
        )
      : v,
  );
}

/** Thrown in replay mode for a request whose recorded call failed: the caller falls back again. */
export class ReplayedFailure extends Error {
  override readonly name = 'ReplayedFailure';
}

export interface CacheStats {
  hits: number;
  misses: number;
  writes: number;
}

export class ContentCache {
  readonly mode: CacheMode;
  private readonly store: CacheStore;
  readonly stats: CacheStats = { hits: 0, misses: 0, writes: 0 };

  constructor(store: CacheStore, mode: CacheMode) {
    this.store = store;
    this.mode = mode;
  }

  /** The cached answer for `key`, or `call()`'s (recorded), as the mode says. */
  async through(
    key: string,
    call: () => Promise<CachedAnswer>,
  ): Promise<CachedAnswer & { cached: boolean }> {
    if (this.mode !== 'refresh') {
      const entry = await this.read(key);
      if (entry?.kind === 'answer') {
        this.stats.hits++;
        return { content: entry.content, usage: entry.usage, cached: true };
      }
      if (this.mode === 'replay') {
        if (entry?.kind === 'failure') {
          this.stats.hits++;
          throw new ReplayedFailure(entry.reason);
        }
        throw new AppError('NOT_FOUND', `AI cache has no answer for request ${key.slice(0, 12)}`, {
          userMessage:
            'AI_CACHE_MODE=replay found no cached answer for a request (the prompt, model or seed changed since the cache was filled): run once with AI_CACHE_MODE=live',
        });
      }
    }
    this.stats.misses++;
    try {
      const answer = await call();
      await this.write(key, { kind: 'answer', ...answer });
      return { ...answer, cached: false };
    } catch (error) {
      if (error instanceof ProviderError) {
        await this.write(key, { kind: 'failure', reason: `${error.kind}: ${error.message}` });
      }
      throw error;
    }
  }

  private async read(key: string): Promise<z.infer<typeof entrySchema> | undefined> {
    const text = await this.store.read(key);
    if (text === undefined) return undefined;
    try {
      const parsed = entrySchema.safeParse(JSON.parse(text));
      return parsed.success ? parsed.data : undefined;
    } catch {
      // A torn or hand-edited entry is a miss, not a crash.
      return undefined;
    }
  }

  private async write(key: string, entry: z.infer<typeof entrySchema>): Promise<void> {
    await this.store.write(key, `${JSON.stringify(entry)}\n`);
    this.stats.writes++;
  }
}

export function memoryCacheStore(): CacheStore & { readonly entries: Map<string, string> } {
  const entries = new Map<string, string>();
  return {
    entries,
    read: (key) => Promise.resolve(entries.get(key)),
    write: (key, text) => {
      entries.set(key, text);
      return Promise.resolve();
    },
  };
}

/** Cached answers as files under `prefix/` of the configured storage (local folder or S3). */
export function storageCacheStore(storage: FileStorage, prefix = 'ai-cache'): CacheStore {
  const keyOf = (key: string) => `${prefix}/${key.slice(0, 2)}/${key}.json`;
  return {
    async read(key) {
      try {
        const chunks: Buffer[] = [];
        for await (const chunk of await storage.get(keyOf(key))) chunks.push(chunk as Buffer);
        return Buffer.concat(chunks).toString('utf8');
      } catch (error) {
        if (AppError.is(error, 'NOT_FOUND')) return undefined;
        throw error;
      }
    },
    async write(key, text) {
      await storage.put(keyOf(key), text, { contentType: 'application/json' });
    },
  };
}
