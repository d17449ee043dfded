// A spreadsheet as the importer sees it: sheets of rows of plain cell values, read with bounds.
// The file is hostile: its size, its unzipped size, the number of sheets, rows, columns and the
// length of each text are all limited, and text is NFC-normalised with control characters removed
// (so nothing read here can move a cursor or recolour a terminal when a message quotes it).
import { FatalError } from '../errors.js';
import { localize } from '../i18n/lang.js';

export type CellValue = string | number | Date | boolean | null;

export interface GridRow {
  /** 1-based row number in the sheet (what a spreadsheet shows). */
  number: number;
  cells: CellValue[];
}

export interface GridSheet {
  name: string;
  rows: GridRow[];
  /** Rows beyond LIMITS.rows that were not read (reported, never silently dropped). */
  truncatedRows: number;
}

export const LIMITS = {
  fileBytes: 20 * 1024 * 1024,
  unzippedBytes: 200 * 1024 * 1024,
  zipEntries: 2_000,
  sheets: 50,
  rows: 20_000,
  columns: 100,
  textLength: 4_000,
} as const;

// C0 and C1 controls except tab and line feed, DEL, and bidirectional overrides.
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

/** Text as the importer keeps it: NFC, CR LF → LF, no control characters, bounded length. */
export function cleanText(text: string): string {
  const clean = text.normalize('NFC').replace(/\r\n?/g, '\n').replace(CONTROL, '');
  return clean.length > LIMITS.textLength ? clean.slice(0, LIMITS.textLength) : clean;
}

export function tooBig(shown: string, size: number): FatalError {
  return new FatalError(
    localize(
      { vi: '{f} quá lớn ({mb} MB; tối đa {max} MB cho một bảng tính)', en: '{f} is too large ({mb} MB; a spreadsheet may be at most {max} MB)' },
      { f: shown, mb: (size / 1024 / 1024).toFixed(1), max: LIMITS.fileBytes / 1024 / 1024 },
    ),
  );
}
