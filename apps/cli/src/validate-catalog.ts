import { createReadStream, existsSync } from 'node:fs';
import { stat } from 'node:fs/promises';
import path from 'node:path';
import { StringDecoder } from 'node:string_decoder';
import { AppError, parseInput, productSchema, type Product } from '@storecraft/core';
import { CatalogChecker, type CatalogCheckReport } from '@storecraft/generator';
import { terminalSafe } from './output.ts';
import type { CliContext } from './program.ts';
import { withFsErrors } from './with-fs-errors.ts';

/** A product line of a generated catalog is a few KB; this much is not a product. */
const MAX_LINE_CHARS = 4 * 2 ** 20;
/** Issues printed one by one before the summary; the counts cover them all. */
const SHOWN = 100;

export interface ValidateCatalogOptions {
  json: boolean;
}

/**
 * `storecraft validate --catalog DIR`: reads DIR/catalog.jsonl (or the .jsonl file given), checks
 * every listing for contradictions with the generator's consistency checker, prints the first
 * issues with their product handles and a summary per rule, and sets exit code 1 on any error.
 */
export async function validateCatalog(
  from: string,
  options: ValidateCatalogOptions,
  context: CliContext,
): Promise<void> {
  const file = await catalogFile(from);
  const checker = new CatalogChecker({ examplesPerRule: 3 });
  let shown = 0;
  await withFsErrors(async () => {
    for await (const product of readProducts(file)) {
      for (const issue of checker.add(product)) {
        if (options.json || shown >= SHOWN) continue;
        shown++;
        // Messages quote the catalog's own text.
        context.out.stdout(
          `${terminalSafe(`${product.handle}: ${issue.severity}: ${issue.message}`)}\n`,
        );
      }
    }
  });
  const report = checker.report();
  if (options.json) context.out.stdout(`${JSON.stringify(report, null, 2)}\n`);
  else context.out.stdout(summary(report, file, shown));
  if (!report.ok) context.setExitCode(1);
}

async function catalogFile(from: string): Promise<string> {
  const resolved = path.resolve(from);
  if (!existsSync(resolved))
    throw new AppError('INVALID_INPUT', `--catalog ${resolved} does not exist`);
  const file = (await stat(resolved)).isDirectory()
    ? path.join(resolved, 'catalog.jsonl')
    : resolved;
  if (!existsSync(file)) {
    throw new AppError(
      'INVALID_INPUT',
      `${file} is missing: --catalog must point at the output of storecraft generate`,
    );
  }
  return file;
}

/** The products of a JSON-lines file, one line at a time; a bad or oversized line stops with its number. */
async function* readProducts(file: string): AsyncGenerator<Product> {
  const name = path.basename(file);
  const decoder = new StringDecoder('utf8');
  let pending = '';
  let number = 0;
  let count = 0;
  const parse = (text: string): Product | null => {
    number++;
    if (text.length > MAX_LINE_CHARS) throw oversized(name, number);
    if (text.trim() === '') return null;
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch {
      throw new AppError('INVALID_INPUT', `${name} line ${number} is not valid JSON`);
    }
    count++;
    return parseInput(productSchema, json, `${name} line ${number}`);
  };
  for await (const chunk of createReadStream(file) as AsyncIterable<Buffer>) {
    const text = decoder.write(chunk);
    let start = 0;
    for (let end = text.indexOf('\n'); end >= 0; end = text.indexOf('\n', start)) {
      const product = parse(pending + text.slice(start, end));
      pending = '';
      start = end + 1;
      if (product) yield product;
    }
    pending += text.slice(start);
    // A line with no end in sight: stop before holding any more of it.
    if (pending.length > MAX_LINE_CHARS) throw oversized(name, number + 1);
  }
  const last = parse(pending + decoder.end());
  if (last) yield last;
  if (count === 0) throw new AppError('INVALID_INPUT', `${name} holds no products`);
}

function oversized(name: string, line: number): AppError {
  return new AppError(
    'INVALID_INPUT',
    `${name} line ${line} is longer than ${MAX_LINE_CHARS / 2 ** 20} MB: not a product catalog?`,
  );
}

function summary(report: CatalogCheckReport, file: string, shown: number): string {
  const n = (value: number) => value.toLocaleString('en-US');
  const total = report.errors + report.warnings;
  let text = total > shown ? `… and ${n(total - shown)} more\n` : '';
  text += 'Per rule (products with issues / products the rule applies to):\n';
  for (const rule of report.rules) {
    const rate = rule.applicable === 0 ? 0 : (100 * rule.products) / rule.applicable;
    text += `  ${rule.rule.padEnd(22)} ${n(rule.products).padStart(6)} / ${n(rule.applicable).padEnd(6)} ${rate.toFixed(1).padStart(5)} %  ${n(rule.errors)} errors, ${n(rule.warnings)} warnings\n`;
  }
  text += `${report.ok ? 'OK' : 'INVALID'}: ${terminalSafe(file)} — ${n(report.products)} products, ${n(report.productsWithErrors)} with contradictions, ${n(report.errors)} errors, ${n(report.warnings)} warnings\n`;
  return text;
}
