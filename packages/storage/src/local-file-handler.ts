import type { IncomingMessage, ServerResponse } from 'node:http';
import { pipeline } from 'node:stream/promises';
import { AppError } from '@storecraft/core';
import type { ServableFileStorage } from './file-storage.ts';
import { verifySignedFileUrl } from './file-url-signature.ts';
import { attachmentDisposition } from './signed-url-options.ts';

export interface LocalFileHandlerOptions {
  /** Clock for expiry checks; defaults to the system clock. */
  now?: () => Date;
  /** Told about unexpected failures (answered 500, or a stream cut mid-way), e.g. to log them. */
  onError?: (error: unknown) => void;
}

export type LocalFileHandler = (req: IncomingMessage, res: ServerResponse) => Promise<void>;

function sendText(res: ServerResponse, status: number, text: string, headers = {}): void {
  res.writeHead(status, {
    ...headers,
    'Content-Type': 'text/plain; charset=utf-8',
    'Content-Length': Buffer.byteLength(text),
    'Cache-Control': 'no-store',
  });
  res.end(text);
}

/** The client closed the connection before the body was sent: not a server fault. */
function isClientGone(error: unknown): boolean {
  return error instanceof Error && 'code' in error && error.code === 'ERR_STREAM_PREMATURE_CLOSE';
}

/**
 * Serves `GET|HEAD {filesPath}{key}?expires=…&signature=…` for the signed URLs of a local (or
 * in-memory) storage: 200 with the file, 403 for a tampered or expired link, 404 when the file is
 * missing or the path is not a file route, 405 for other methods. The promise never rejects, so it
 * can be passed straight to `http.createServer`.
 */
export function createLocalFileHandler(
  storage: ServableFileStorage,
  secret: string,
  options: LocalFileHandlerOptions = {},
): LocalFileHandler {
  const now = options.now ?? (() => new Date());
  const onError = options.onError ?? (() => undefined);

  return async function handleFileRequest(req, res) {
    try {
      if (req.method !== 'GET' && req.method !== 'HEAD') {
        sendText(res, 405, 'Method Not Allowed', { Allow: 'GET, HEAD' });
        return;
      }
      const at = now();
      const { key, downloadName, expiresAt } = verifySignedFileUrl({
        secret,
        filesPath: storage.filesPath,
        url: req.url ?? '/',
        now: at,
      });
      const file = await storage.open(key);
      const secondsLeft = Math.max(0, Math.floor((expiresAt.getTime() - at.getTime()) / 1000));
      res.writeHead(200, {
        'Content-Type': file.contentType,
        'Content-Length': file.size,
        // Never cache past the link's own expiry.
        'Cache-Control': `private, max-age=${secondsLeft}`,
        'X-Content-Type-Options': 'nosniff',
        ...(downloadName === undefined
          ? {}
          : { 'Content-Disposition': attachmentDisposition(downloadName) }),
      });
      if (req.method === 'HEAD') {
        file.body.destroy();
        res.end();
        return;
      }
      await pipeline(file.body, res);
    } catch (error) {
      if (res.headersSent) {
        // Mid-stream failure (or the client went away): all we can do is cut the connection.
        if (!isClientGone(error)) onError(error);
        res.destroy();
        return;
      }
      if (AppError.is(error, 'FORBIDDEN')) sendText(res, 403, error.userMessage);
      else if (AppError.is(error, 'NOT_FOUND')) sendText(res, 404, 'Not Found');
      else if (AppError.is(error, 'INVALID_INPUT')) sendText(res, 400, 'Bad Request');
      else {
        onError(error);
        sendText(res, 500, 'Internal Server Error');
      }
    }
  };
}
