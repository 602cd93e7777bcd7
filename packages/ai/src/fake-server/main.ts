import { parseArgs } from 'node:util';
import {
  createFakeProviderServer,
  fakeFaultKinds,
  type FakeFaultKind,
} from './fake-provider-server.ts';

/**
 * `npx tsx packages/ai/src/fake-server/main.ts --port 8787 --latency 300 --fault-rate 0.2`, then
 * OPENAI_BASE_URL=http://127.0.0.1:8787/v1 OPENAI_API_KEY=fake AI_PROVIDER=openai npx storecraft …
 * GET /__log shows the requests; POST /__faults {"faults":[{"kind":"rate-limit"}]} queues faults.
 */
const { values } = parseArgs({
  options: {
    port: { type: 'string', default: '8787' },
    latency: { type: 'string', default: '0' },
    'fault-rate': { type: 'string', default: '0' },
    faults: { type: 'string', default: 'rate-limit,server-error,malformed-json' },
    seed: { type: 'string', default: '1' },
  },
});
const kinds = (values.faults ?? '').split(',').filter((k) => k !== '');
const unknown = kinds.filter((k) => !(fakeFaultKinds as readonly string[]).includes(k));
if (unknown.length > 0) {
  process.stderr.write(
    `unknown fault kinds: ${unknown.join(', ')} (known: ${fakeFaultKinds.join(', ')})\n`,
  );
  process.exit(2);
}
const server = await createFakeProviderServer({
  port: Number(values.port),
  latencyMs: Number(values.latency),
  faultRate: Number(values['fault-rate']),
  randomFaults: kinds as FakeFaultKind[],
  seed: Number(values.seed),
});
process.stdout.write(
  `fake AI provider listening on ${server.url} (OpenAI and Replicate base URL: ${server.url}/v1)\n`,
);
const stop = () => {
  void server.close().then(() => process.exit(0));
};
process.once('SIGINT', stop);
process.once('SIGTERM', stop);
