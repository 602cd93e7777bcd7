import { Command, CommanderError } from 'commander';
import type { Config } from '@storecraft/config';
import { AppError } from '@storecraft/core';
import { registerDbCommands } from './commands/db.ts';
import { registerExportCommand } from './commands/export.ts';
import { registerGenerateCommand } from './commands/generate.ts';
import { registerValidateCommand } from './commands/validate.ts';
import { registerWorkerCommand } from './commands/worker.ts';
import { createOutput, type Output } from './output.ts';

export interface CliDependencies {
  /** Read lazily so `--help` and flag errors work even with a broken environment. */
  loadConfig: () => Config;
  output?: Output;
}

export interface CliContext {
  config: () => Config;
  out: Output;
  /** For commands that finish normally but must report failure (validate on an invalid file). */
  setExitCode: (code: number) => void;
}

/** Builds the `storecraft` program; exported so tests drive it without a subprocess. */
export function createProgram(
  deps: CliDependencies,
  onExitCode: (code: number) => void = () => {},
): Command {
  const out = deps.output ?? createOutput();
  const context: CliContext = { config: deps.loadConfig, out, setExitCode: onExitCode };
  const program = new Command('storecraft')
    .description(
      'Realistic e-commerce demo catalogs: brand, categories, products, variants, images and import files.',
    )
    .version('0.1.0')
    .showHelpAfterError('(run with --help for usage)')
    .configureOutput({ writeOut: (s) => out.stdout(s), writeErr: (s) => out.stderr(s) })
    .exitOverride();
  registerGenerateCommand(program, context);
  registerExportCommand(program, context);
  registerValidateCommand(program, context);
  registerWorkerCommand(program, context);
  registerDbCommands(program, context);
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
    const write = (s: string) => out.stderr(s);
    if (error instanceof AppError) {
      write(`error: ${error.userMessage}\n`);
      for (const field of error.fieldErrors) {
        if (!error.userMessage.includes(field.message))
          write(`  ${field.path}: ${field.message}\n`);
      }
      return error.code === 'INVALID_INPUT' ? 2 : 1;
    }
    write(`error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    return 1;
  }
}
