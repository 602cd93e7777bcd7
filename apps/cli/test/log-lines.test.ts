import type { JobContext, JobDefinition } from '@storecraft/jobs';
import { describe, expect, it } from 'vitest';
import { withJobLines } from '../src/job-lines.ts';
import { captureOutput, terminalSafe } from '../src/output.ts';

describe('terminalSafe', () => {
  it('writes control characters and bidi overrides visibly, keeping text, newlines and tabs', () => {
    expect(terminalSafe('Café «mug»\tcolumn\nnext line')).toBe('Café «mug»\tcolumn\nnext line');
    expect(terminalSafe('a\u001b[2Jb\u0007c\rd\u007fe\u009bf\u0000')).toBe(
      'a\\u001b[2Jb\\u0007c\\u000dd\\u007fe\\u009bf\\u0000',
    );
    expect(terminalSafe('invoice\u202egpj.exe')).toBe('invoice\\u202egpj.exe');
  });
});

describe('log lines', () => {
  it('follow the level: debug < info < warn, each line escaped', () => {
    const out = captureOutput();
    const writeAll = () => {
      out.debug('job 1 done');
      out.info('note: \u001b[2Jniche');
      out.warn('superuser');
    };
    writeAll();
    expect(out.err).toBe('note: \\u001b[2Jniche\nwarning: superuser\n');
    for (const [level, expected] of [
      ['debug', 'job 1 done\nnote: \\u001b[2Jniche\nwarning: superuser\n'],
      ['warn', 'warning: superuser\n'],
      ['error', ''],
    ] as const) {
      out.err = '';
      out.logLevel = level;
      writeAll();
      expect(out.err).toBe(expected);
    }
  });
});

describe('withJobLines', () => {
  const ctx = {
    jobId: 'gjob_1',
    workspaceId: 'ws_1',
    brandId: 'brand_1',
    attempt: 1,
    maxAttempts: 3,
    signal: new AbortController().signal,
    progress: () => Promise.resolve(),
  } satisfies JobContext;
  const job = (handler: JobDefinition<{ n: number }>['handler']): JobDefinition<{ n: number }> => ({
    name: 'image',
    payloadSchema: { safeParse: (input) => ({ success: true, data: input as { n: number } }) },
    handler,
  });

  it('prints one line per attempt at LOG_LEVEL=debug and nothing at info', async () => {
    const seen: number[] = [];
    const out = captureOutput();
    const logged = withJobLines(
      job(({ n }) => {
        seen.push(n);
        return Promise.resolve();
      }),
      out,
    );
    await logged.handler({ n: 1 }, ctx);
    expect(out.err).toBe('');
    out.logLevel = 'debug';
    await logged.handler({ n: 2 }, ctx);
    expect(seen).toEqual([1, 2]);
    expect(out.err).toMatch(/^worker: image job gjob_1 \(attempt 1 of 3\) done in \d+ ms\n$/);
  });

  it('reports a failed attempt and passes its error on', async () => {
    const out = captureOutput();
    out.logLevel = 'debug';
    const failure = new Error('sharp ran out of memory');
    const logged = withJobLines(
      job(() => Promise.reject(failure)),
      out,
    );
    await expect(logged.handler({ n: 1 }, ctx)).rejects.toBe(failure);
    expect(out.err).toMatch(
      /^worker: image job gjob_1 \(attempt 1 of 3\) failed after \d+ ms: sharp ran out of memory\n$/,
    );
  });
});
