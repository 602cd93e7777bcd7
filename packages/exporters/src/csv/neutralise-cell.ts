/**
 * CSV-injection guard, the rule WooCommerce's exporter applies (`escape_data`): a cell that starts
 * with `=`, `+`, `-`, `@`, tab or carriage return and is not a plain number gets a leading `'`, so
 * spreadsheet apps show it as text instead of running it as a formula.
 */
const PLAIN_NUMBER = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;

function isTrigger(code: number): boolean {
  // = + - @ TAB CR, and the full-width ＝ ＋ － ＠ that Apple Numbers folds into them.
  return (
    code === 61 ||
    code === 43 ||
    code === 45 ||
    code === 64 ||
    code === 9 ||
    code === 13 ||
    code === 0xff0b ||
    code === 0xff0d ||
    code === 0xff1d ||
    code === 0xff20
  );
}

/** True when a spreadsheet app could read the cell as a formula. */
export function isFormulaLike(value: string): boolean {
  return value.length > 0 && isTrigger(value.charCodeAt(0)) && !PLAIN_NUMBER.test(value);
}

export function neutraliseCell(value: string): string {
  return isFormulaLike(value) ? `'${value}` : value;
}
