// CSV for spreadsheets (every CSV the tool writes goes through here):
// - RFC 4180: comma-separated, CRLF line ends, a field quoted when it holds a comma, a quote, CR or
//   LF, quotes doubled inside;
// - UTF-8 with a byte-order mark, because Excel opens a BOM-less CSV in the machine's ANSI code page
//   and Vietnamese comes out garbled (LibreOffice and csv parsers accept the BOM);
// - formula injection guarded (OWASP "CSV injection"): a text cell that starts with =, +, -, @, tab
//   or CR is prefixed with an apostrophe so Excel and LibreOffice show it as text instead of running
//   it. Numbers the tool computed (negative days left) are written as numbers and stay numbers.
//   Excel in many locales splits on ";" instead of ",": a field holding ";" is quoted too, so that
//   "x;=HYPERLINK(…)" stays one text cell there instead of becoming a cell that starts a formula.

export type CsvCell = string | number | boolean | null | undefined;

export const BOM = '\uFEFF';
const FORMULA_START = /^[=+\-@\t\r]/;

/** Whether a spreadsheet would take this text for a formula (shared with the Excel report). */
export function looksLikeFormula(text: string): boolean {
  return FORMULA_START.test(text);
}

/** One text cell made safe for a spreadsheet: formula guard first, then RFC 4180 quoting. */
export function csvText(text: string): string {
  const guarded = looksLikeFormula(text) ? `'${text}` : text;
  return /[",;\r\n]/.test(guarded) ? `"${guarded.replace(/"/g, '""')}"` : guarded;
}

export function csvCell(value: CsvCell): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  return csvText(value);
}

/** A whole CSV document: BOM, header row, data rows, CRLF after every row. */
export function toCsv(header: readonly string[], rows: readonly (readonly CsvCell[])[]): string {
  const lines = [header.map(csvText), ...rows.map((row) => row.map(csvCell))].map((cells) => cells.join(','));
  return `${BOM}${lines.join('\r\n')}\r\n`;
}
