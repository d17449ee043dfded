// Form 08 as a workbook, for the people who consolidate reports: sheet "Mẫu số 08" is the form as
// printed (heading, part 1, part 2, then the part-3 table with its header row and the column
// numbers, repeated on every printed page), "Phụ lục" holds the annexes and "Kiểm tra" the
// consistency findings. Counts and levels are numbers, expected dates are date cells; every text
// is a text cell, and text that Excel would take for a formula gets the Text format.
// Written by the project's streaming SpreadsheetML writer (as the report's workbook), the rows as
// the zip reads them: exceljs kept every distinct text until the end and died out of heap at 1M
// systems (issue 17). Text seen once per row (names, decisions, findings) is written inline, so
// the shared-string table holds only the texts that repeat. The cells, styles, merges and print
// setup are those exceljs wrote (test/form08/xlsx-streamed.test.ts reads both back).
import { FatalError } from '../../errors.js';
import { localize, type Lang } from '../../i18n/lang.js';
import { part1Lines, part2Items, rowCells } from '../../form08/cells.js';
import { COLUMN_HEADERS, DRAFT_STAMP, HEADING, PART1_LABELS, PART2, SECTIONS } from '../../form08/labels.js';
import type { Form08Document } from '../../form08/model.js';
import { looksLikeFormula } from '../common/csv.js';
import { dateValue, EXCEL_ROWS, WorkbookWriter, type Alignment, type CellStyle, type Font, type PageSetup, type SheetWriter } from '../common/xlsx/spreadsheet.js';
import { annexBlocks, appendixTitle, findingLine, periodLine, xmlSafe } from './blocks.js';

export const FORM_SHEET = 'Mẫu số 08';
export const ANNEX_SHEET = 'Phụ lục';
export const CHECK_SHEET = 'Kiểm tra';

/** Column E keeps Excel's default width (9). */
const WIDTHS = [6, 34, 22, 24, undefined, 16, 30, 30, 14, 18, 14, 22];
const DATE_COLUMNS = new Set([9, 11]);
const NUMBER_COLUMNS = new Set([1, 5]);
/** Part-3 columns whose text differs from row to row (name, approval decision, regulation): written inline. */
const INLINE_COLUMNS = new Set([2, 7, 8]);
const DATE_FORMAT = 'dd/mm/yyyy';

// Style objects are shared, not built per cell: the writer finds a shared style's index without
// looking inside it.
const FONT: Font = { name: 'Times New Roman', size: 12 };
const BOLD: Font = { ...FONT, bold: true };
const ITALIC: Font = { ...FONT, italic: true };
const BOLD_ITALIC: Font = { ...BOLD, italic: true };
const STAMP_FONT: Font = { ...BOLD, size: 14, color: 'FFC00000' };
const WRAP_TOP: Alignment = { vertical: 'top', wrapText: true };
const WRAP: Alignment = { wrapText: true };

/** A line over columns A…L: its font and horizontal alignment. */
function lineStyle(font: Font, horizontal: 'left' | 'center'): CellStyle {
  return { font, alignment: { horizontal, vertical: 'top', wrapText: true } };
}
const STAMP = lineStyle(STAMP_FONT, 'center');
const CENTERED_LINE = lineStyle(FONT, 'center');
const PERIOD_LINE = lineStyle(ITALIC, 'center');
const SECTION_LINE = lineStyle(BOLD, 'left');
const PARTY_LINE = lineStyle(BOLD_ITALIC, 'left');
/** The heading block's halves, centred. */
const HEADING_STYLES = new Map([FONT, BOLD, ITALIC].map((font) => [font, { font, alignment: { horizontal: 'center', wrapText: true } } as CellStyle]));
const LABEL: CellStyle = { font: FONT, alignment: WRAP_TOP };
const VALUE: CellStyle = { font: BOLD };
const TABLE_HEADER: CellStyle = { font: BOLD, border: 'box', alignment: { horizontal: 'center', vertical: 'middle', wrapText: true } };
const COLUMN_NUMBER: CellStyle = { font: ITALIC, border: 'box', alignment: { horizontal: 'center' } };
const BODY: CellStyle = { font: FONT, border: 'box', alignment: WRAP_TOP };
const BODY_CENTERED: CellStyle = { font: FONT, border: 'box', alignment: { horizontal: 'center', vertical: 'top', wrapText: true } };
const ANNEX_HEADER: CellStyle = { font: BOLD, border: 'box', alignment: { vertical: 'middle', wrapText: true } };
const ANNEX_HEADING: CellStyle = { font: BOLD, alignment: WRAP };
const ANNEX_NOTE: CellStyle = { font: ITALIC, alignment: WRAP };
const CHECK_TITLE: CellStyle = { font: BOLD };
const CHECK_LINE: CellStyle = { font: FONT };
const CHECK_MORE: CellStyle = { font: ITALIC };

