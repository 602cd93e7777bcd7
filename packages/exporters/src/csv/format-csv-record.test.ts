import { parse, type Options } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';
import { describe, expect, it } from 'vitest';
import { formatCsvRecord } from './format-csv-record.ts';
import { isFormulaLike, neutraliseCell } from './neutralise-cell.ts';

/** Deterministic pseudo-random text rich in CSV metacharacters. */
function* fuzzFields(count: number): Generator<string> {
  const alphabet = [
    'a',
    'Z',
    '9',
    ' ',
    ',',
    '"',
    '\n',
    '\r',
    '\r\n',
    ';',
    'é',
    '咖',
    '☕',
    "'",
    '\\',
    '|',
    '\t',
  ];
  let state = 42;
  for (let i = 0; i < count; i++) {
    let value = '';
    state = (state * 1103515245 + 12345) % 2 ** 31;
    const length = state % 12;
    for (let j = 0; j < length; j++) {
      state = (state * 1103515245 + 12345) % 2 ** 31;
      value += alphabet[state % alphabet.length] ?? '';
    }
    yield value;
  }
}

describe('formatCsvRecord', () => {
  it('writes the same bytes as csv-stringify for fields that need no neutralising', () => {
    // With an explicit record_delimiter, csv-stringify quotes a lone \n or \r only when asked to.
    const options = { record_delimiter: '\r\n', quote_record_delimiter: true } as const;
    const fields = [...fuzzFields(5000)].filter((field) => !isFormulaLike(field));
    for (let i = 0; i < fields.length; i += 7) {
      const record = fields.slice(i, i + 7);
      expect(formatCsvRecord(record)).toBe(stringify([record], options));
    }
  });

  it('round-trips through csv-parse, neutralised cells aside', () => {
    const fields = [...fuzzFields(3000), '', '', 'plain'];
    const records: string[][] = [];
    for (let i = 0; i < fields.length; i += 5) records.push(fields.slice(i, i + 5));
    const text = records.map(formatCsvRecord).join('');
    const options: Options = { relax_column_count: true };
    const parsed = parse(text, options);
    expect(parsed).toEqual(records.map((record) => record.map(neutraliseCell)));
  });

  it('ends records with CRLF and quotes only where RFC 4180 needs it', () => {
    expect(formatCsvRecord(['a', 'b c', '', 'x,y', 'say "hi"', 'two\nlines'])).toBe(
      'a,b c,,"x,y","say ""hi""","two\nlines"\r\n',
    );
  });
});

describe('neutraliseCell', () => {
  it.each([
    ['=SUM(A1:A2)', "'=SUM(A1:A2)"],
    ['+cmd|calc', "'+cmd|calc"],
    ['-2+3', "'-2+3"],
    ['@SUM(1)', "'@SUM(1)"],
    ['\tTabbed', "'\tTabbed"],
    ['\rCarriage', "'\rCarriage"],
    ['＝1+1', "'＝1+1"],
  ])('prefixes a formula-looking cell %j', (cell, expected) => {
    expect(neutraliseCell(cell)).toBe(expected);
  });

  it.each(['-42', '+7', '-0.5', '1e-3', '19.99', 'Mug', '', ' =not first', "'=already"])(
    'leaves %j alone',
    (cell) => {
      expect(neutraliseCell(cell)).toBe(cell);
    },
  );
});
