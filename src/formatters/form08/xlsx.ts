// Form 08 as a workbook (exceljs), for the people who consolidate reports: sheet "Mẫu số 08" is
// the form as printed (heading, part 1, part 2, then the part-3 table with its header row and the
// column numbers, repeated on every printed page), "Phụ lục" holds the annexes and "Kiểm tra" the
// consistency findings. Counts and levels are numbers, expected dates are date cells; every text
// is a text cell, and text that Excel would take for a formula gets the Text format.
// The workbook is streamed (exceljs WorkbookWriter), each row committed once written: at a
// national inventory's size (issue 17: 1M systems, 12M cells) the in-memory Workbook ran out of heap.
import { PassThrough } from 'node:stream';
import ExcelJS from 'exceljs';
import { FatalError } from '../../errors.js';
import { localize, type Lang } from '../../i18n/lang.js';
import { part1Lines, part2Items, rowCells } from '../../form08/cells.js';
import { COLUMN_HEADERS, DRAFT_STAMP, HEADING, PART1_LABELS, PART2, SECTIONS } from '../../form08/labels.js';
import type { Form08Document } from '../../form08/model.js';
import type { IsoDate } from '../../util/date.js';
import { looksLikeFormula } from '../common/csv.js';
import { annexBlocks, appendixTitle, findingLine, periodLine, xmlSafe } from './blocks.js';

export const FORM_SHEET = 'Mẫu số 08';
export const ANNEX_SHEET = 'Phụ lục';
export const CHECK_SHEET = 'Kiểm tra';

const WIDTHS = [6, 34, 22, 24, 9, 16, 30, 30, 14, 18, 14, 22];
const FONT: Partial<ExcelJS.Font> = { name: 'Times New Roman', size: 12 };
const BOLD: Partial<ExcelJS.Font> = { ...FONT, bold: true };
const THIN: Partial<ExcelJS.Borders> = {
  top: { style: 'thin' },
  bottom: { style: 'thin' },
  left: { style: 'thin' },
  right: { style: 'thin' },
};
const DATE_COLUMNS = new Set([9, 11]);
const NUMBER_COLUMNS = new Set([1, 5]);

function text(cell: ExcelJS.Cell, raw: string, font: Partial<ExcelJS.Font> = FONT): void {
  cell.font = font;
  const value = xmlSafe(raw);
  if (value === '') return;
  cell.value = value;
  if (looksLikeFormula(value)) cell.numFmt = '@';
}

function dateCell(date: IsoDate): Date {
  return new Date(Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10))));
}

/** Merges columns A…L of one row and writes a line of text into it. */
function line(sheet: ExcelJS.Worksheet, row: number, value: string, font: Partial<ExcelJS.Font> = FONT, horizontal: 'left' | 'center' = 'left'): void {
  sheet.mergeCells(row, 1, row, 12);
  const cell = sheet.getCell(row, 1);
  text(cell, value, font);
  cell.alignment = { horizontal, vertical: 'top', wrapText: true };
}

/**
 * Lets the zip catch up with a sheet being written. exceljs writes each committed row into the
 * compressor without waiting for it, so a loop that never yields keeps the whole sheet's XML in
 * memory (at 1M systems: out of heap). Every few rows this yields to the event loop until what
 * the compressor has not taken yet is under 8 MB. `stream` and `pipes` are exceljs internals
 * (WorksheetWriter, StreamBuf); without them, it only yields.
 */
async function keepUp(sheet: ExcelJS.Worksheet, row: number): Promise<void> {
  if (row % 512 !== 0) return;
  const stream = (sheet as unknown as { stream?: { pipes?: { writableLength?: number }[] } }).stream;
  for (let turns = 0; ; turns += 1) {
    await new Promise<void>((resolve) => setImmediate(resolve));
    const pipe = stream?.pipes?.[0];
    // Not piped yet: archiver starts reading the sheet after an event-loop turn or two.
    if (pipe === undefined ? turns >= 100 : (pipe.writableLength ?? 0) < 8 << 20) return;
  }
}

/** Excel opens no sheet longer than this: a longer one is reported as a damaged file. */
export const EXCEL_ROWS = 1_048_576;

/** A national inventory may need more rows than a sheet has: refused with a way out (exit 2), before the file is written. */
function tooLong(sheet: string, need: number, max: number): FatalError {
  return new FatalError(
    localize(
      {
        vi: 'Mẫu số 08 dạng bảng tính (.xlsx) cần {need} dòng trên trang tính "{sheet}", Excel chỉ mở được trang tính tối đa {max} dòng; hãy ghi tệp .docx hoặc .html',
        en: 'the Form 08 workbook (.xlsx) needs {need} rows on sheet "{sheet}" and Excel opens no sheet longer than {max} rows; write a .docx or .html file instead',
      },
      { sheet, need, max },
    ),
  );
}

