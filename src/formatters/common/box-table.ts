// A boxed terminal table with fixed column widths and word wrap, as cli-table3 drew the rules
// reference. cli-table3 measured each cell line by shortening it one character at a time (for a
// debug message it never prints), which made `attt-audit rules` the slowest command; this keeps
// the look and measures each word once, with the same display widths as every other table.
import { displayWidth } from '../../util/display-width.js';

/** One paragraph of a cell: its text and how to colour each of its lines. */
export interface BoxParagraph {
  text: string;
  paint?: (line: string) => string;
}
export type BoxCell = readonly BoxParagraph[];

/** Lines of at most `width` columns, broken at spaces; a word longer than a line is split. */
export function wrapText(text: string, width: number): string[] {
  const lines: string[] = [];
  for (const paragraph of text.split('\n')) {
    let line = '';
    let lineWidth = 0;
    for (const word of paragraph.split(/\s+/u).filter(Boolean)) {
      let rest = word;
      let restWidth = displayWidth(rest);
      if (lineWidth > 0 && lineWidth + 1 + restWidth <= width) {
        line += ` ${rest}`;
        lineWidth += 1 + restWidth;
        continue;
      }
      if (lineWidth > 0) lines.push(line);
      while (restWidth > width) {
        let cut = '';
        let cutWidth = 0;
        for (const ch of rest) {
          const w = displayWidth(ch);
          if (cutWidth + w > width) break;
          cut += ch;
          cutWidth += w;
        }
        if (cut === '') break; // a character wider than the column: keep it whole
        lines.push(cut);
        rest = rest.slice(cut.length);
        restWidth -= cutWidth;
      }
      line = rest;
      lineWidth = restWidth;
    }
    if (lineWidth > 0) lines.push(line);
  }
  return lines;
}

/** `widths` include one space of padding on each side, as cli-table3's `colWidths`. */
export function boxTable(head: readonly BoxCell[], rows: readonly (readonly BoxCell[])[], widths: readonly number[]): string {
  const rule = (left: string, mid: string, right: string): string => `${left}${widths.map((w) => '─'.repeat(w)).join(mid)}${right}`;
  const drawRow = (cells: readonly BoxCell[]): string[] => {
    const columns = cells.map((cell, i) =>
      cell.flatMap((p) => wrapText(p.text, widths[i]! - 2).map((line) => ({ line, paint: p.paint }))),
    );
    const height = Math.max(1, ...columns.map((c) => c.length));
    const out: string[] = [];
    for (let n = 0; n < height; n += 1) {
      const parts = columns.map((c, i) => {
        const entry = c[n];
        const fill = ' '.repeat(Math.max(0, widths[i]! - 2 - (entry ? displayWidth(entry.line) : 0)));
        const text = entry ? (entry.paint ? entry.paint(entry.line) : entry.line) : '';
        return ` ${text}${fill} `;
      });
      out.push(`│${parts.join('│')}│`);
    }
    return out;
  };
  const lines = [rule('┌', '┬', '┐'), ...drawRow(head)];
  for (const row of rows) lines.push(rule('├', '┼', '┤'), ...drawRow(row));
  lines.push(rule('└', '┴', '┘'));
  return `${lines.join('\n')}\n`;
}
