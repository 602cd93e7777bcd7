import { createReadStream, existsSync, statSync } from 'node:fs';
import { Option, type Command } from 'commander';
import { AppError, parseInput } from '@storecraft/core';
import { csvFormats, validateExport } from '@storecraft/exporters';
import { z } from 'zod';
import { terminalSafe } from '../output.ts';
import type { CliContext } from '../program.ts';
import { validateCatalog } from '../validate-catalog.ts';

const optionsSchema = z.object({
  format: z.enum(csvFormats, { error: `must be one of ${csvFormats.join(', ')}` }),
  shopifyHeaders: z.enum(['current', 'legacy', 'auto'], {
    error: 'must be current, legacy or auto',
  }),
  json: z.boolean().default(false),
});

export function registerValidateCommand(program: Command, context: CliContext): void {
  const { out } = context;
  program
    .command('validate')
    .description(
      'Check an import file against its platform’s row model, or with --catalog a generated catalog’s listings for contradictions (exit 1 when it has errors)',
    )
    .argument('[file]', 'the CSV file to check')
    .option('--format <format>', `${csvFormats.join(', ')} (with a file)`)
    .option('--catalog <dir>', 'a folder written by storecraft generate (its catalog.jsonl)')
    .addOption(new Option('--shopify-headers <set>', 'current, legacy or auto').default('auto'))
    .option('--json', 'print the report as JSON')
    .action(async (file: string | undefined, raw: Record<string, unknown>) => {
      if (typeof raw.catalog === 'string' && file === undefined) {
        await validateCatalog(raw.catalog, { json: raw.json === true }, context);
        return;
      }
      if (file === undefined || raw.catalog !== undefined)
        throw new AppError(
          'INVALID_INPUT',
          'Give either a CSV file (with --format) or --catalog DIR',
        );
      const options = parseInput(optionsSchema, raw, 'options');
      if (!existsSync(file)) throw new AppError('INVALID_INPUT', `${file} does not exist`);
      if (!statSync(file).isFile()) throw new AppError('INVALID_INPUT', `${file} is not a file`);
      // Streamed: the validator holds one row at a time and stops at a row over its size cap.
      const report = await validateExport(options.format, createReadStream(file), {
        shopifyHeaders: options.shopifyHeaders,
      }).catch((error: unknown) => {
        // Content problems are in the report; what the file system refused is thrown.
        if (error instanceof Error && 'syscall' in error) {
          throw new AppError('INVALID_INPUT', `Cannot read ${file}: ${error.message}`, {
            cause: error,
          });
        }
        throw error;
      });
      if (options.json) {
        out.stdout(`${JSON.stringify(report, null, 2)}\n`);
      } else {
        for (const issue of report.issues.slice(0, 100)) {
          // Columns and messages quote the file's own cells.
          const where = `row ${issue.row}${issue.column ? ` [${issue.column}]` : ''}`;
          out.stdout(`${terminalSafe(`${where}: ${issue.severity}: ${issue.message}`)}\n`);
        }
        // The report keeps the first 1,000 issues; the counts cover them all.
        const total = report.errorCount + report.warningCount;
        const shown = Math.min(report.issues.length, 100);
        if (total > shown) out.stdout(`… and ${total - shown} more\n`);
        out.stdout(
          `${report.ok ? 'OK' : 'INVALID'}: ${terminalSafe(file)} — ${report.rowCount} rows, ${report.productCount} products, ${report.errorCount} errors, ${report.warningCount} warnings\n`,
        );
      }
      if (!report.ok) context.setExitCode(1);
    });
}
