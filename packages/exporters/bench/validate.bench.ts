import { createReadStream, createWriteStream, mkdtempSync, rmSync, statSync } from 'node:fs';
import { once } from 'node:events';
import os from 'node:os';
import path from 'node:path';
import { finished } from 'node:stream/promises';
import { defineBenches } from '@storecraft/core/testing';
import { exportCatalog, validateExport } from '../src/index.ts';
import { makeBrand, makeCategories, syntheticProducts } from '../src/testing/fixtures.ts';

const MB = 2 ** 20;
const TARGET_BYTES = 150 * MB;

interface BenchFile {
  dir: string;
  file: string;
}

/** Writes `pieces` to a new file in a temporary folder, honouring back-pressure. */
async function writeTempFile(name: string, pieces: Iterable<string>): Promise<BenchFile> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'storecraft-validate-bench-'));
  const file = path.join(dir, name);
  const out = createWriteStream(file);
  for (const piece of pieces) {
    if (!out.write(piece)) await once(out, 'drain');
  }
  out.end();
  await finished(out);
  return { dir, file };
}

/** A header line, then one 150 MB line of short comma-separated cells and no line break. */
function* singleLineFile(): Generator<string> {
  yield 'URL handle,Title,Description\n';
  const piece = 'abcdefgh,'.repeat(7000);
  for (let written = 0; written < TARGET_BYTES; written += piece.length) yield piece;
}

/**
 * ≈ 150 MB of valid Shopify CSV (≈ 100,000 products, 4 variants and 3 images each): a 100-product
 * export repeated with the handles and SKUs renamed per copy. The set-up works in pieces of about
 * 64 KB (small enough for V8's young generation), so its own garbage does not inflate the peak RSS
 * the runner reports for the case.
 */
async function largeShopifyFile(): Promise<BenchFile & { rows: number }> {
  let batch = '';
  for await (const chunk of exportCatalog('shopify', {
    brand: makeBrand(),
    categories: makeCategories(),
    products: syntheticProducts(100),
    imageBaseUrl: 'https://cdn.example.com/kiln-and-co/',
  })) {
    batch += chunk.data;
  }
  const [header = '', ...lines] = batch.split('\r\n').slice(0, -1);
  const pieces: string[] = [''];
  for (const line of lines) {
    if ((pieces.at(-1) ?? '').length > 60_000) pieces.push('');
    pieces[pieces.length - 1] += `${line}\r\n`;
  }
  const copyBytes = Buffer.byteLength(pieces.join(''));
  const copies = Math.ceil(TARGET_BYTES / copyBytes);
  const written = await writeTempFile(
    'products.csv',
    (function* () {
      yield `${header}\r\n`;
      for (let copy = 0; copy < copies; copy++) {
        for (const piece of pieces) {
          yield piece
            .replaceAll('fixture-product-', `fixture-product-c${copy}-`)
            .replaceAll('SC-', `SC-c${copy}-`);
        }
      }
    })(),
  );
  return { ...written, rows: copies * lines.length };
}

export default defineBenches([
  {
    name: 'validate a 150 MB single-line file (stops at the 4 MB row cap)',
    runs: 5,
    setup: () => writeTempFile('one-line.csv', singleLineFile()),
    async run(context) {
      const { file } = context as BenchFile;
      const report = await validateExport('shopify', createReadStream(file));
      if (!report.issues.some((issue) => issue.message.startsWith('Row is larger than 4 MB'))) {
        throw new Error(`the oversize row was not reported: ${JSON.stringify(report.issues)}`);
      }
      return { items: statSync(file).size / MB, unit: 'MB' };
    },
    teardown: (context) => rmSync((context as BenchFile).dir, { recursive: true, force: true }),
  },
  {
    name: 'validate a 150 MB valid Shopify file (≈100,000 products)',
    runs: 3,
    warmup: 0,
    setup: largeShopifyFile,
    async run(context) {
      const { file, rows } = context as BenchFile & { rows: number };
      const report = await validateExport('shopify', createReadStream(file));
      if (!report.ok || report.rowCount !== rows) {
        throw new Error(`expected ${rows} valid rows: ${JSON.stringify(report).slice(0, 500)}`);
      }
      return { items: rows, unit: 'rows' };
    },
    teardown: (context) => rmSync((context as BenchFile).dir, { recursive: true, force: true }),
  },
]);
