import { Command, CommanderError } from 'commander';
import type { Config } from '@storecraft/config';
import { AppError } from '@storecraft/core';
import { registerDbCommands } from './commands/db.ts';
import { registerExportCommand } from './commands/export.ts';
import { registerGenerateCommand } from './commands/generate.ts';
import { registerImagesCommand } from './commands/images.ts';
import { registerValidateCommand } from './commands/validate.ts';
import { registerWorkerCommand } from './commands/worker.ts';
import { createOutput, terminalSafe, type Output } from './output.ts';

export interface CliDependencies {
  /** Read lazily so `--help` and flag errors work even with a broken environment. */
  loadConfig: () => Config;
  output?: Output;
  /** `STORECRAFT_API_KEY`: the workspace key `generate --api-url` runs with. */
  apiKey?: string;
  /** `OTEL_EXPORTER_OTLP_ENDPOINT` (trace export of `storecraft worker`). */
  otlpEndpoint?: string;
}

export interface CliContext {
  config: () => Config;
  out: Output;
  /** For commands that finish normally but must report failure (validate on an invalid file). */
  setExitCode: (code: number) => void;
  apiKey: string | undefined;
  /** `OTEL_EXPORTER_OTLP_ENDPOINT`: `storecraft worker` exports its job spans there when set. */
  otlpEndpoint: string | undefined;
}

/** Builds the `storecraft` program; exported so tests drive it without a subprocess. */
export function createProgram(
  deps: CliDependencies,
  onExitCode: (code: number) => void = () => {},
): Command {
  const out = deps.output ?? createOutput();
  const context: CliContext = {
    config: deps.loadConfig,
    out,
    setExitCode: onExitCode,
    apiKey: deps.apiKey,
    otlpEndpoint: deps.otlpEndpoint,
  };
  const program = new Command('storecraft')
    .description(
      'Realistic e-commerce demo catalogs: brand, categories, products, variants, images and import files.',
    )
    .version('0.1.0')
    .showHelpAfterError('(run with --help for usage)')
    // Commander's errors quote the arguments they reject.
    .configureOutput({
      writeOut: (s) => out.stdout(s),
      writeErr: (s) => out.stderr(terminalSafe(s)),
    })
    .exitOverride()
    // Settings are checked before any command runs (one the code does not honour, such as
    // AI_PROVIDER=openai, stops it), yet after parsing, so --help and flag errors need no config.
    .hook('preAction', () => {
      out.logLevel = deps.loadConfig().logLevel;
    });
  registerGenerateCommand(program, context);
  registerExportCommand(program, context);
  registerValidateCommand(program, context);
  registerWorkerCommand(program, context);
  registerDbCommands(program, context);
  registerImagesCommand(program, context);
  for (const command of program.commands)
    command.exitOverride().showHelpAfterError('(run with --help for usage)');
  return program;
}

/** Runs the CLI and returns the exit code: 0 ok, 1 failure, 2 bad usage or input. */
export async function runCli(argv: readonly string[], deps: CliDependencies): Promise<number> {
  const out = deps.output ?? createOutput();
  let exitCode = 0;
  const program = createProgram({ ...deps, output: out }, (code) => {
    exitCode = Math.max(exitCode, code);
  });
  try {
    await program.parseAsync([...argv]);
    return exitCode;
  } catch (error) {
    if (error instanceof CommanderError) {
      // Help and version "errors" are successes; commander already printed the message.
      if (error.code === 'commander.helpDisplayed' || error.code === 'commander.version') return 0;
      if (error.code === 'commander.help') return 0;
      return 2;
    }
    const write = (s: string) => out.stderr(terminalSafe(s));
    // A database error (a refused connection, a lost session, a constraint) reads as one sentence,
    // never as the SQL of a "Failed query" and a stack. Loaded only on this path.
    const known =
      error instanceof AppError ? error : (await import('@storecraft/db')).databaseAppError(error);
    if (known) {
      write(`error: ${known.userMessage}\n`);
      for (const field of known.fieldErrors) {
        if (!known.userMessage.includes(field.message))
          write(`  ${field.path}: ${field.message}\n`);
      }
      return known.code === 'INVALID_INPUT' ? 2 : 1;
    }
    write(`error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    return 1;
  }
}
