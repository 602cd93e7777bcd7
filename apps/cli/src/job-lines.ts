import type { JobDefinition } from '@storecraft/jobs';
import type { Output } from './output.ts';

/**
 * `def` with one line per attempt at LOG_LEVEL=debug: which job, how it ended and how long it
 * took. The handler, its errors and its retry rules are unchanged.
 */
export function withJobLines<P>(
  def: JobDefinition<P>,
  out: Pick<Output, 'debug'>,
): JobDefinition<P> {
  return {
    ...def,
    async handler(payload, ctx) {
      const started = performance.now();
      const which = `${def.name} job ${ctx.jobId} (attempt ${ctx.attempt} of ${ctx.maxAttempts})`;
      const took = () => `${Math.round(performance.now() - started)} ms`;
      try {
        await def.handler(payload, ctx);
      } catch (error) {
        out.debug(
          `worker: ${which} failed after ${took()}: ${error instanceof Error ? error.message : String(error)}`,
        );
        throw error;
      }
      out.debug(`worker: ${which} done in ${took()}`);
    },
  };
}
