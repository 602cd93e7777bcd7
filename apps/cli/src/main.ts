import { loadConfig } from '@storecraft/config';
import { runCli } from './program.ts';

/** The binary's entry: the only place the CLI reads the environment. */
export async function main(argv: string[]): Promise<void> {
  const exitCode = await runCli(argv, {
    loadConfig: () => loadConfig(process.env),
    apiKey: process.env.STORECRAFT_API_KEY,
  });
  process.exitCode = exitCode;
}
