import { createReadStream, existsSync } from 'node:fs';
import { Option, type Command } from 'commander';
import { AppError, parseInput } from '@storecraft/core';
import { csvFormats, validateExport } from '@storecraft/exporters';
import { z } from 'zod';
import type { CliContext } from '../program.ts';

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
      'Check an import file against its platform’s row model (exit 1 when it has errors)',
    )
    .argument('<file>', 'the CSV file to check')
    .requiredOption('--format <format>', csvFormats.join(', '))
    .addOption(new Option('--shopify-headers <set>', 'current, legacy or auto').default('auto'))
    .option('--json', 'print the report as JSON')
    .action(async (file: string, raw: Record<string, unknown>) => {
      const options = parseInput(optionsSchema, raw, 'options');
      if (!existsSync(file)) throw new AppError('INVALID_INPUT', `${file} does not exist`);
      const report = await validateExport(options.format, createReadStream(file), {
        shopifyHeaders: options.shopifyHeaders,
      });
      if (options.json) {
        out.stdout(`${JSON.stringify(report, null, 2)}\n`);
      } else {
        for (const issue of report.issues.slice(0, 100)) {
          out.stdout(
            `row ${issue.row}${issue.column ? ` [${issue.column}]` : ''}: ${issue.severity}: ${issue.message}\n`,
          );
        }
        if (report.issues.length > 100) out.stdout(`… and ${report.issues.length - 100} more\n`);
        out.stdout(
          `${report.ok ? 'OK' : 'INVALID'}: ${file} — ${report.rowCount} rows, ${report.productCount} products, ${report.errorCount} errors, ${report.warningCount} warnings\n`,
        );
      }
      if (!report.ok) context.setExitCode(1);
    });
}
