export type IssueSeverity = 'error' | 'warning';

/**
 * One finding. `row` is the CSV record number as a spreadsheet shows it (the header is row 1; a
 * cell with line breaks still counts as one row).
 */
export interface ValidationIssue {
  row: number;
  column?: string;
  message: string;
  /** Errors make the platform reject or mangle the import; warnings are worth a look. */
  severity: IssueSeverity;
}

export interface ValidationReport {
  /** No errors (warnings allowed). */
  ok: boolean;
  /** Data rows, header not counted. */
  rowCount: number;
  productCount: number;
  errorCount: number;
  warningCount: number;
  /** At most `maxIssues` of them; the counts above are complete. */
  issues: ValidationIssue[];
}

export interface ValidateOptions {
  /** Keep at most this many issues in the report (default 1,000); counting goes on. */
  maxIssues?: number;
}

/**
 * Collects issues with a cap, so a broken 100,000-row file gives a readable report and a bounded
 * one: at most `maxIssues` issues of at most 500 characters each.
 */
export class IssueLog {
  readonly #max: number;
  readonly #issues: ValidationIssue[] = [];
  readonly #warnedOnce = new Set<string>();
  #errors = 0;
  #warnings = 0;

  constructor(maxIssues = 1000) {
    this.#max = maxIssues;
  }

  error(row: number, message: string, column?: string): void {
    this.#errors++;
    this.#add({ row, message, severity: 'error', ...(column === undefined ? {} : { column }) });
  }

  warn(row: number, message: string, column?: string): void {
    this.#warnings++;
    this.#add({ row, message, severity: 'warning', ...(column === undefined ? {} : { column }) });
  }

  /** A warning that would repeat on every row (e.g. relative image paths) is reported once per key. */
  warnOnce(key: string, row: number, message: string, column?: string): void {
    if (this.#warnedOnce.has(key)) return;
    this.#warnedOnce.add(key);
    this.warn(row, message, column);
  }

  get errorCount(): number {
    return this.#errors;
  }

  report(rowCount: number, productCount: number): ValidationReport {
    return {
      ok: this.#errors === 0,
      rowCount,
      productCount,
      errorCount: this.#errors,
      warningCount: this.#warnings,
      issues: this.#issues,
    };
  }

  #add(issue: ValidationIssue): void {
    if (this.#issues.length < this.#max)
      this.#issues.push({ ...issue, message: clip(issue.message) });
  }
}

/** Longest message kept; messages quote cell values, which may be up to a megabyte. */
const MAX_MESSAGE_CHARS = 500;

/** Cuts the middle out of a long message: its start names the value, its end says what is wrong. */
function clip(message: string): string {
  if (message.length <= MAX_MESSAGE_CHARS) return message;
  const tail = 150;
  return `${message.slice(0, MAX_MESSAGE_CHARS - tail - 3)} … ${message.slice(-tail)}`;
}
