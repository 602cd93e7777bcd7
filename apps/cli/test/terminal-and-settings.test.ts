import { existsSync } from 'node:fs';
import fs from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from './run-cli.ts';
import { cliWith } from './spawn-cli.ts';

/** A raw control character (C0 but newline and tab, DEL, C1): what must never reach the terminal. */
const RAW_CONTROL = /(?![\n\t])\p{Cc}/u;

const embedded = () => ({ STORECRAFT_HOME: tempDir('storecraft-settings-home-') });

describe('text from users reaches the terminal escaped', () => {
  it('generate prints a niche that clears the screen, rings the bell and rewinds the line', async () => {
    const niche = 'specialty coffee\u001b[2J\u0007\rbeans\u001b]0;owned\u0007';
    const run = await cliWith(
      embedded(),
      'generate',
      '--niche',
      niche,
      '--products',
      '2',
      '--no-images',
      '--out',
      tempDir(),
    );
    expect(run.code).toBe(0);
    expect(run.out).not.toMatch(RAW_CONTROL);
    expect(run.err).not.toMatch(RAW_CONTROL);
    const visible = 'specialty coffee\\u001b[2J\\u0007\\u000dbeans\\u001b]0;owned\\u0007';
    expect(run.out).toContain(`niche         ${visible} → `);
    // The note on how the niche was read quotes it too.
    expect(run.err).toMatch(/^note: /m);
    expect(run.err).toContain(visible);
  });

  it('validate prints a file name carrying escape codes visibly', async () => {
    const dir = tempDir();
    const file = path.join(dir, 'products\u001b[31m.csv');
    await fs.writeFile(file, 'Handle,Title\n');
    const run = await cliWith(embedded(), 'validate', file, '--format', 'shopify');
    expect(run.out + run.err).not.toMatch(RAW_CONTROL);
    expect(run.out).toContain(`${path.join(dir, 'products\\u001b[31m.csv')} — `);

    const missing = await cliWith(embedded(), 'validate', `${file}\u0007x`, '--format', 'shopify');
    expect(missing.code).toBe(2);
    expect(missing.err).not.toMatch(RAW_CONTROL);
    expect(missing.err).toContain('\\u0007x');
  });
});

describe('AI settings that cannot work', () => {
  it.each([
    ['openai', 'OPENAI_API_KEY is required when AI_PROVIDER=openai'],
    ['replicate', 'REPLICATE_API_TOKEN is required when AI_PROVIDER=replicate'],
  ])(
    'AI_PROVIDER=%s without its credentials stops generate before it writes anything',
    async (provider, message) => {
      const out = path.join(tempDir(), 'catalog');
      const run = await cliWith(
        { ...embedded(), AI_PROVIDER: provider },
        'generate',
        '--niche',
        'specialty coffee',
        '--products',
        '2',
        '--no-images',
        '--out',
        out,
      );
      expect(run.code).toBe(2);
      expect(run.err).toContain(message);
      expect(run.out).toBe('');
      expect(existsSync(out)).toBe(false);
    },
  );
});

describe('LOG_LEVEL', () => {
  const generate = (env: Record<string, string>) =>
    cliWith(
      { ...embedded(), ...env },
      'generate',
      '--niche',
      'tea',
      '--products',
      '2',
      '--no-images',
      '--out',
      tempDir(),
    );

  it('shows notes at info (the default) and debug', async () => {
    const envs: Record<string, string>[] = [{}, { LOG_LEVEL: 'info' }, { LOG_LEVEL: 'debug' }];
    for (const env of envs) {
      const run = await generate(env);
      expect(run.code).toBe(0);
      expect(run.err).toMatch(/^note: .*tea/m);
    }
  });

  it.each(['warn', 'error'])('hides notes at %s, keeping the results', async (level) => {
    const run = await generate({ LOG_LEVEL: level });
    expect(run.code).toBe(0);
    expect(run.err).toBe('');
    expect(run.out).toContain('niche         tea → ');
  });

  it('never hides why a command failed', async () => {
    const run = await cliWith(
      { ...embedded(), LOG_LEVEL: 'error' },
      'validate',
      path.join(tempDir(), 'missing.csv'),
      '--format',
      'shopify',
    );
    expect(run.code).toBe(2);
    expect(run.err).toMatch(/^error: .*missing\.csv does not exist/);
  });
});
