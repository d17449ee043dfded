// CSV for spreadsheets (every CSV the tool writes goes through here), in two dialects:
// - RFC 4180 (`--format csv`, for machines): comma-separated, decimal point, CRLF line ends, a field quoted when it holds a comma, a quote, CR or
//   LF, quotes doubled inside;
// - UTF-8 with a byte-order mark, because Excel opens a BOM-less CSV in the machine's ANSI code page
//   and Vietnamese comes out garbled (LibreOffice and csv parsers accept the BOM);
// - formula injection guarded (OWASP "CSV injection"): a text cell that starts with =, +, -, @, tab
//   or CR is prefixed with an apostrophe so Excel and LibreOffice show it as text instead of running
//   it. Numbers the tool computed (negative days left) are written as numbers and stay numbers.
//   Excel in many locales splits on ";" instead of ",": a field holding ";" is quoted too, so that
//   "x;=HYPERLINK(…)" stays one text cell there instead of becoming a cell that starts a formula.
// - Excel with Vietnamese regional settings (`--format csv-excel`): Excel opens a CSV by
//   double-click with the list separator and decimal symbol of Windows' regional settings, which
//   for Vietnamese are ";" and ",". So: semicolon-separated, decimal comma (66,7), the same BOM,
//   quoting and formula guard. Dates stay ISO (2026-12-31): Excel reads that as a date whatever
//   the regional date order, where 31/12 would be misread under a month-first setting.

export type CsvCell = string | number | boolean | null | undefined;

export interface CsvDialect {
  separator: ',' | ';';
  decimal: '.' | ',';
}

/** RFC 4180, for machines and for Excel under English regional settings. */
export const RFC4180: CsvDialect = { separator: ',', decimal: '.' };
/** What Excel expects on a double-click under Vietnamese regional settings. */
export const EXCEL_VI: CsvDialect = { separator: ';', decimal: ',' };

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

export function csvCell(value: CsvCell, dialect: CsvDialect = RFC4180): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? (dialect.decimal === ',' ? String(value).replace('.', ',') : String(value)) : '';
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  return csvText(value);
}

/** A whole CSV document: BOM, header row, data rows, CRLF after every row. */
export function toCsv(header: readonly string[], rows: readonly (readonly CsvCell[])[], dialect: CsvDialect = RFC4180): string {
  const lines = [header.map(csvText), ...rows.map((row) => row.map((cell) => csvCell(cell, dialect)))].map((cells) => cells.join(dialect.separator));
  return `${BOM}${lines.join('\r\n')}\r\n`;
}

/** The same document as `toCsv`, row by row, for outputs too large to hold as one string. */
export function* csvChunks(header: readonly string[], rows: Iterable<readonly CsvCell[]>, dialect: CsvDialect = RFC4180): Generator<string> {
  yield `${BOM}${header.map(csvText).join(dialect.separator)}\r\n`;
  let batch = '';
  for (const row of rows) {
    batch += `${row.map((cell) => csvCell(cell, dialect)).join(dialect.separator)}\r\n`;
    // About 64K characters per piece: few writes, and never one string of the whole document.
    if (batch.length > 1 << 16) {
      yield batch;
      batch = '';
    }
  }
  if (batch) yield batch;
}
