// Form 08 as a Word document (the `docx` package): what the owner signs and sends. The layout of
// a Vietnamese administrative document: Times New Roman, the national heading block (issuer on
// the left, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM / Độc lập - Tự do - Hạnh phúc" on the right), parts
// 1 and 2 on A4 portrait, the 12-column table of part 3 on A4 landscape with its header rows
// repeated on every page, then the annexes and the warnings. A draft carries "DỰ THẢO / DRAFT" in
// the header of every page of every section.
import * as docxModule from 'docx';
import type { Lang } from '../../i18n/lang.js';
import { part1Lines, part2Items, rowCells, vnDate } from '../../form08/cells.js';
import { COLUMN_HEADERS, DRAFT_STAMP, HEADING, PART1_LABELS, PART2, SECTIONS } from '../../form08/labels.js';
import type { Form08Document } from '../../form08/model.js';
import { annexBlocks, appendixTitle, findingLine, periodLine, xmlSafe, type Block } from './blocks.js';
import { fillTemplates, templateText, type BulkList } from './bulk-rows.js';

// docx's typings cannot be used here: the package is "type": "module" and its .d.ts files import
// each other without file extensions, which NodeNext resolution (tsconfig) does not follow, so
// every export looks missing. The few constructors this writer uses are declared here instead;
// the tests read the document back, which is what proves the calls right.
type Options = Record<string, unknown>;
interface DocxNode {
  readonly __docxNode?: never;
}
type Ctor = new (options: Options) => DocxNode;
interface DocxApi {
  AlignmentType: Record<'LEFT' | 'CENTER' | 'JUSTIFIED', string>;
  BorderStyle: Record<'NONE' | 'SINGLE', string>;
  PageOrientation: Record<'LANDSCAPE' | 'PORTRAIT', string>;
  VerticalAlign: Record<'CENTER' | 'TOP', string>;
  WidthType: Record<'DXA' | 'PERCENTAGE', string>;
  Document: Ctor;
  Header: Ctor;
  Paragraph: Ctor;
  Table: Ctor;
  TableCell: Ctor;
  TableRow: Ctor;
  TextRun: Ctor;
  Packer: { toBuffer(document: DocxNode): Promise<Buffer> };
}
const { AlignmentType, BorderStyle, Document, Header, Packer, PageOrientation, Paragraph, Table, TableCell, TableRow, TextRun, VerticalAlign, WidthType } =
  docxModule as unknown as DocxApi;
type Paragraph = DocxNode;
type Table = DocxNode;
type TableCell = DocxNode;
type TextRun = DocxNode;
type ISectionOptions = Options;
type Alignment = string;

export const FONT = 'Times New Roman';
const BODY = 26; // 13 pt, in half-points
const SMALL = 22; // 11 pt for the table
const A4 = { width: 11906, height: 16838 }; // twips, portrait
// Decree 30/2020/NĐ-CP margins: top/bottom 20 mm, left 30 mm, right 15 mm (1 mm = 56.7 twips).
const MARGIN = { top: 1134, bottom: 1134, left: 1701, right: 850 };
const LANDSCAPE_MARGIN = { top: 1134, bottom: 1134, left: 1134, right: 1134 };

const NONE = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' };
const NO_BORDERS = { top: NONE, bottom: NONE, left: NONE, right: NONE, insideHorizontal: NONE, insideVertical: NONE };

interface RunStyle {
  bold?: boolean;
  italics?: boolean;
  size?: number;
  color?: string;
}

function run(text: string, style: RunStyle = {}): TextRun {
  return new TextRun({ text: xmlSafe(text), font: FONT, size: style.size ?? BODY, ...(style.bold ? { bold: true } : {}), ...(style.italics ? { italics: true } : {}), ...(style.color ? { color: style.color } : {}) });
}

/** A paragraph; line breaks in `text` become separate runs with breaks (Word ignores "\n"). */
function para(text: string, style: RunStyle = {}, alignment: Alignment = AlignmentType.JUSTIFIED, spacingAfter = 60): Paragraph {
  const lines = xmlSafe(text).split('\n');
  return new Paragraph({
    alignment,
    spacing: { after: spacingAfter },
    children: lines.map((line, i) => new TextRun({ text: line, font: FONT, size: style.size ?? BODY, ...(i > 0 ? { break: 1 } : {}), ...(style.bold ? { bold: true } : {}), ...(style.italics ? { italics: true } : {}) })),
  });
}

