import type { ServerResponse } from 'node:http';

/**
 * Headers every response carries. The CSP lets the Next.js pages run their own scripts and inline
 * styles (App Router injects inline bootstrap scripts) but nothing from elsewhere, and no page may
 * be framed. HSTS only in production: on http://localhost it would pin the browser to https.
 */
export function securityHeaders(
  production: boolean,
  /** Next.js in development mode (`STORECRAFT_WEB_DEV=1`) evaluates code for its tooling. */
  { devPages = false }: { devPages?: boolean } = {},
): Record<string, string> {
  const csp = [
    "default-src 'self'",
    `script-src 'self' 'unsafe-inline'${devPages ? " 'unsafe-eval'" : ''}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob: https:",
    "font-src 'self' data:",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ');
  return {
    'Content-Security-Policy': csp,
    'X-Frame-Options': 'DENY',
    'Referrer-Policy': 'strict-origin-when-cross-origin',
    'X-Content-Type-Options': 'nosniff',
    'Cross-Origin-Opener-Policy': 'same-origin',
    'Permissions-Policy': 'camera=(), microphone=(), geolocation=()',
    ...(production ? { 'Strict-Transport-Security': 'max-age=31536000; includeSubDomains' } : {}),
  };
}

export function applyHeaders(res: ServerResponse, headers: Record<string, string>): void {
  for (const [name, value] of Object.entries(headers)) res.setHeader(name, value);
}
