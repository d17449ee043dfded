// The workbook writer before issue 17 (the whole workbook in memory, exceljs Workbook), kept as
// the oracle of test/form08/xlsx-streamed.test.ts: the streamed workbook must hold the same cells.
// Form 08 as a workbook (exceljs), for the people who consolidate reports: sheet "Mẫu số 08" is
// the form as printed (heading, part 1, part 2, then the part-3 table with its header row and the
// column numbers, repeated on every printed page), "Phụ lục" holds the annexes and "Kiểm tra" the
// consistency findings. Counts and levels are numbers, expected dates are date cells; every text
// is a text cell, and text that Excel would take for a formula gets the Text format.
import ExcelJS from 'exceljs';
import type { Lang } from '../../../src/i18n/lang.js';
import { part1Lines, part2Items, rowCells } from '../../../src/form08/cells.js';
import { COLUMN_HEADERS, DRAFT_STAMP, HEADING, PART1_LABELS, PART2, SECTIONS } from '../../../src/form08/labels.js';
import type { Form08Document } from '../../../src/form08/model.js';
import type { IsoDate } from '../../../src/util/date.js';
import { looksLikeFormula } from '../../../src/formatters/common/csv.js';
import { annexBlocks, appendixTitle, findingLine, periodLine, xmlSafe } from '../../../src/formatters/form08/blocks.js';

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

export async function renderForm08Xlsx(doc: Form08Document, options: { lang: Lang; draft: boolean }): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'attt-audit';
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
    r += 1;
  }
  // Print the table's two header rows on every page.
  sheet.pageSetup.printTitlesRow = `${headerRow}:${headerRow + 1}`;

  const annex = workbook.addWorksheet(ANNEX_SHEET, { pageSetup: { paperSize: 9, orientation: 'landscape' } });
  annex.columns = [8, 50, 40, 16, 20].map((width) => ({ width }));
  let a = 1;
  for (const block of annexBlocks(doc)) {
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
    ordered.forEach((f, i) => text(checks.getCell(i + 2, 1), findingLine(f, options.lang)));
  }
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}
