export {
  requestContext,
  startTracing,
  validTraceparent,
  withSpan,
  type RequestContext,
  type Tracing,
} from './tracing.ts';
export { tracedJob, tracingQueue, type JobLogger } from './traced-jobs.ts';
