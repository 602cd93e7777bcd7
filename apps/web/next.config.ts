import type { NextConfig } from 'next';

// Served by our own node:http server (src/create-web-server.ts), which sets the security headers.
// STORECRAFT_NEXT_DIST_DIR lets several checkouts or servers build side by side (default `.next`).
const nextConfig: NextConfig = {
  poweredByHeader: false,
  reactStrictMode: true,
  distDir: process.env.STORECRAFT_NEXT_DIST_DIR ?? '.next', // eslint-disable-line no-restricted-properties -- read by Next.js before our config loader runs
};

export default nextConfig;
