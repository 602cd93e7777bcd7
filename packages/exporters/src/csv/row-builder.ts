/** Builds rows for a fixed header by column name; naming a column the header lacks is a bug. */
export function createRowBuilder<Name extends string>(headers: readonly Name[]) {
  const index = new Map<string, number>(headers.map((name, i) => [name, i]));
  return {
    newRow: (): string[] => new Array<string>(headers.length).fill(''),
    set: (row: string[], name: Name, value: string): void => {
      const at = index.get(name);
      if (at === undefined) throw new Error(`Column "${name}" is not in this header`);
      row[at] = value;
    },
  };
}
