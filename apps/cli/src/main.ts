import { loadConfig } from '@storecraft/config';
import { runCli } from './program.ts';

/** The binary's entry: the only place the CLI reads the environment. */
export async function main(argv: string[]): Promise<void> {
  const exitCode = await runCli(argv, {
    loadConfig: () => loadConfig(process.env),
    apiKey: process.env.STORECRAFT_API_KEY,
    // Blank counts as unset, as in the web server's settings.
    otlpEndpoint: process.env.OTEL_EXPORTER_OTLP_ENDPOINT?.trim() || undefined,
  });
  process.exitCode = exitCode;
}
