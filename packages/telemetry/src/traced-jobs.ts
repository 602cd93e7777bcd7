import type { JobDefinition, JobQueue, PayloadSchema } from '@storecraft/jobs';
import { requestContext, validTraceparent, withSpan } from './tracing.ts';

type LogFn = (objOrMessage: object | string, message?: string) => void;

/** The slice of a pino logger jobs log through (the web server's; `storecraft worker` prints its own lines). */
export interface JobLogger {
  child(bindings: Record<string, unknown>): JobLogger;
  info: LogFn;
  debug: LogFn;
  warn: LogFn;
}

/**
 * Trace context through the queue: a job enqueued while serving a request gets the request's
 * `traceparent` in its payload (stored with the row), and the worker that runs it continues that
 * trace and logs the job with it. Jobs keep their own payload schema; this only adds one field.
 */
const traced = new WeakSet<JobDefinition<never>>();

export function tracedJob<P>(def: JobDefinition<P>, logger?: JobLogger): JobDefinition<P> {
  const payloadSchema: PayloadSchema<P> = {
    safeParse(input) {
      const result = def.payloadSchema.safeParse(input);
      if (!result.success) return result;
      const traceparent = validTraceparent((input as { traceparent?: unknown }).traceparent);
      // Object payloads only (every job's is); the field rides along next to the parsed data.
      if (traceparent === undefined || typeof result.data !== 'object' || result.data === null)
        return result;
      return { success: true, data: { ...result.data, traceparent } };
    },
  };
  const wrapped: JobDefinition<P> = {
    ...def,
    payloadSchema,
    handler(payload, ctx) {
      const traceparent = validTraceparent((payload as { traceparent?: unknown }).traceparent);
      return withSpan(
        `job ${def.name}`,
        'consumer',
        traceparent,
        { 'storecraft.job_id': ctx.jobId, 'storecraft.workspace_id': ctx.workspaceId },
        async (current) => {
          // Jobs this one enqueues (a build's images) continue the same trace.
          const run = () =>
            requestContext.run({ requestId: ctx.jobId, traceparent: current }, () =>
              def.handler(payload, ctx),
            );
          if (!logger) return run();
          const log = logger.child({
            jobId: ctx.jobId,
            workspaceId: ctx.workspaceId,
            kind: def.name,
            attempt: ctx.attempt,
            ...(current ? { traceparent: current } : {}),
          });
          // One line per build at info; per-picture lines only at debug (there are thousands).
          const note = def.name === 'image' ? log.debug.bind(log) : log.info.bind(log);
          note('job started');
          try {
            await run();
            note('job done');
          } catch (error) {
            log.warn({ err: error }, 'job attempt failed');
            throw error;
          }
        },
      );
    },
  };
  traced.add(wrapped as JobDefinition<never>);
  return wrapped;
}

/** The queue as seen while serving requests: payloads of traced jobs carry the request's trace. */
export function tracingQueue(queue: JobQueue): JobQueue {
  return new Proxy(queue, {
    get(target, property, receiver) {
      if (property !== 'enqueue') return Reflect.get(target, property, receiver) as unknown;
      const enqueue: JobQueue['enqueue'] = (workspaceId, brandId, def, payloads, options) => {
        const traceparent = requestContext.getStore()?.traceparent;
        const carries = traceparent !== undefined && traced.has(def as JobDefinition<never>);
        const sent = carries
          ? payloads.map((payload) =>
              typeof payload === 'object' && payload !== null
                ? { ...payload, traceparent }
                : payload,
            )
          : payloads;
        return target.enqueue(workspaceId, brandId, def, sent, options);
      };
      return enqueue;
    },
  });
}
