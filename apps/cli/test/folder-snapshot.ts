import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

export const sha256 = (data: Buffer | string): string =>
  createHash('sha256').update(data).digest('hex');

/**
 * Every file and folder under `dir`, hidden ones included, with each file's SHA-256 (folders end
 * in `/`): equal snapshots before and after a run mean the run touched nothing.
 */
export function snapshot(dir: string): Record<string, string> {
  const entries: Record<string, string> = {};
  const walk = (relative: string) => {
    for (const entry of readdirSync(path.join(dir, relative), { withFileTypes: true })) {
      const name = path.join(relative, entry.name);
      if (entry.isDirectory()) {
        entries[`${name}/`] = 'folder';
        walk(name);
      } else entries[name] = sha256(readFileSync(path.join(dir, name)));
    }
  };
  walk('');
  return entries;
}
