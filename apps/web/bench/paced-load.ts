/**
 * The evenly paced load of the web bench, in a process of its own: one GET every 1000/rate ms on
 * a keep-alive pool, whatever the answers' speed (open loop), for `seconds`. Lean on purpose: a
 * load generator sharing the bench's heap (autocannon's leftovers, the harness) pauses for its own
 * garbage collections, and those pauses would count as the server's latency. It reports its own
 * event-loop delay so a reader can tell a slow server from a stalled client.
 *
 * `node paced-load.ts '<json LoadPlan>'` prints a JSON LoadResult on stdout.
 */
import http from 'node:http';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { setTimeout as sleep } from 'node:timers/promises';

export interface LoadPlan {
  origin: string;
  cookie: string;
  paths: string[];
  rate: number;
  seconds: number;
}

export interface LoadResult {
  /** Milliseconds from sending each request to the end of its 200 response. */
  latencies: number[];
  errors: number;
  /** What the errors were: an HTTP status (`503`) or a socket error code (`ECONNRESET`), counted. */
  errorKinds: Record<string, number>;
  /** This process's own event-loop delay while sending (ms): large values mean a stalled client. */
  clientDelayP99Ms: number;
  clientDelayMaxMs: number;
}

async function run(plan: LoadPlan): Promise<LoadResult> {
  const agent = new http.Agent({ keepAlive: true, maxSockets: 20 });
  const latencies: number[] = [];
  let errors = 0;
  const errorKinds: Record<string, number> = {};
  const fail = (kind: string) => {
    errors += 1;
    errorKinds[kind] = (errorKinds[kind] ?? 0) + 1;
  };
  const get = (path: string) =>
    new Promise<void>((resolve) => {
      const started = performance.now();
      const request = http.get(
        `${plan.origin}${path}`,
        { agent, headers: { cookie: plan.cookie } },
        (response) => {
          response.resume();
          response.on('end', () => {
            if (response.statusCode === 200) latencies.push(performance.now() - started);
            else fail(String(response.statusCode));
            resolve();
          });
        },
      );
      request.on('error', (error: NodeJS.ErrnoException) => {
        fail(error.code ?? error.message);
        resolve();
      });
    });
  const delay = monitorEventLoopDelay({ resolution: 1 });
  delay.enable();
  const inFlight: Promise<void>[] = [];
  const total = plan.rate * plan.seconds;
  const started = performance.now();
  for (let i = 0; i < total; i++) {
    const wait = started + (i * 1000) / plan.rate - performance.now();
    if (wait > 0) await sleep(wait);
    inFlight.push(get(plan.paths[i % plan.paths.length] ?? '/'));
  }
  await Promise.all(inFlight);
  delay.disable();
  agent.destroy();
  return {
    latencies,
    errors,
    errorKinds,
    clientDelayP99Ms: delay.percentile(99) / 1e6,
    clientDelayMaxMs: delay.max / 1e6,
  };
}

const plan = JSON.parse(process.argv[2] ?? '') as LoadPlan;
process.stdout.write(JSON.stringify(await run(plan)));
