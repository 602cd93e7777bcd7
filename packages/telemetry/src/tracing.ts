import { AsyncLocalStorage } from 'node:async_hooks';
import {
  context,
  propagation,
  ROOT_CONTEXT,
  SpanKind,
  SpanStatusCode,
  trace,
  type Context,
} from '@opentelemetry/api';

/**
 * Tracing: an OpenTelemetry SDK exporting over OTLP/HTTP when `OTEL_EXPORTER_OTLP_ENDPOINT` is set,
 * nothing otherwise. Either way, the `traceparent` a request arrives with is carried into the jobs
 * it enqueues (see traced-jobs.ts), so a worker's logs and spans join the request's trace.
 */
export interface Tracing {
  /** Whether spans are recorded and exported. */
  readonly enabled: boolean;
  shutdown(): Promise<void>;
}

/** Starts the SDK for one process (`storecraft` for the web server, `storecraft-worker` for workers). */
export async function startTracing(
  otlpEndpoint: string | undefined,
  serviceName = 'storecraft',
): Promise<Tracing> {
  if (!otlpEndpoint) return { enabled: false, shutdown: () => Promise.resolve() };
  // Loaded only when wanted: the SDK costs start-up time.
  const [{ NodeSDK }, { OTLPTraceExporter }] = await Promise.all([
    import('@opentelemetry/sdk-node'),
    import('@opentelemetry/exporter-trace-otlp-http'),
  ]);
  const sdk = new NodeSDK({
    serviceName,
    traceExporter: new OTLPTraceExporter({ url: `${otlpEndpoint.replace(/\/+$/, '')}/v1/traces` }),
    instrumentations: [],
  });
  sdk.start();
  return { enabled: true, shutdown: () => sdk.shutdown() };
}

/** What the server (or a worker, for a job) knows about the work at hand, wherever code runs for it. */
export interface RequestContext {
  requestId: string;
  /** W3C trace context to hand to jobs this request enqueues (validated), if any. */
  traceparent: string | undefined;
}

export const requestContext = new AsyncLocalStorage<RequestContext>();

const TRACEPARENT = /^[\da-f]{2}-[\da-f]{32}-[\da-f]{16}-[\da-f]{2}$/;

/** A syntactically valid `traceparent`, or undefined (never pass through arbitrary text). */
export function validTraceparent(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const trimmed = value.trim().toLowerCase();
  if (!TRACEPARENT.test(trimmed)) return undefined;
  if (/^0+$/.test(trimmed.slice(3, 35)) || /^0+$/.test(trimmed.slice(36, 52))) return undefined;
  return trimmed;
}

const tracer = () => trace.getTracer('storecraft');

/**
 * Runs `fn` inside a span that continues `traceparent` (a server span for a request, a consumer
 * span for a job). With the SDK off this is just `fn` with the parent passed on unchanged.
 */
export async function withSpan<T>(
  name: string,
  kind: 'server' | 'consumer',
  traceparent: string | undefined,
  attributes: Record<string, string>,
  fn: (traceparent: string | undefined) => Promise<T>,
): Promise<T> {
  const parent: Context = traceparent
    ? propagation.extract(ROOT_CONTEXT, { traceparent })
    : ROOT_CONTEXT;
  const span = tracer().startSpan(
    name,
    { kind: kind === 'server' ? SpanKind.SERVER : SpanKind.CONSUMER, attributes },
    parent,
  );
  const active = trace.setSpan(parent, span);
  const carrier: Record<string, string> = {};
  propagation.inject(active, carrier);
  // Recording: the child's own id; not recording (no SDK): the parent as it came.
  const outgoing = span.isRecording() ? validTraceparent(carrier.traceparent) : traceparent;
  try {
    return await context.with(active, () => fn(outgoing));
  } catch (error) {
    span.setStatus({ code: SpanStatusCode.ERROR, message: String(error) });
    throw error;
  } finally {
    span.end();
  }
}
