/** Columns padded to their widest cell. Styling is applied after padding so colour codes never skew widths. */
export interface TableOptions {
  rightAligned?: ReadonlySet<number>;
  indent?: string;
  gap?: string;
  style?: (text: string, row: number, column: number) => string;
}

export function tableLines(rows: readonly (readonly string[])[], options: TableOptions = {}): string[] {
  const { rightAligned = new Set<number>(), indent = '  ', gap = '   ', style = (t) => t } = options;
  const columns = Math.max(0, ...rows.map((r) => r.length));
  const widths = Array.from({ length: columns }, (_, i) => Math.max(0, ...rows.map((r) => [...(r[i] ?? '')].length)));
  return rows.map((cells, row) =>
    `${indent}${cells
      .map((cell, column) => {
        const pad = widths[column]! - [...cell].length;
        const padded = rightAligned.has(column) ? `${' '.repeat(pad)}${cell}` : `${cell}${' '.repeat(pad)}`;
        return style(padded, row, column);
      })
      .join(gap)}`.trimEnd(),
  );
}
