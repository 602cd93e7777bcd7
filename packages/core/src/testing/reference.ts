import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

/**
 * Optional cross-checks against third-party files the project does not ship (Shopify's partner
 * demo CSVs and sample templates). They run only when `STORECRAFT_REFERENCE_DIR` names a folder
 * holding them; otherwise the tests that need them are skipped, and say so. Nothing else reads
 * outside the repository: what the code and the other tests need is in the repository itself.
 */
export const REFERENCE_DIR_VARIABLE = 'STORECRAFT_REFERENCE_DIR';

/** The file's path when the reference folder is configured and holds it, else undefined. */
export function findReferenceFile(name: string): string | undefined {
  const dir = process.env[REFERENCE_DIR_VARIABLE];
  if (!dir) return undefined;
  const file = path.resolve(dir, name);
  return existsSync(file) ? file : undefined;
}

export function readReferenceFile(name: string): string {
  const file = findReferenceFile(name);
  if (!file) throw new Error(`${name} is not in ${REFERENCE_DIR_VARIABLE}`);
  return readFileSync(file, 'utf8');
}

/** Why a reference test was skipped, for its title. */
export function referenceSkipNote(name: string): string {
  return findReferenceFile(name)
    ? ''
    : ` (skipped: set ${REFERENCE_DIR_VARIABLE} to a folder holding ${name} to run it)`;
}
