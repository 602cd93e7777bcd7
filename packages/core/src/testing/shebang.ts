import { readFileSync } from 'node:fs';

/**
 * The environment and node flags of a bin's shebang (`#!/usr/bin/env -S NAME=value node
 * --flag …`), so a bench's child runs exactly as a user's `storecraft` does.
 */
export function shebangOf(file: string): { env: Record<string, string>; flags: string[] } {
  const line = readFileSync(file, 'utf8').split('\n', 1)[0] ?? '';
  const words = line
    .replace(/^#!\S*env -S\s+/, '')
    .split(/\s+/)
    .filter(Boolean);
  const node = words.indexOf('node');
  if (!line.startsWith('#!') || node < 0) throw new Error(`${file} has no node shebang: ${line}`);
  const env = Object.fromEntries(
    words.slice(0, node).map((word) => {
      const [name = '', ...value] = word.split('=');
      return [name, value.join('=')];
    }),
  );
  return { env, flags: words.slice(node + 1) };
}
