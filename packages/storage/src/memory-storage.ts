import { Readable } from 'node:stream';
import { AppError } from '@storecraft/core';
import { contentTypeForKey } from './content-type.ts';
import { readBody } from './file-body.ts';
import type { OpenedFile, ServableFileStorage } from './file-storage.ts';
import { filesPathFor, signFileUrl, verifySignedFileUrl } from './file-url-signature.ts';
import type { VerifiedFileUrl } from './file-url-signature.ts';
import { settle } from './settle.ts';
import { assertValidKey, assertValidPrefix } from './storage-keys.ts';

export interface MemoryStorageOptions {
  /** Defaults to a fixed test secret. */
  signingSecret?: string;
  /** Defaults to `http://storage.test`. */
  publicUrl?: string;
  now?: () => Date;
}

export interface MemoryFileStorage extends ServableFileStorage {
  readonly driver: 'memory';
  verifySignedUrl(urlOrPathAndQuery: string, now: Date): VerifiedFileUrl;
  /** How many times `put` stored `key` (including overwrites), so tests can assert "exactly once". */
  putCount(key: string): number;
  /** Stored keys in ascending order. */
  keys(): string[];
}

interface MemoryFile {
  data: Buffer;
  contentType: string;
  cacheControl: string | undefined;
}

function compareKeys(a: string, b: string): number {
  return Buffer.compare(Buffer.from(a), Buffer.from(b));
}

/** Files in a Map, for tests of other packages; signed URLs use the same scheme as local disk. */
export function createMemoryStorage(options: MemoryStorageOptions = {}): MemoryFileStorage {
  const secret = options.signingSecret ?? 'storecraft-memory-storage-test-secret';
  const publicUrl = options.publicUrl ?? 'http://storage.test';
  const now = options.now ?? (() => new Date());
  const filesPath = filesPathFor(publicUrl);
  const files = new Map<string, MemoryFile>();
  const putCounts = new Map<string, number>();

  function open(key: string): Promise<OpenedFile> {
    return settle(() => {
      assertValidKey(key);
      const file = files.get(key);
      if (!file) throw new AppError('NOT_FOUND', `No file at ${key}`);
      return {
        // Copy, so a reader mutating chunks cannot change what is stored.
        body: Readable.from([Buffer.from(file.data)]),
        size: file.data.length,
        contentType: file.contentType,
        cacheControl: file.cacheControl,
      };
    });
  }

  return {
    driver: 'memory',
    filesPath,

    async put(key, body, putOptions = {}) {
      assertValidKey(key);
      // Read fully before storing: a body that fails midway leaves the previous file in place.
      const data = await readBody(body);
      files.set(key, {
        data,
        contentType: putOptions.contentType ?? contentTypeForKey(key),
        cacheControl: putOptions.cacheControl,
      });
      putCounts.set(key, (putCounts.get(key) ?? 0) + 1);
      return { key, size: data.length };
    },

    async get(key) {
      return (await open(key)).body;
    },

    open,

    exists(key) {
      return settle(() => {
        assertValidKey(key);
        return files.has(key);
      });
    },

    delete(key) {
      return settle(() => {
        assertValidKey(key);
        files.delete(key);
      });
    },

    deleteAll(prefix) {
      return settle(() => {
        assertValidPrefix(prefix);
        for (const key of [...files.keys()]) if (key.startsWith(prefix)) files.delete(key);
      });
    },

    // eslint-disable-next-line @typescript-eslint/require-await -- an async generator, for the interface
    async *list(prefix) {
      assertValidPrefix(prefix);
      // Snapshot: files stored or deleted while iterating do not disturb the listing.
      const matching = [...files.keys()].filter((key) => key.startsWith(prefix)).sort(compareKeys);
      for (const key of matching) {
        const file = files.get(key);
        if (file) yield { key, size: file.data.length };
      }
    },

    signedUrl(key, signOptions) {
      return settle(() =>
        signFileUrl({ secret, publicUrl, key, now: now(), options: signOptions }),
      );
    },

    verifySignedUrl(urlOrPathAndQuery, at) {
      return verifySignedFileUrl({ secret, filesPath, url: urlOrPathAndQuery, now: at });
    },

    putCount(key) {
      return putCounts.get(key) ?? 0;
    },

    keys() {
      return [...files.keys()].sort(compareKeys);
    },
  };
}
