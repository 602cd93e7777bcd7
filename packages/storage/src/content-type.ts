const CONTENT_TYPES: Readonly<Record<string, string>> = {
  avif: 'image/avif',
  gif: 'image/gif',
  jpeg: 'image/jpeg',
  jpg: 'image/jpeg',
  png: 'image/png',
  svg: 'image/svg+xml',
  webp: 'image/webp',
  csv: 'text/csv; charset=utf-8',
  html: 'text/html; charset=utf-8',
  json: 'application/json',
  ndjson: 'application/x-ndjson',
  txt: 'text/plain; charset=utf-8',
  xml: 'application/xml',
  zip: 'application/zip',
  gz: 'application/gzip',
};

/**
 * The content type implied by the key's extension. The local disk keeps no per-file metadata, so
 * every adapter falls back to this when `put` is given no `contentType`: the same key then
 * downloads with the same type whatever the backend.
 */
export function contentTypeForKey(key: string): string {
  const name = key.slice(key.lastIndexOf('/') + 1);
  const dot = name.lastIndexOf('.');
  if (dot <= 0) return 'application/octet-stream';
  return CONTENT_TYPES[name.slice(dot + 1).toLowerCase()] ?? 'application/octet-stream';
}
