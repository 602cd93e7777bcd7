import { readFileSync } from 'node:fs';
import path from 'node:path';
import { ESLint, Linter } from 'eslint';
import { describe, expect, it } from 'vitest';

/**
 * The lint configuration is what keeps dependencies pointing one way (ARCHITECTURE.md). These
 * tests ask ESLint for the configuration it applies to real files of each package and lint an
 * import with it, so a package override that drops the rule, or a layer allowed by mistake, fails.
 */
const root = path.resolve(import.meta.dirname, '..');
const eslint = new ESLint({ cwd: root });

async function importErrors(file: string, specifier: string): Promise<string[]> {
  const config = (await eslint.calculateConfigForFile(path.join(root, file))) as {
    rules: Record<string, Linter.RuleEntry>;
  };
  const rule = config.rules['no-restricted-imports'];
  expect(rule, `no-restricted-imports applies to ${file}`).toBeDefined();
  const messages = new Linter().verify(
    `import { x } from '${specifier}';\nexport { x };\n`,
    {
      languageOptions: { sourceType: 'module', ecmaVersion: 'latest' },
      rules: { 'no-restricted-imports': rule ?? 'off' },
    },
    { filename: file.replace(/\.ts$/, '.js') },
  );
  return messages.map((m) => m.message);
}

const pkg = (name: string) =>
  JSON.parse(readFileSync(path.join(root, 'packages', name, 'package.json'), 'utf8')) as {
    dependencies?: Record<string, string>;
  };

describe('package layers', () => {
  it.each([
    ['packages/core/src/index.ts', '@storecraft/services'],
    ['packages/core/src/index.ts', '@storecraft/db'],
    ['packages/generator/src/index.ts', '@storecraft/db'],
    ['packages/generator/src/index.ts', '@storecraft/exporters'],
    ['packages/exporters/src/index.ts', '@storecraft/generator'],
    ['packages/db/src/index.ts', '@storecraft/jobs'],
    ['packages/jobs/src/index.ts', '@storecraft/services'],
    ['packages/storage/src/index.ts', '@storecraft/db'],
    ['packages/services/src/index.ts', '@storecraft/cli'],
    ['packages/generator/src/knowledge/knowledge.test.ts', '@storecraft/services'],
    ['apps/cli/src/main.ts', '@storecraft/web'],
  ])('refuses an upward import: %s importing %s', async (file, specifier) => {
    expect(await importErrors(file, specifier)).toContainEqual(
      expect.stringMatching(/dependencies point one way|Apps do not import each other/),
    );
  });

  it.each([
    ['packages/generator/src/index.ts', '@storecraft/generator/src/text.ts'],
    ['packages/exporters/src/index.ts', '@storecraft/core/src/index.ts'],
    ['apps/cli/src/main.ts', '@storecraft/db/src/index.ts'],
  ])('refuses a deep import into another package: %s importing %s', async (file, specifier) => {
    expect(await importErrors(file, specifier)).toEqual([
      expect.stringMatching(/Import the package by name/),
    ]);
  });

  it('keeps the pure engines off the file system and the database', async () => {
    expect(await importErrors('packages/generator/src/index.ts', 'node:fs')).toHaveLength(1);
    expect(await importErrors('packages/exporters/src/index.ts', 'pg')).toHaveLength(1);
  });

  it('allows what the layers allow, and each package declares what it imports', async () => {
    expect(await importErrors('packages/services/src/index.ts', '@storecraft/jobs')).toEqual([]);
    expect(await importErrors('packages/generator/src/index.ts', '@storecraft/taxonomy')).toEqual(
      [],
    );
    expect(await importErrors('apps/cli/src/main.ts', '@storecraft/services')).toEqual([]);
    expect(pkg('generator').dependencies).toHaveProperty('@storecraft/taxonomy');
  });
});