function notListed(n: number, lang: Lang): string {
  return localize(
    {
      vi: '… và {n} kết quả kiểm tra khác không ghi được ở đây (Excel mở trang tính tối đa {max} dòng): tất cả đều được in ra luồng lỗi chuẩn và có trong tệp .docx, .html',
      en: '… and {n} more findings not listed here (Excel opens no sheet longer than {max} rows): all of them are printed on standard error and are in the .docx and .html files',
    },
    { n, max: EXCEL_ROWS },
  )[lang];
}

/**
 * The most systems a workbook is written for. Measured (issue 17, generated inventories, --draft):
 * 100k systems took 23 s CPU and 1.0 GB, 500k (50 of the 1M files) 126 s and 4.3 GB, 1M died out of
 * heap (5.7 GB); the limit leaves a margin for texts longer than the generated ones. exceljs keeps
 * every distinct text (shared strings) until the end, so beyond this the run would die out of heap:
 * it stops with a way out instead (exit 2).
 */
export const XLSX_MAX_SYSTEMS = 400_000;

/** `rows`: the sheets' length limit; `systems`: the most systems (both for tests). */
export async function renderForm08Xlsx(doc: Form08Document, options: { lang: Lang; draft: boolean; rows?: number; systems?: number }): Promise<Uint8Array> {
  const maxSystems = options.systems ?? XLSX_MAX_SYSTEMS;
  if (doc.rows.length > maxSystems) {
    throw new FatalError(
      localize(
        {
          vi: 'Mẫu số 08 dạng bảng tính (.xlsx) chỉ ghi được cho tối đa {max} hệ thống, ở đây có {n} (giới hạn bộ nhớ); hãy ghi tệp .docx hoặc .html',
          en: 'the Form 08 workbook (.xlsx) can be written for at most {max} systems, here {n} (memory limit); write a .docx or .html file instead',
        },
        { max: maxSystems, n: doc.rows.length },
      ),
    );
  }
  const maxRows = options.rows ?? EXCEL_ROWS;
  // The compressed file gathered in buffers (outside the JavaScript heap).
  const sink = new PassThrough();
  const chunks: Buffer[] = [];
  sink.on('data', (chunk: Buffer) => chunks.push(chunk));
  const ended = new Promise<void>((resolve, reject) => {
    sink.on('end', resolve);
    sink.on('error', reject);
  });
  // Shared strings as the in-memory workbook wrote them (the streaming writer's default would
  // write every text as a formula result, t="str", which exceljs reads back with "&amp;" as "&").
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: sink, useStyles: true, useSharedStrings: true });
  workbook.creator = 'attt-audit';
  /** Rows up to `row` are final: written out and dropped from memory. */
  const commit = (target: ExcelJS.Worksheet, row: number): void => {
    if (row >= 1) target.getRow(row).commit();
  };
  const sheet = workbook.addWorksheet(FORM_SHEET, {
    pageSetup: { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
    ...(options.draft ? { headerFooter: { oddHeader: `&C&"Times New Roman,Bold"&14${DRAFT_STAMP}`, evenHeader: `&C&"Times New Roman,Bold"&14${DRAFT_STAMP}` } } : {}),
  });
  sheet.columns = WIDTHS.map((width) => ({ width }));
  let r = 1;
  if (options.draft) line(sheet, r++, DRAFT_STAMP, { ...BOLD, size: 14, color: { argb: 'FFC00000' } }, 'center');
  // The national heading block: issuer on the left (A–D), the nation on the right (F–L).
  const issuer = doc.organization.owner?.name ?? HEADING.issuerPlaceholder;
  const pair = (left: string, right: string, leftFont = FONT, rightFont = FONT): void => {
    sheet.mergeCells(r, 1, r, 4);
    sheet.mergeCells(r, 6, r, 12);
    text(sheet.getCell(r, 1), left, leftFont);
    text(sheet.getCell(r, 6), right, rightFont);
    sheet.getCell(r, 1).alignment = { horizontal: 'center', wrapText: true };
    sheet.getCell(r, 6).alignment = { horizontal: 'center', wrapText: true };
    r += 1;
  };
  pair(issuer.toLocaleUpperCase('vi'), HEADING.nation, BOLD, BOLD);
  pair(HEADING.number, HEADING.motto, FONT, BOLD);
  pair(HEADING.subject, HEADING.placeDate, FONT, { ...FONT, italic: true });
  r += 1;
  line(sheet, r++, HEADING.addressee, FONT, 'center');
  line(sheet, r++, periodLine(doc), { ...FONT, italic: true }, 'center');
  line(sheet, r++, SECTIONS.part1, BOLD);
  for (const { key, value } of part1Lines(doc.part1)) {
    sheet.mergeCells(r, 1, r, 10);
    text(sheet.getCell(r, 1), `- ${PART1_LABELS[key]}`);
    sheet.getCell(r, 1).alignment = { wrapText: true, vertical: 'top' };
    const cell = sheet.getCell(r, 11);
    cell.font = BOLD;
    if (key === 'expectedCompletion') {
      if (doc.part1.expectedCompletion !== undefined) {
        cell.value = dateCell(doc.part1.expectedCompletion);
        cell.numFmt = 'dd/mm/yyyy';
      } else text(cell, value, BOLD);
    } else cell.value = Number(value);
    r += 1;
  }
  line(sheet, r++, SECTIONS.part2, BOLD);
  for (const party of ['owner', 'dedicatedUnit'] as const) {
    line(sheet, r++, PART2[party].heading, { ...BOLD, italic: true });
    for (const item of part2Items(party === 'owner' ? doc.organization.owner : doc.organization.dedicated_unit, PART2[party].labels)) {
      sheet.mergeCells(r, 1, r, 4);
      sheet.mergeCells(r, 5, r, 12);
      text(sheet.getCell(r, 1), item.label);
      text(sheet.getCell(r, 5), item.value);
      sheet.getCell(r, 1).alignment = { wrapText: true, vertical: 'top' };
      sheet.getCell(r, 5).alignment = { wrapText: true, vertical: 'top' };
      r += 1;
    }
  }
  r += 1;
  line(sheet, r++, SECTIONS.part3, BOLD);
  const headerRow = r;
  if (headerRow + 1 + doc.rows.length > maxRows) throw tooLong(FORM_SHEET, headerRow + 1 + doc.rows.length, maxRows);
  COLUMN_HEADERS.forEach((h, i) => {
    const cell = sheet.getCell(r, i + 1);
    text(cell, h, BOLD);
    cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
    cell.border = THIN;
    const number = sheet.getCell(r + 1, i + 1);
    text(number, `(${i + 1})`, { ...FONT, italic: true });
    number.alignment = { horizontal: 'center' };
    number.border = THIN;
  });
  r += 2;
  commit(sheet, r - 1);
  for (const row of doc.rows) {
    const cells = rowCells(row);
    cells.forEach((value, i) => {
      const column = i + 1;
      const cell = sheet.getCell(r, column);
      cell.font = FONT;
      cell.border = THIN;
      cell.alignment = { vertical: 'top', wrapText: true, ...(NUMBER_COLUMNS.has(column) ? { horizontal: 'center' } : {}) };
      if (value === '') return;
      if (NUMBER_COLUMNS.has(column)) cell.value = Number(value);
      else if (DATE_COLUMNS.has(column)) {
        cell.value = dateCell(column === 9 ? row.expectedApproval! : row.expectedDeployment!);
        cell.numFmt = 'dd/mm/yyyy';
      } else text(cell, value);
    });
    commit(sheet, r);
    await keepUp(sheet, r);
    r += 1;
  }
  // Print the table's two header rows on every page.
  sheet.pageSetup.printTitlesRow = `${headerRow}:${headerRow + 1}`;
  sheet.commit();

  const annex = workbook.addWorksheet(ANNEX_SHEET, { pageSetup: { paperSize: 9, orientation: 'landscape' } });
  annex.columns = [8, 50, 40, 16, 20].map((width) => ({ width }));
  const blocks = annexBlocks(doc);
  const annexRows = blocks.reduce((n, block) => n + (block.kind === 'table' ? block.rows.length + 2 : 1), 0);
  if (annexRows > maxRows) throw tooLong(ANNEX_SHEET, annexRows, maxRows);
  let a = 1;
  for (const block of blocks) {
    if (block.kind === 'table') {
      block.headers.forEach((h, i) => {
        const cell = annex.getCell(a, i + 1);
        text(cell, h, BOLD);
        cell.border = THIN;
        cell.alignment = { wrapText: true, vertical: 'middle' };
      });
      a += 1;
      for (const values of block.rows) {
        values.forEach((v, i) => {
          const cell = annex.getCell(a, i + 1);
          text(cell, v);
          cell.border = THIN;
          cell.alignment = { wrapText: true, vertical: 'top' };
        });
        commit(annex, a);
        await keepUp(annex, a);
        a += 1;
      }
      a += 1;
    } else {
      annex.mergeCells(a, 1, a, 5);
      text(annex.getCell(a, 1), block.text, block.kind === 'heading' ? BOLD : { ...FONT, italic: true });
      annex.getCell(a, 1).alignment = { wrapText: true };
      a += 1;
    }
  }
  if (doc.findings.length > 0) {
    const checks = workbook.addWorksheet(CHECK_SHEET);
    checks.columns = [{ width: 140 }];
    text(checks.getCell(1, 1), appendixTitle(options.lang), BOLD);
    const ordered = [...doc.findings.filter((f) => f.severity === 'error'), ...doc.findings.filter((f) => f.severity === 'warning')];
    // Row 1 is the title: a sheet has room for maxRows - 1 findings; beyond, the last row says how
    // many are left out (every finding is also on standard error, and in the .docx and .html).
    const listed = ordered.length <= maxRows - 1 ? ordered.length : maxRows - 2;
    for (let i = 0; i < listed; i += 1) {
      text(checks.getCell(i + 2, 1), findingLine(ordered[i]!, options.lang));
      commit(checks, i + 2);
      await keepUp(checks, i + 2);
    }
    if (listed < ordered.length) text(checks.getCell(listed + 2, 1), notListed(ordered.length - listed, options.lang), { ...FONT, italic: true });
  }
  await workbook.commit();
  await ended;
  return Buffer.concat(chunks);
}
