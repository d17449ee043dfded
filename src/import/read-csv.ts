// CSV (RFC 4180) into a grid: UTF-8 with or without a byte-order mark, comma or semicolon (the
// separator of the header line that gives more fields), quoted fields with "" and line breaks.
import { FatalError } from '../errors.js';
import { localize } from '../i18n/lang.js';
import { cleanText, LIMITS, type GridSheet } from './grid.js';

function separatorOf(text: string): ',' | ';' {
  const firstLine = text.slice(0, text.search(/\r?\n|$/));
  const count = (c: string): number => firstLine.split(c).length;
  return count(';') > count(',') ? ';' : ',';
}

export function readCsv(bytes: Uint8Array, shown: string, sheetName: string): GridSheet {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new FatalError(localize({ vi: '{f} không phải văn bản UTF-8', en: '{f} is not UTF-8 text' }, { f: shown }));
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  const sep = separatorOf(text);
  const sheet: GridSheet = { name: sheetName, rows: [], truncatedRows: 0 };
  let field = '';
  let fields: string[] = [];
  let quoted = false;
  let row = 1;
  let startRow = 1;
  const endRow = (): void => {
    fields.push(field);
    field = '';
    if (sheet.rows.length < LIMITS.rows) sheet.rows.push({ number: startRow, cells: fields.slice(0, LIMITS.columns).map((f) => (f === '' ? null : cleanText(f))) });
    else sheet.truncatedRows += 1;
    fields = [];
  };
  for (let i = 0; i < text.length; i += 1) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i += 1;
        } else quoted = false;
      } else {
        if (c === '\n') row += 1;
        if (field.length <= LIMITS.textLength) field += c;
      }
    } else if (c === '"' && field === '') {
      quoted = true;
    } else if (c === sep) {
      // Columns beyond the limit are not kept (the sheet reader reads as many).
      if (fields.length < LIMITS.columns) fields.push(field);
      field = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i += 1;
      endRow();
      row += 1;
      startRow = row;
    } else if (field.length <= LIMITS.textLength) {
      field += c;
    }
  }
  if (field !== '' || fields.length > 0) endRow();
  return sheet;
}