/** The form: A4 landscape, one page wide; the annexes: A4 landscape; the findings: the printer's default. */
const FORM_PAGE: PageSetup = { orientation: 'landscape', paperSize: 9, fitToWidth: true, sideMargins: 0.7 };
const ANNEX_PAGE: PageSetup = { orientation: 'landscape', paperSize: 9, fitToWidth: false, sideMargins: 0.7 };
const CHECK_PAGE: PageSetup = { orientation: 'portrait', fitToWidth: false, sideMargins: 0.7 };

/** Rows written between two hand-overs to the zip. */
const ROWS_PER_PIECE = 256;

/** A text cell (or a styled empty one), without the characters XML cannot hold; `inline` for text seen once. */
function text(sheet: SheetWriter, row: number, column: number, raw: string, style: CellStyle, inline = false): void {
  sheet.text(row, column, xmlSafe(raw), style, inline);
}

/** Text in columns first…last of a row, merged: the other cells are styled like the first (its Text format too), as Excel keeps them. */
function span(sheet: SheetWriter, row: number, first: number, last: number, raw: string, style: CellStyle): void {
  const value = xmlSafe(raw);
  sheet.text(row, first, value, style);
  const numFmt = value !== '' && looksLikeFormula(value) ? '@' : undefined;
  for (let column = first + 1; column <= last; column += 1) sheet.cell(row, column, undefined, style, numFmt);
  sheet.merge(row, first, row, last);
}

/** Writes one row of the form above the table; undefined: an empty row. */
type HeadRow = ((sheet: SheetWriter, row: number) => void) | undefined;

/** The form down to the part-3 title: built before anything is written, so the table's row is known. */
function formHead(doc: Form08Document, draft: boolean): HeadRow[] {
  const rows: HeadRow[] = [];
  const line = (value: string, style: CellStyle): void => {
    rows.push((sheet, r) => span(sheet, r, 1, 12, value, style));
  };
  if (draft) line(DRAFT_STAMP, STAMP);
  // The national heading block: issuer on the left (A–D), the nation on the right (F–L).
  const issuer = doc.organization.owner?.name ?? HEADING.issuerPlaceholder;
  const pair = (left: string, right: string, leftFont: Font, rightFont: Font): void => {
    rows.push((sheet, r) => {
      span(sheet, r, 1, 4, left, HEADING_STYLES.get(leftFont)!);
      span(sheet, r, 6, 12, right, HEADING_STYLES.get(rightFont)!);
    });
  };
  pair(issuer.toLocaleUpperCase('vi'), HEADING.nation, BOLD, BOLD);
  pair(HEADING.number, HEADING.motto, FONT, BOLD);
  pair(HEADING.subject, HEADING.placeDate, FONT, ITALIC);
  rows.push(undefined);
  line(HEADING.addressee, CENTERED_LINE);
  line(periodLine(doc), PERIOD_LINE);
  line(SECTIONS.part1, SECTION_LINE);
  for (const { key, value } of part1Lines(doc.part1)) {
    rows.push((sheet, r) => {
      span(sheet, r, 1, 10, `- ${PART1_LABELS[key]}`, LABEL);
      if (key !== 'expectedCompletion') sheet.cell(r, 11, Number(value), VALUE);
      else if (doc.part1.expectedCompletion !== undefined) sheet.cell(r, 11, dateValue(doc.part1.expectedCompletion), VALUE, DATE_FORMAT);
      else text(sheet, r, 11, value, VALUE);
    });
  }
  line(SECTIONS.part2, SECTION_LINE);
  for (const party of ['owner', 'dedicatedUnit'] as const) {
    line(PART2[party].heading, PARTY_LINE);
    for (const item of part2Items(party === 'owner' ? doc.organization.owner : doc.organization.dedicated_unit, PART2[party].labels)) {
      rows.push((sheet, r) => {
        span(sheet, r, 1, 4, item.label, LABEL);
        span(sheet, r, 5, 12, item.value, LABEL);
      });
    }
  }
  rows.push(undefined);
  line(SECTIONS.part3, SECTION_LINE);
  return rows;
}


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
 * The workbook's bytes, made as they are read. A sheet longer than Excel opens is refused here,
 * before any byte (and so before the output file). `rows`: the sheets' length limit (for tests).
 */
