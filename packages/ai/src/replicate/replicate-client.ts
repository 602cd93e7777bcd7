import { setTimeout as delay } from 'node:timers/promises';
import { z } from 'zod';
import { createHttpClient, type HttpClientOptions } from '../http/http-client.ts';
import { ProviderError } from '../http/provider-error.ts';

export interface ReplicateClientOptions extends Omit<HttpClientOptions, 'baseUrl' | 'provider'> {
  apiToken: string;
  /** `https://api.replicate.com/v1` or the fake server's `/v1`. */
  baseUrl: string;
  /** Between polls of a prediction that did not finish inside `Prefer: wait`. */
  pollIntervalMs?: number;
  /** Gives up on a prediction after this many polls. */
  maxPolls?: number;
}

export interface ReplicateImageRequest {
  /** `owner/name:version` — pinned, so the same seed draws the same picture. */
  model: string;
  prompt: string;
  seed?: number;
  aspectRatio?: string;
}

export interface ReplicateClient {
  /** Runs a prediction and downloads its first output at once (outputs expire after an hour). */
  generateImage(request: ReplicateImageRequest): Promise<{ image: Buffer; predictionId: string }>;
}

const predictionSchema = z.object({
  id: z.string(),
  status: z.enum(['starting', 'processing', 'succeeded', 'failed', 'canceled', 'aborted']),
  output: z.union([z.array(z.string()), z.string(), z.null()]).optional(),
  error: z.unknown().optional(),
  urls: z.object({ get: z.string() }).optional(),
});
type Prediction = z.infer<typeof predictionSchema>;

/** Replicate's npm client ignores `retry-after`, so this is a thin fetch client on our retry loop. */
export function createReplicateClient(options: ReplicateClientOptions): ReplicateClient {
  const provider = 'replicate';
  const http = createHttpClient({
    ...options,
    provider,
    headers: { authorization: `Bearer ${options.apiToken}`, ...options.headers },
  });
  const sleep = options.sleep ?? ((ms: number) => delay(ms));
  const pollIntervalMs = options.pollIntervalMs ?? 1_000;
  const maxPolls = options.maxPolls ?? 120;

  function read(body: unknown): Prediction {
    const parsed = predictionSchema.safeParse(body);
    if (!parsed.success) {
      throw new ProviderError('a prediction answered an unexpected shape', {
        provider,
        kind: 'malformed-response',
        cause: parsed.error,
      });
    }
    return parsed.data;
  }

  return {
    async generateImage(request) {
      const [, version] = request.model.split(':');
      if (!version) {
        throw new ProviderError(
          `REPLICATE_IMAGE_MODEL must be owner/name:version (got ${request.model})`,
          {
            provider,
            kind: 'bad-request',
          },
        );
      }
      const created = await http.json({
        method: 'POST',
        path: '/predictions',
        headers: { prefer: 'wait=60' },
        timeoutMs: 70_000,
        body: {
          version,
          input: {
            prompt: request.prompt,
            ...(request.seed === undefined ? {} : { seed: request.seed }),
            ...(request.aspectRatio ? { aspect_ratio: request.aspectRatio } : {}),
            output_format: 'png',
          },
        },
      });
      let prediction = read(created.body);
      for (
        let polls = 0;
        prediction.status === 'starting' || prediction.status === 'processing';
        polls++
      ) {
        if (polls >= maxPolls) {
          throw new ProviderError(
            `prediction ${prediction.id} did not finish after ${maxPolls} polls`,
            {
              provider,
              kind: 'timeout',
            },
          );
        }
        await sleep(pollIntervalMs);
        const polled = await http.json({ method: 'GET', path: `/predictions/${prediction.id}` });
        prediction = read(polled.body);
      }
      if (prediction.status !== 'succeeded') {
        throw new ProviderError(
          `prediction ${prediction.id} ${prediction.status}${prediction.error ? `: ${typeof prediction.error === 'string' ? prediction.error : JSON.stringify(prediction.error)}` : ''}`,
          { provider, kind: 'server' },
        );
      }
      const output = Array.isArray(prediction.output) ? prediction.output[0] : prediction.output;
      if (!output) {
        throw new ProviderError(`prediction ${prediction.id} succeeded without an output`, {
          provider,
          kind: 'malformed-response',
        });
      }
      return { image: await http.bytes(output), predictionId: prediction.id };
    },
  };
}