function draftHeader(): { default: DocxNode } {
  return { default: new Header({ children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [run(DRAFT_STAMP, { bold: true, size: 28, color: 'C00000' })] })] }) };
}

function headingBlock(issuer: string): Table {
  const cell = (children: Paragraph[]): TableCell => new TableCell({ borders: { top: NONE, bottom: NONE, left: NONE, right: NONE }, width: { size: 50, type: WidthType.PERCENTAGE }, children });
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    borders: NO_BORDERS,
    rows: [
      new TableRow({
        children: [
          cell([
            para(issuer.toLocaleUpperCase('vi'), { bold: true, size: 24 }, AlignmentType.CENTER, 0),
            para('________', {}, AlignmentType.CENTER, 120),
            para(HEADING.number, {}, AlignmentType.CENTER, 60),
            para(HEADING.subject, { size: 24 }, AlignmentType.CENTER, 0),
          ]),
          cell([
            para(HEADING.nation, { bold: true, size: 24 }, AlignmentType.CENTER, 0),
            para(HEADING.motto, { bold: true }, AlignmentType.CENTER, 0),
            para('________________________', {}, AlignmentType.CENTER, 120),
            para(HEADING.placeDate, { italics: true }, AlignmentType.CENTER, 0),
          ]),
        ],
      }),
    ],
  });
}

function gridCell(text: string, options: { bold?: boolean; center?: boolean; width?: number } = {}): TableCell {
  return new TableCell({
    verticalAlign: VerticalAlign.CENTER,
    ...(options.width !== undefined ? { width: { size: options.width, type: WidthType.DXA } } : {}),
    margins: { top: 40, bottom: 40, left: 60, right: 60 },
    children: [para(text, { size: SMALL, ...(options.bold ? { bold: true } : {}) }, options.center ? AlignmentType.CENTER : AlignmentType.LEFT, 0)],
  });
}

// Column widths (twips) of the 12 columns on A4 landscape inside the margins (~14570 twips).
const WIDTHS = [550, 1900, 1250, 1300, 700, 1100, 1650, 1650, 1000, 1200, 1000, 1270];

/** Which cells of a part-3 row are centred: STT, level, the two expected dates. */
const PART3_CENTERED = new Set([0, 4, 8, 10]);

/** The part-3 table: its two header rows, then one template row standing for every data row (see bulk-rows.ts). */
function part3Table(): Table {
  const header = new TableRow({ tableHeader: true, cantSplit: true, children: COLUMN_HEADERS.map((h, i) => gridCell(h, { bold: true, center: true, width: WIDTHS[i]! })) });
  const numbers = new TableRow({ tableHeader: true, cantSplit: true, children: COLUMN_HEADERS.map((_, i) => gridCell(`(${i + 1})`, { center: true, width: WIDTHS[i]! })) });
  const template = new TableRow({ cantSplit: true, children: WIDTHS.map((width, i) => gridCell(templateText(PART3, i), { center: PART3_CENTERED.has(i), width })) });
  return new Table({ width: { size: WIDTHS.reduce((a, b) => a + b, 0), type: WidthType.DXA }, columnWidths: WIDTHS, rows: [header, numbers, template] });
}

function blockToDocx(block: Block, id: string): (Paragraph | Table)[] {
  if (block.kind === 'heading') return [para(block.text, { bold: true }, AlignmentType.LEFT, 120)];
  if (block.kind === 'note') return [para(block.text, { italics: true }, AlignmentType.LEFT, 120)];
  const widths = block.widths.map((w) => Math.round((w / 100) * 14570));
  return [
    new Table({
      width: { size: 14570, type: WidthType.DXA },
      columnWidths: widths,
      rows: [
        new TableRow({ tableHeader: true, children: block.headers.map((h, i) => gridCell(h, { bold: true, center: true, width: widths[i]! })) }),
        new TableRow({ cantSplit: true, children: widths.map((width, i) => gridCell(templateText(id, i), { width })) }),
      ],
    }),
    para('', {}, AlignmentType.LEFT, 120),
  ];
}

