// XLSX into a grid with exceljs, after checking the zip's own directory (jszip, exceljs's
// dependency) so that a small file that unzips to gigabytes is refused before it is expanded.
// Merged cells read as their top-left value, as a person reading the sheet sees them.
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { FatalError } from '../errors.js';
import { localize } from '../i18n/lang.js';
import { cleanText, LIMITS, type CellValue, type GridSheet } from './grid.js';

async function checkZip(bytes: Uint8Array, shown: string): Promise<void> {
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(bytes);
  } catch {
    throw new FatalError(localize({ vi: '{f} không phải tệp .xlsx hợp lệ', en: '{f} is not a valid .xlsx file' }, { f: shown }));
  }
  const entries = Object.values(zip.files);
  // jszip keeps each entry's declared size from the central directory; nothing is inflated here.
  const declared = entries.reduce((sum, e) => sum + ((e as unknown as { _data?: { uncompressedSize?: number } })._data?.uncompressedSize ?? 0), 0);
  if (entries.length > LIMITS.zipEntries || declared > LIMITS.unzippedBytes) {
    throw new FatalError(
      localize(
        { vi: '{f}: bảng tính giải nén quá lớn ({n} mục, {mb} MB)', en: '{f}: the spreadsheet unzips too large ({n} entries, {mb} MB)' },
        { f: shown, n: entries.length, mb: (declared / 1024 / 1024).toFixed(0) },
      ),
    );
  }
}

function plain(value: ExcelJS.CellValue): CellValue {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string') return value === '' ? null : cleanText(value);
  if (typeof value === 'number' || typeof value === 'boolean' || value instanceof Date) return value;
  if (typeof value === 'object') {
    if ('richText' in value) return cleanText(value.richText.map((r) => r.text).join(''));
    if ('text' in value && typeof value.text === 'string') return cleanText(value.text);
    // A formula: its cached result only; nothing is ever computed.
    if ('result' in value) return plain((value as { result?: ExcelJS.CellValue }).result ?? null);
    if ('error' in value) return null;
  }
  return cleanText(String(value));
}

export async function readXlsx(bytes: Uint8Array, shown: string): Promise<GridSheet[]> {
  await checkZip(bytes, shown);
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch {
    throw new FatalError(localize({ vi: '{f} không phải tệp .xlsx đọc được', en: '{f} is not a readable .xlsx file' }, { f: shown }));
  }
  const sheets: GridSheet[] = [];
  for (const ws of workbook.worksheets.slice(0, LIMITS.sheets)) {
    const sheet: GridSheet = { name: cleanText(ws.name), rows: [], truncatedRows: 0 };
    const last = Math.min(ws.rowCount, LIMITS.rows);
    sheet.truncatedRows = Math.max(0, ws.rowCount - LIMITS.rows);
    const columns = Math.min(ws.columnCount, LIMITS.columns);
    for (let r = 1; r <= last; r += 1) {
      const row = ws.getRow(r);
      const cells: CellValue[] = [];
      for (let c = 1; c <= columns; c += 1) {
        const cell = row.getCell(c);
        cells.push(plain(cell.isMerged ? cell.master.value : cell.value));
      }
      if (cells.some((v) => v !== null)) sheet.rows.push({ number: r, cells });
    }
    sheets.push(sheet);
  }
  return sheets;
}
