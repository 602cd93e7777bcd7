import type { NextConfig } from 'next';

// Served by our own node:http server (src/create-web-server.ts), which sets the security headers.
const nextConfig: NextConfig = {
  poweredByHeader: false,
  reactStrictMode: true,
};

export default nextConfig;
