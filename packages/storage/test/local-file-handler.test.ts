import fs from 'node:fs/promises';
import { createServer } from 'node:http';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLocalFileHandler, createLocalStorage, createMemoryStorage } from '../src/index.ts';
import type { LocalFileHandler, LocalFileStorage } from '../src/index.ts';

const secret = 'handler-test-secret';
const twoHoursAgo = () => new Date(Date.now() - 2 * 3600_000);

let rootDir: string;
let server: Server;
let baseUrl: string;
let storage: LocalFileStorage;
let handler: LocalFileHandler;

beforeAll(async () => {
  rootDir = await fs.mkdtemp(path.join(os.tmpdir(), 'storecraft-handler-'));
  // The handler is bound after listening: the storage needs the server's URL for its links.
  server = createServer((req, res) => void handler(req, res));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  storage = createLocalStorage({ rootDir, publicUrl: baseUrl, signingSecret: secret });
  handler = createLocalFileHandler(storage, secret);

  await storage.put('images/brand_1/prod_1/1.png', Buffer.from('png bytes'));
  await storage.put('images/brand_1/prod_1/2.png', Buffer.from('other png'));
  await storage.put('exports/brand_1/20250102T030405Z.csv', 'Handle,Title\nmug,Mug\n');
  await storage.put('images/marque_été/产品/1.webp', 'unicode webp');
});

afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
  await fs.rm(rootDir, { recursive: true, force: true });
});

describe('local signed URLs', () => {
  it('serve the file with its type and length', async () => {
    const url = await storage.signedUrl('images/brand_1/prod_1/1.png', { expiresInSeconds: 60 });
    expect(url.startsWith(`${baseUrl}/files/images/brand_1/prod_1/1.png?expires=`)).toBe(true);
    const response = await fetch(url);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('image/png');
    expect(response.headers.get('content-length')).toBe('9');
    // Cached no longer than the link lives: the seconds left of its 60, counted when it is served
    // (a loaded CI machine took 2 s between signing and serving).
    const maxAge = /^private, max-age=(\d+)$/.exec(response.headers.get('cache-control') ?? '');
    expect(Number(maxAge?.[1])).toBeGreaterThanOrEqual(50);
    expect(Number(maxAge?.[1])).toBeLessThanOrEqual(60);
    expect(await response.text()).toBe('png bytes');
  });

  it('answer HEAD with headers only', async () => {
    const url = await storage.signedUrl('images/brand_1/prod_1/1.png', { expiresInSeconds: 60 });
    const response = await fetch(url, { method: 'HEAD' });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-length')).toBe('9');
    expect(await response.text()).toBe('');
  });

  it('name the download when asked', async () => {
    const url = await storage.signedUrl('exports/brand_1/20250102T030405Z.csv', {
      expiresInSeconds: 60,
      downloadName: 'Café shopify.csv',
    });
    const response = await fetch(url);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(response.headers.get('content-disposition')).toBe(
      `attachment; filename="Caf_ shopify.csv"; filename*=UTF-8''Caf%C3%A9%20shopify.csv`,
    );
    expect(await response.text()).toBe('Handle,Title\nmug,Mug\n');
  });

  it('work for unicode keys', async () => {
    const response = await fetch(
      await storage.signedUrl('images/marque_été/产品/1.webp', { expiresInSeconds: 60 }),
    );
    expect(response.status).toBe(200);
    expect(await response.text()).toBe('unicode webp');
  });

  it('are refused with 403 when the signature is tampered with', async () => {
    const url = new URL(
      await storage.signedUrl('images/brand_1/prod_1/1.png', { expiresInSeconds: 60 }),
    );
    const signature = url.searchParams.get('signature') ?? '';
    url.searchParams.set('signature', `${signature[0] === 'A' ? 'B' : 'A'}${signature.slice(1)}`);
    expect((await fetch(url)).status).toBe(403);
    url.searchParams.delete('signature');
    expect((await fetch(url)).status).toBe(403);
  });

  it('are refused with 403 when the key is swapped for another file', async () => {
    const url = await storage.signedUrl('images/brand_1/prod_1/1.png', { expiresInSeconds: 60 });
    const response = await fetch(url.replace('/1.png?', '/2.png?'));
    expect(response.status).toBe(403);
    expect(await response.text()).toBe('This link is invalid or has expired.');
  });

  it('are refused with 403 when the expiry or download name is changed', async () => {
    const url = new URL(
      await storage.signedUrl('exports/brand_1/20250102T030405Z.csv', {
        expiresInSeconds: 60,
        downloadName: 'a.csv',
      }),
    );
    const extended = new URL(url);
    extended.searchParams.set('expires', String(Number(url.searchParams.get('expires')) + 3600));
    expect((await fetch(extended)).status).toBe(403);
    const renamed = new URL(url);
    renamed.searchParams.set('download', 'b.csv');
    expect((await fetch(renamed)).status).toBe(403);
  });

  it('are refused with 403 once expired', async () => {
    const past = createLocalStorage({
      rootDir,
      publicUrl: baseUrl,
      signingSecret: secret,
      now: twoHoursAgo,
    });
    const url = await past.signedUrl('images/brand_1/prod_1/1.png', { expiresInSeconds: 60 });
    expect((await fetch(url)).status).toBe(403);
  });

  it('are refused with 403 when signed with another secret', async () => {
    const other = createLocalStorage({ rootDir, publicUrl: baseUrl, signingSecret: 'other' });
    const url = await other.signedUrl('images/brand_1/prod_1/1.png', { expiresInSeconds: 60 });
    expect((await fetch(url)).status).toBe(403);
  });

  it('answer 404 for a file deleted after signing', async () => {
    await storage.put('images/brand_1/prod_1/9.png', 'soon gone');
    const url = await storage.signedUrl('images/brand_1/prod_1/9.png', { expiresInSeconds: 60 });
    await storage.delete('images/brand_1/prod_1/9.png');
    expect((await fetch(url)).status).toBe(404);
  });

  it('answer 404 outside the files route and 405 for other methods', async () => {
    expect((await fetch(`${baseUrl}/elsewhere`)).status).toBe(404);
    const url = await storage.signedUrl('images/brand_1/prod_1/1.png', { expiresInSeconds: 60 });
    const response = await fetch(url, { method: 'POST', body: 'x' });
    expect(response.status).toBe(405);
    expect(response.headers.get('allow')).toBe('GET, HEAD');
    expect((await fetch(url, { method: 'DELETE' })).status).toBe(405);
    expect(await storage.exists('images/brand_1/prod_1/1.png')).toBe(true);
  });

  it('serve the in-memory adapter the same way', async () => {
    const memory = createMemoryStorage({ signingSecret: secret, publicUrl: baseUrl });
    await memory.put('images/b/p/1.svg', '<svg/>', { contentType: 'image/svg+xml' });
    const previous = handler;
    handler = createLocalFileHandler(memory, secret);
    try {
      const response = await fetch(
        await memory.signedUrl('images/b/p/1.svg', { expiresInSeconds: 60 }),
      );
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toBe('image/svg+xml');
      expect(await response.text()).toBe('<svg/>');
    } finally {
      handler = previous;
    }
  });
});
