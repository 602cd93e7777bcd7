import type { IssueLog } from './validation-report.ts';

export interface HeaderSpec {
  /** Known columns in the platform's order. */
  canonical: readonly string[];
  /** Columns named by pattern (metafields, markets, attribute N …); not order-checked. */
  dynamic?: readonly RegExp[];
  required: readonly string[];
  /** Whether known columns must keep the canonical relative order (columns may be left out). */
  checkOrder: boolean;
  /** How to report a column the platform does not know. */
  unknownColumns: 'error' | 'warning';
  /** Why an unknown column is a problem, for the message. */
  unknownHint?: string;
}

/** Checks the header row and returns column name → index. Duplicates keep their first index. */
export function checkHeader(
  header: readonly string[],
  spec: HeaderSpec,
  log: IssueLog,
): Map<string, number> {
  const columns = new Map<string, number>();
  const canonicalIndex = new Map(spec.canonical.map((name, i) => [name, i]));
  let furthest = -1;
  let furthestName = '';
  header.forEach((raw, i) => {
    const name = raw.trim();
    if (name !== raw) log.warn(1, `Column "${raw}" has spaces around its name`, name);
    if (columns.has(name)) {
      log.error(1, `Column "${name}" appears twice`, name);
      return;
    }
    columns.set(name, i);
    const position = canonicalIndex.get(name);
    if (position === undefined) {
      if (name === '' || !spec.dynamic?.some((pattern) => pattern.test(name))) {
        const message = `Unknown column "${name}"${spec.unknownHint ? `: ${spec.unknownHint}` : ''}`;
        if (spec.unknownColumns === 'error') log.error(1, message, name);
        else log.warn(1, message, name);
      }
      return;
    }
    if (spec.checkOrder && position < furthest) {
      log.error(1, `Column "${name}" must come before "${furthestName}"`, name);
    } else if (position > furthest) {
      furthest = position;
      furthestName = name;
    }
  });
  for (const name of spec.required) {
    if (!columns.has(name)) log.error(1, `Required column "${name}" is missing`, name);
  }
  return columns;
}

/** Reads cells by column name; a missing column reads as empty. */
export function cellReader(columns: Map<string, number>) {
  return (record: readonly string[], name: string): string => {
    const index = columns.get(name);
    return index === undefined ? '' : (record[index] ?? '');
  };
}