export function renderForm08Xlsx(doc: Form08Document, options: { lang: Lang; draft: boolean; rows?: number }): AsyncIterable<Uint8Array> {
  const maxRows = options.rows ?? EXCEL_ROWS;
  const head = formHead(doc, options.draft);
  const headerRow = head.length + 1;
  if (headerRow + 1 + doc.rows.length > maxRows) throw tooLong(FORM_SHEET, headerRow + 1 + doc.rows.length, maxRows);
  const blocks = annexBlocks(doc);
  const annexRows = blocks.reduce((n, block) => n + (block.kind === 'table' ? block.rows.length + 2 : 1), 0);
  if (annexRows > maxRows) throw tooLong(ANNEX_SHEET, annexRows, maxRows);

  const book = new WorkbookWriter({ creator: 'attt-audit' });
  const stamp = `&C&"Times New Roman,Bold"&14${DRAFT_STAMP}`;
  const form = {
    name: FORM_SHEET,
    widths: WIDTHS,
    // The table's two header rows are printed on every page.
    print: { page: FORM_PAGE, titleRows: { first: headerRow, last: headerRow + 1 }, ...(options.draft ? { oddHeader: stamp, evenHeader: stamp } : {}) },
  };
  book.addSheet(form, function* write(sheet) {
    head.forEach((row, i) => row?.(sheet, i + 1));
    COLUMN_HEADERS.forEach((h, i) => text(sheet, headerRow, i + 1, h, TABLE_HEADER));
    COLUMN_HEADERS.forEach((_, i) => text(sheet, headerRow + 1, i + 1, `(${i + 1})`, COLUMN_NUMBER));
    let r = headerRow + 2;
    for (const row of doc.rows) {
      const cells = rowCells(row);
      for (let i = 0; i < cells.length; i += 1) {
        const column = i + 1;
        const value = cells[i]!;
        if (NUMBER_COLUMNS.has(column)) sheet.cell(r, column, value === '' ? undefined : Number(value), BODY_CENTERED);
        else if (DATE_COLUMNS.has(column) && value !== '') sheet.cell(r, column, dateValue(column === 9 ? row.expectedApproval! : row.expectedDeployment!), BODY, DATE_FORMAT);
        else text(sheet, r, column, value, BODY, INLINE_COLUMNS.has(column));
      }
      r += 1;
      if (r % ROWS_PER_PIECE === 0) yield;
    }
  });

  book.addSheet({ name: ANNEX_SHEET, widths: [8, 50, 40, 16, 20], print: { page: ANNEX_PAGE } }, function* write(sheet) {
    let a = 1;
    for (const block of blocks) {
      if (block.kind === 'table') {
        block.headers.forEach((h, i) => text(sheet, a, i + 1, h, ANNEX_HEADER));
        a += 1;
        // Numbers, names and decisions differ from row to row: inline.
        for (const values of block.rows) {
          values.forEach((v, i) => text(sheet, a, i + 1, v, BODY, true));
          a += 1;
          if (a % ROWS_PER_PIECE === 0) yield;
        }
        a += 1;
      } else {
        span(sheet, a, 1, 5, block.text, block.kind === 'heading' ? ANNEX_HEADING : ANNEX_NOTE);
        a += 1;
      }
    }
  });

  if (doc.findings.length > 0) {
    book.addSheet({ name: CHECK_SHEET, widths: [140], print: { page: CHECK_PAGE } }, function* write(sheet) {
      text(sheet, 1, 1, appendixTitle(options.lang), CHECK_TITLE);
      const ordered = [...doc.findings.filter((f) => f.severity === 'error'), ...doc.findings.filter((f) => f.severity === 'warning')];
      // Row 1 is the title: a sheet has room for maxRows - 1 findings; beyond, the last row says how
      // many are left out (every finding is also on standard error, and in the .docx and .html).
      const listed = ordered.length <= maxRows - 1 ? ordered.length : maxRows - 2;
      for (let i = 0; i < listed; i += 1) {
        text(sheet, i + 2, 1, findingLine(ordered[i]!, options.lang), CHECK_LINE, true);
        if (i % ROWS_PER_PIECE === 0) yield;
      }
      if (listed < ordered.length) text(sheet, listed + 2, 1, notListed(ordered.length - listed, options.lang), CHECK_MORE);
    });
  }
  return book.chunks();
}