/** Each item's cells made when it is written, not all first. */
function* mapped<T>(items: readonly T[], cells: (item: T) => string[]): Generator<string[]> {
  for (const item of items) yield cells(item);
}

const PART3 = 'part3';
const APPENDIX = 'appendix';

/**
 * Form 08 as a .docx. At a national inventory's size (issue 17: 1M systems, ~7 GB of
 * word/document.xml) the `docx` package cannot hold the document as objects and strings, so it
 * lays out everything but the long lists (the part-3 rows, the annex rows, the findings), each
 * list standing as one template row or paragraph; bulk-rows.ts then writes each list item by item
 * as the package would have written it, into a zip streamed with every other part of the package's.
 */
export async function renderForm08Docx(doc: Form08Document, options: { lang: Lang; draft: boolean }): Promise<Uint8Array> {
  const owner = doc.organization.owner?.name ?? HEADING.issuerPlaceholder;
  const front: (Paragraph | Table)[] = [
    headingBlock(owner),
    para('', {}, AlignmentType.LEFT, 120),
    para(HEADING.addressee, {}, AlignmentType.CENTER, 120),
    para(periodLine(doc), { italics: true }, AlignmentType.CENTER, 200),
    para(SECTIONS.part1, { bold: true }, AlignmentType.LEFT, 120),
    ...part1Lines(doc.part1).map(({ key, value }) => para(`- ${PART1_LABELS[key]}: ${value}`)),
    para(SECTIONS.part2, { bold: true }, AlignmentType.LEFT, 120),
    ...(['owner', 'dedicatedUnit'] as const).flatMap((party) => [
      para(PART2[party].heading, { bold: true, italics: true }, AlignmentType.LEFT, 60),
      ...part2Items(party === 'owner' ? doc.organization.owner : doc.organization.dedicated_unit, PART2[party].labels).map(({ label, value }) => para(`${label}: ${value}`)),
    ]),
  ];
  const lists: BulkList[] = [{ id: PART3, kind: 'row', cells: WIDTHS.length, items: () => mapped(doc.rows, rowCells) }];
  const annexes = annexBlocks(doc).flatMap((block, i) => {
    if (block.kind !== 'table') return blockToDocx(block, '');
    const id = `annex${i}`;
    lists.push({ id, kind: 'row', cells: block.headers.length, items: () => block.rows });
    return blockToDocx(block, id);
  });
  const warnings = doc.findings.filter((f) => f.severity === 'warning');
  const errors = doc.findings.filter((f) => f.severity === 'error');
  let appendix: Paragraph[] = [];
  if (warnings.length + errors.length > 0) {
    appendix = [para(appendixTitle(options.lang), { bold: true }, AlignmentType.LEFT, 120), para(templateText(APPENDIX, 0), { size: SMALL }, AlignmentType.LEFT, 40)];
    lists.push({ id: APPENDIX, kind: 'paragraph', cells: 1, items: () => mapped([...errors, ...warnings], (f) => [findingLine(f, options.lang)]) });
  }
  const header = options.draft ? { headers: draftHeader() } : {};
  const sections: ISectionOptions[] = [
    { properties: { page: { size: A4, margin: MARGIN } }, ...header, children: front },
    {
      properties: { page: { size: { ...A4, orientation: PageOrientation.LANDSCAPE }, margin: LANDSCAPE_MARGIN } },
      ...header,
      children: [para(SECTIONS.part3, { bold: true }, AlignmentType.LEFT, 120), part3Table(), para('', {}, AlignmentType.LEFT, 120), ...annexes, ...appendix],
    },
  ];
  const document = new Document({
    creator: 'attt-audit',
    title: `Mẫu số 08 – ${doc.period.year}`,
    description: `${HEADING.subject} (${vnDate(doc.period.from)}–${vnDate(doc.period.to)})`,
    styles: { default: { document: { run: { font: FONT, size: BODY } } } },
    sections,
  });
  return fillTemplates(await Packer.toBuffer(document), lists);
}
