import { is, Table } from 'drizzle-orm';
import * as db from '@storecraft/db';
import { describe, expect, it } from 'vitest';

describe('@storecraft/db public API', () => {
  it('offers query functions, not its Drizzle tables, to other packages', () => {
    expect(Object.keys(db)).not.toContain('schema');
    const tables = Object.entries(db).filter(([, value]) => is(value, Table));
    expect(tables.map(([name]) => name)).toEqual([]);
  });
});
