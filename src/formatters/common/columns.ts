// Aligned text columns for terminal reports. Widths come from string-width, so Vietnamese (NFC or
// NFD), wide characters and colour codes all line up.
import { displayWidth as stringWidth } from '../../util/display-width.js';

export type Align = 'left' | 'right';

export function pad(text: string, width: number, align: Align = 'left'): string {
  const fill = ' '.repeat(Math.max(0, width - stringWidth(text)));
  return align === 'right' ? fill + text : text + fill;
}

/** Pads every cell to its column's widest cell; trailing spaces are trimmed. */
export function columns(rows: readonly (readonly string[])[], align: readonly Align[] = [], separator = '  '): string[] {
  const widths = columnWidths(rows);
  return rows.map((row) => alignRow(row, widths, align, separator));
}

/** The widest cell of each column. */
export function columnWidths(rows: readonly (readonly string[])[]): number[] {
  const widths: number[] = [];
  for (const row of rows) row.forEach((cell, i) => (widths[i] = Math.max(widths[i] ?? 0, stringWidth(cell))));
  return widths;
}

/** One row of `columns`, for output written row by row. */
export function alignRow(row: readonly string[], widths: readonly number[], align: readonly Align[] = [], separator = '  '): string {
  return row.map((cell, i) => pad(cell, widths[i]!, align[i] ?? 'left')).join(separator).trimEnd();
}

/** A bar of `width` cells, filled in proportion to `percent` (0–100). */
export function bar(percent: number | null, width: number): { filled: string; empty: string } {
  const cells = percent === null ? 0 : Math.round((Math.min(100, Math.max(0, percent)) / 100) * width);
  return { filled: '█'.repeat(cells), empty: '░'.repeat(width - cells) };
}
