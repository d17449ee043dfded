// The Excel workbook: what the quarterly audit files. Six sheets — summary, by owner unit,
// findings, systems, the 4-layer matrix, the plan — titled in the report's language. Every sheet
// prints on A4 landscape, one page wide, its header row repeated on each page, with the report's
// title and evaluation date in the page header. Dates are real date
// cells (so Excel sorts and filters them as dates), list sheets have a frozen, filterable header
// row, overdue rows are filled red. Text is always written as a text cell; text that a spreadsheet
// would take for a formula (=, +, -, @, tab, CR) is also given the Text number format, so even
// editing the cell in Excel does not turn it into one. The workbook is written row by row as the
// file is written (./spreadsheet.ts), so a national inventory's workbook keeps every row.
import { classificationLine } from '../../../classify/gap.js';
import type { Finding } from '../../../engine/finding.js';
import { figureTitleIn, SHORT_TITLES } from '../../../gap/messages.js';
import { FIGURES, figuresOf, type GapTotals, type LayerState } from '../../../gap/compute.js';
import { DOCUMENT_UI } from '../../../report/document-messages.js';
import { interpolate, textIn, type Lang } from '../../../i18n/lang.js';
import { UI } from '../../../i18n/messages.js';
import { LAYERS } from '../../../model/vocabulary.js';
import { compareOwners } from '../../../model/owner.js';
import { displayDate, displayDatesIn, REPORT_UI } from '../../../report/messages.js';
import type { ReportModel } from '../../../report/model.js';
import type { IsoDate } from '../../../util/date.js';
import { columnName, dateValue, EXCEL_ROWS, WorkbookWriter, type Alignment, type CellStyle, type Font, type PageSetup, type PrintSetup as SheetPrintSetup, type SheetWriter } from '../../common/xlsx/spreadsheet.js';

const T = REPORT_UI;
const D = DOCUMENT_UI;

type Kind = 'text' | 'date' | 'datetime' | 'int' | 'percent';
type Value = string | number | null | undefined;

interface Column {
  header: string;
  kind: Kind;
  /** Widest the column grows before wrapping; default 40. */
  max?: number;
}

/** A list sheet's column: its cell for each item. */
interface ListColumn<I> extends Column {
  value: (item: I) => Value;
  /**
   * Text mostly different on every row (names, messages): written in the cell itself rather
   * than in the shared-string table, which would keep every one of them until the end.
   */
  unique?: boolean;
}

/** How a list sheet's row looks: filled red (overdue), bold (a total), or each cell filled its own way. */
interface RowLook {
  highlight?: boolean;
  bold?: boolean;
  fills?: readonly (string | undefined)[];
}

const COLORS = {
  header: 'FFDCE4EE',
  overdue: 'FFFDE8E8',
  ok: 'FFE6F4E7',
  bad: 'FFFDE8E8',
  warn: 'FFFFF3D6',
};

const STATE_FILL: Record<LayerState, string> = { 'in-place': COLORS.ok, missing: COLORS.bad, ended: COLORS.warn, 'not-yet': COLORS.warn };

function dateFormat(lang: Lang): string {
  return lang === 'vi' ? 'dd/mm/yyyy' : 'yyyy-mm-dd';
}

// Style objects are shared, not rebuilt per cell: a workbook of a national inventory has
// millions of cells, and the writer finds a shared style's index without looking inside it.
const WRAP_TOP: Alignment = { vertical: 'top', wrapText: true };
const TOP: Alignment = { vertical: 'top' };
const BOLD: Font = { bold: true };
const HEADER: CellStyle = { font: BOLD, fill: COLORS.header, alignment: { vertical: 'middle', wrapText: true }, border: 'bottom' };
const LABEL: CellStyle = { font: BOLD };
const VALUE: CellStyle = { alignment: { horizontal: 'left' } };
const PLAIN: CellStyle = {};
const TITLE: CellStyle = { font: { bold: true, size: 14 } };
const SUMMARY_HEADER: CellStyle = { font: BOLD, fill: COLORS.header, alignment: { wrapText: true, vertical: 'middle' } };

/** The style of a list sheet's data cell: top-aligned (text also wrapped), maybe filled, maybe bold. */
const listStyles: Map<string, CellStyle>[] = [new Map(), new Map(), new Map(), new Map()];
function listStyle(text: boolean, fill: string | undefined, bold: boolean | undefined): CellStyle {
  const styles = listStyles[(text ? 1 : 0) + (bold ? 2 : 0)]!;
  const key = fill ?? '';
  let style = styles.get(key);
  if (!style) {
    style = { alignment: text ? WRAP_TOP : TOP, ...(fill ? { fill } : {}), ...(bold ? { font: BOLD } : {}) };
    styles.set(key, style);
  }
  return style;
}

/**
 * Characters XML 1.0 cannot hold (C0 controls other than tab, LF and CR; U+FFFE, U+FFFF; lone
 * surrogates) make a workbook Excel and exceljs refuse to open. They are shown as `\uXXXX`
 * instead, so the text stays visible and honest.
 */
const NOT_XML = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

const MAYBE_NOT_XML = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff\ud800-\udfff]/;

function xmlSafeText(text: string): string {
  if (!MAYBE_NOT_XML.test(text)) return text;
  return text.replace(NOT_XML, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** Writes one value with its column's type; text is never a formula. */
function setCell(sheet: SheetWriter, row: number, column: number, kind: Kind, value: Value, style: CellStyle, lang: Lang, inline = false): void {
  if (value === null || value === undefined || value === '') {
    sheet.cell(row, column, undefined, style);
  } else if (kind === 'date' && typeof value === 'string') {
    sheet.cell(row, column, dateValue(value), style, dateFormat(lang));
  } else if (kind === 'datetime' && typeof value === 'string') {
    sheet.cell(row, column, dateTimeCell(value.slice(0, 10), value.slice(11, 16)), style, `${dateFormat(lang)} hh:mm`);
  } else if (kind === 'percent' && typeof value === 'number') {
    sheet.cell(row, column, value, style, '0.0%');
  } else if (kind === 'int' && typeof value === 'number') {
    sheet.cell(row, column, value, style);
  } else {
    sheet.text(row, column, xmlSafeText(String(value)), style, inline);
  }
}

/** A percentage with one decimal (33.3) as the fraction Excel formats as a percent (0.333, not 0.33299…). */
function share(percent: number | null): number | null {
  return percent === null ? null : Math.round(percent * 10) / 1000;
}

/** Characters a cell shows on its longest line (code points: a Vietnamese letter or an emoji counts once). */
function displayLength(kind: Kind, value: Value): number {
  if (value === null || value === undefined) return 0;
  if (kind === 'date') return 10;
  if (kind === 'datetime') return 16;
  if (kind === 'percent') return 6;
  const text = String(value);
  // Most text has one line and no surrogate pair: its length is its UTF-16 length.
  if (!MULTI_LINE_OR_PAIR.test(text)) return text.length;
  return Math.max(...text.split('\n').map((line) => Array.from(line).length));
}

const MULTI_LINE_OR_PAIR = /[\n\ud800-\udbff]/;

function columnWidth(column: Column, longest: number): number {
  return Math.round(Math.min(column.max ?? 40, Math.max(10, longest + 2)));
}

/** Rows written between two hand-overs to the zip. */
const ROWS_PER_PIECE = 256;

/**
 * The name of part `part` (from 0) of a list longer than one sheet: "Phát hiện", "Phát hiện (2)"…,
 * within Excel's 31 characters.
 */
export function partName(name: string, part: number): string {
  if (part === 0) return name;
  const suffix = ` (${part + 1})`;
  return Array.from(name).slice(0, 31 - suffix.length).join('') + suffix;
}

/**
 * A list sheet: bold header row, frozen and filterable, widths from the content, wrapped long text.
 * The widths are measured first (a column no longer, once it has reached its widest), then the
 * rows are written as the zip is read, so they never all exist at once. A list longer than a
 * sheet (the findings of a national inventory) goes on as "name (2)", "name (3)"…, each with the
 * same header and widths: the workbook keeps every row and Excel still opens it.
 */
function listSheet<I>(
  book: WorkbookWriter,
  name: string,
  columns: readonly ListColumn<I>[],
  items: readonly I[],
  look: (item: I) => RowLook | undefined,
  lang: Lang,
  print: PrintSetup,
  maxRows: number,
): void {
  const longest = columns.map((column) => Array.from(column.header).length * 0.9);
  const open = columns.map((_, i) => i);
  for (let k = 0; k < items.length && open.length > 0; k += 1) {
    const item = items[k]!;
    for (let j = open.length - 1; j >= 0; j -= 1) {
      const i = open[j]!;
      const column = columns[i]!;
      const value = column.value(item);
      const length = displayLength(column.kind, value);
      if (length > longest[i]!) longest[i] = length;
      // Widest already, or a date or percent (all alike): no later row can widen it.
      if (longest[i]! + 2 >= (column.max ?? 40) || (FIXED_LENGTH.has(column.kind) && value !== null && value !== undefined)) open.splice(j, 1);
    }
  }
  const widths = columns.map((column, i) => columnWidth(column, longest[i]!));
  // Row 1 of every part is the header.
  const perSheet = maxRows - 1;
  const parts = Math.max(1, Math.ceil(items.length / perSheet));
  for (let part = 0; part < parts; part += 1) {
    const first = part * perSheet;
    const last = Math.min(items.length, first + perSheet);
    book.addSheet(
      {
        name: partName(name, part),
        widths,
        frozenHeader: true,
        autoFilter: `A1:${columnName(columns.length)}${Math.max(1, last - first + 1)}`,
        print: printSetup(print, true),
      },
      function* write(sheet) {
        columns.forEach((column, i) => setCell(sheet, 1, i + 1, 'text', column.header, HEADER, lang));
        let r = 2;
        for (let k = first; k < last; k += 1) {
          const item = items[k]!;
          const { highlight, bold, fills } = look(item) ?? {};
          const rowFill = highlight ? COLORS.overdue : undefined;
          for (let i = 0; i < columns.length; i += 1) {
            const column = columns[i]!;
            const style = listStyle(column.kind === 'text', fills?.[i] || rowFill, bold);
            setCell(sheet, r, i + 1, column.kind, column.value(item), style, lang, column.unique);
          }
          r += 1;
          if (r % ROWS_PER_PIECE === 0) yield;
        }
      },
    );
  }
}

const FIXED_LENGTH = new Set<Kind>(['date', 'datetime', 'percent']);

/** What every sheet's page header says: the report's title, left; the evaluation date, right. */
interface PrintSetup {
  title: string;
  date: string;
}

/** Text in an Excel header or footer: `&` starts a code there, so a literal one is doubled. */
function headerText(text: string): string {
  return xmlSafeText(text).replace(/&/g, '&&');
}

const PAGE: PageSetup = { orientation: 'landscape', paperSize: 9, fitToWidth: true, sideMargins: 0.5 };

/** A4 landscape, one page wide (as many pages tall as needed), the first row repeated on each page. */
function printSetup(print: PrintSetup, headerRow: boolean): SheetPrintSetup {
  return { page: PAGE, oddHeader: `&L${headerText(print.title)}&R${headerText(print.date)}`, oddFooter: '&C&P / &N', ...(headerRow ? { titleRows: { first: 1, last: 1 } } : {}) };
}

/** A calendar date and a wall-clock time as Excel stores them: no time zone, read as written. */
function dateTimeCell(date: IsoDate, time: string): Date {
  return new Date(Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10)), Number(time.slice(0, 2)), Number(time.slice(3, 5))));
}

function summarySheet(book: WorkbookWriter, model: ReportModel, lang: Lang, print: PrintSetup): void {
  book.addSheet({ name: T.sheet.summary[lang], widths: [44, 10, 12, 10, 10, 13, 11, 12, 70], print: printSetup(print, false) }, function* write(sheet) {
    const s = model.result.summary;
    let r = 1;
    const line = (label: string, kind: Kind, value: Value, note?: string): void => {
      setCell(sheet, r, 1, 'text', label, LABEL, lang);
      setCell(sheet, r, 2, kind, value, VALUE, lang);
      if (note) setCell(sheet, r, 3, 'text', note, PLAIN, lang);
      r += 1;
    };
    setCell(sheet, r++, 1, 'text', T.title[lang], TITLE, lang);
    line(T.header.organization[lang], 'text', model.organization ?? T.header.unnamed[lang]);
    if (model.period) line(D.period.label[lang], 'text', periodText(model, lang));
    line(T.header.asOf[lang], 'date', model.asOf, interpolate(T.header.timeZone[lang], { z: model.timeZone }));
    line(T.header.systems[lang], 'text', interpolate(T.header.scope[lang], { systems: s.systems, operating: s.operating }));
    const regime = model.result.regime;
    if (regime) {
      line(T.header.regime[lang], 'text', `${regime.id}${regime.provisional ? ` (${T.header.provisional[lang]})` : ''}`, regime.reason[lang]);
      if (regime.warning) line('', 'text', regime.warning[lang]);
    }
    if (s.invalid > 0) line('', 'text', interpolate(T.header.invalid[lang], { n: s.invalid }));
    model.files.forEach((file, i) => line(i === 0 ? T.header.files[lang] : '', 'text', file));
    // A real date-and-time cell (Excel sorts and computes with it), in the report's time zone.
    line(T.header.generated[lang], 'datetime', `${model.generated.date} ${model.generated.time}`, model.timeZone);
    line(T.header.tool[lang], 'text', `${model.tool.name} ${model.tool.version}`);
    r += 1;

    const columns: Column[] = [
      { header: T.col.figure[lang], kind: 'text' },
      { header: T.col.count[lang], kind: 'int' },
      { header: T.col.of[lang], kind: 'int' },
      { header: T.col.percent[lang], kind: 'percent' },
      { header: T.col.targetPercent[lang], kind: 'percent' },
      { header: T.col.targetBy[lang], kind: 'date' },
      { header: T.col.missing[lang], kind: 'int' },
      { header: T.col.met[lang], kind: 'text' },
      { header: T.col.basis[lang], kind: 'text' },
    ];
    columns.forEach((column, i) => setCell(sheet, r, i + 1, 'text', column.header, SUMMARY_HEADER, lang));
    r += 1;
    for (const figure of model.gap.figures) {
      const values: Value[] = [
        figureTitleIn(figure.id, lang, model.gap.layerNames),
        figure.count,
        figure.of,
        share(figure.percent),
        figure.target ? share(figure.target.percent) : null,
        figure.target?.by,
        figure.shortfall,
        figure.met === null ? '' : figure.met ? T.yes[lang] : T.no[lang],
        figure.target?.basis,
      ];
      columns.forEach((column, i) => {
        // The "met" cell is filled green or red when the target is met or missed.
        const fill = i === 7 ? (figure.met === true ? COLORS.ok : figure.met === false ? COLORS.bad : undefined) : undefined;
        setCell(sheet, r, i + 1, column.kind, values[i], listStyle(column.kind === 'text', fill, false), lang);
      });
      r += 1;
    }
    r += 1;
    const f = model.gap.totals.findings;
    line(T.figure.openFindings[lang], 'text', interpolate(T.figure.findingsDetail[lang], { errors: f.errors, warnings: f.warnings, suppressed: f.suppressed }));
    line(lang === 'vi' ? 'Phân loại cấp độ theo tiêu chí' : 'Classified by the legal criteria', 'text', classificationLine(model.gap.classification, lang));
    const quarter = interpolate(T.plan.quarter[lang], { q: model.plan.quarter.quarter, y: model.plan.quarter.year });
    line(
      T.section.plan[lang],
      'text',
      interpolate(T.plan.window[lang], { q: quarter, from: displayDate(model.plan.window.from, lang), to: displayDate(model.plan.window.to, lang) }),
    );
  });
}

function periodText(model: ReportModel, lang: Lang): string {
  const p = model.period!;
  return interpolate(D.period.value[lang], { q: p.quarter.quarter, y: p.quarter.year, from: displayDate(p.from, lang), to: displayDate(p.to, lang) });
}

/** By owner unit, as the HTML report and `gap` show it: every figure as a count and a share, then the whole inventory. */
function ownersSheet(book: WorkbookWriter, model: ReportModel, lang: Lang, print: PrintSetup, maxRows: number): void {
  const headers: Column[] = [
    { header: T.col.owner[lang], kind: 'text', max: 36 },
    { header: T.col.systems[lang], kind: 'int' },
    { header: D.col.operating[lang], kind: 'int' },
  ];
  for (const id of FIGURES) {
    const title = SHORT_TITLES[id][lang];
    headers.push({ header: title, kind: 'int', max: 14 });
    if (id === 'auditsCurrent' || id === 'drillsCurrent') headers.push({ header: interpolate(D.col.ofBase[lang], { f: title }), kind: 'int', max: 14 });
    headers.push({ header: interpolate(D.col.percentOf[lang], { f: title }), kind: 'percent', max: 14 });
  }
  headers.push({ header: T.col.errors[lang], kind: 'int' }, { header: T.col.warnings[lang], kind: 'int' });
  const values = (label: string, totals: GapTotals): Value[] => {
    const cells: Value[] = [label, totals.systems, totals.operating];
    for (const figure of figuresOf(totals, {})) {
      cells.push(figure.count);
      if (figure.id === 'auditsCurrent' || figure.id === 'drillsCurrent') cells.push(figure.of);
      cells.push(share(figure.percent));
    }
    cells.push(totals.findings.errors, totals.findings.warnings);
    return cells;
  };
  const rows = [
    ...model.gap.byOwner.map(({ owner, totals }) => ({ values: values(owner, totals), bold: false })),
    { values: values(D.total[lang], model.gap.totals), bold: true },
  ];
  const columns = headers.map((column, i): ListColumn<(typeof rows)[number]> => ({ ...column, value: (row) => row.values[i] }));
  listSheet(book, D.sheet.owners[lang], columns, rows, (row) => (row.bold ? BOLD_ROW : undefined), lang, print, maxRows);
}

const BOLD_ROW: RowLook = { bold: true };
const OVERDUE_ROW: RowLook = { highlight: true };

/**
 * `items` in owner-unit order (Vietnamese alphabetical, see compareOwners), then by system id, then
 * as they came. The distinct (unit, system) pairs are sorted once, then the items are placed
 * by their pair's rank: a national inventory has millions of findings but few units and systems.
 */
function ownerSorted<I>(items: readonly I[], owner: (item: I) => string, id: (item: I) => string): I[] {
  interface Pair {
    owner: string;
    id: string;
    rank: number;
  }
  const byOwner = new Map<string, Map<string, Pair>>();
  const pairOf: Pair[] = [];
  for (const item of items) {
    const o = owner(item);
    const i = id(item);
    let ids = byOwner.get(o);
    if (!ids) byOwner.set(o, (ids = new Map()));
    let pair = ids.get(i);
    if (!pair) ids.set(i, (pair = { owner: o, id: i, rank: 0 }));
    pairOf.push(pair);
  }
  const pairs: Pair[] = [];
  for (const o of [...byOwner.keys()].sort(compareOwners)) {
    for (const pair of [...byOwner.get(o)!.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))) pairs.push(pair);
  }
  pairs.forEach((pair, rank) => (pair.rank = rank));
  // A counting sort: stable, so items of one pair keep their order.
  const next = new Uint32Array(pairs.length + 1);
  for (const pair of pairOf) next[pair.rank + 1]! += 1;
  for (let r = 1; r <= pairs.length; r += 1) next[r]! += next[r - 1]!;
  const sorted = new Array<I>(items.length);
  items.forEach((item, i) => (sorted[next[pairOf[i]!.rank]!++] = item));
  return sorted;
}

function findingsSheet(book: WorkbookWriter, model: ReportModel, lang: Lang, print: PrintSetup, maxRows: number): void {
  const titles = new Map(model.result.rules.map((rule) => [rule.id, rule.title[lang]]));
  const names = new Map(model.systems.map((s) => [s.id, s.name]));
  const ownerOf = (f: Finding): string => (f.system === null ? '' : (model.ownerOf.get(f.system) ?? ''));
  const findings = ownerSorted(model.result.findings, ownerOf, (f) => f.system ?? '');
  const column = (header: string, kind: Kind, value: (f: Finding) => Value, more: { max?: number; unique?: boolean } = {}): ListColumn<Finding> => ({ header, kind, value, ...more });
  listSheet(
    book,
    T.sheet.findings[lang],
    [
      column(T.col.owner[lang], 'text', ownerOf, { max: 30 }),
      column(T.col.system[lang], 'text', (f) => f.system ?? '', { max: 24, unique: true }),
      column(T.col.name[lang], 'text', (f) => (f.system === null ? '' : (names.get(f.system) ?? '')), { max: 40, unique: true }),
      column(T.col.severity[lang], 'text', (f) => UI.severity[f.severity][lang]),
      column(T.col.suppressed[lang], 'text', (f) => (f.suppressed ? T.yes[lang] : T.no[lang])),
      column(T.col.rule[lang], 'text', (f) => f.rule),
      column(T.col.ruleTitle[lang], 'text', (f) => titles.get(f.rule) ?? '', { max: 40 }),
      column(T.col.message[lang], 'text', (f) => displayDatesIn(f.message[lang], lang), { max: 60, unique: true }),
      column(T.col.layer[lang], 'text', (f) => f.layer ?? ''),
      column(T.col.due[lang], 'date', (f) => f.due),
      column(T.col.waiverReason[lang], 'text', (f) => f.waiver?.reason, { max: 40 }),
      column(T.col.waiverExpires[lang], 'date', (f) => f.waiver?.expires),
      column(T.col.file[lang], 'text', (f) => f.file, { max: 36 }),
      column(T.col.line[lang], 'int', (f) => f.line),
      column(T.col.column[lang], 'int', (f) => f.column),
    ],
    findings,
    (f) => (f.due !== undefined && f.due < model.asOf && !f.suppressed ? OVERDUE_ROW : undefined),
    lang,
    print,
    maxRows,
  );
}

function systemsSheet(book: WorkbookWriter, model: ReportModel, lang: Lang, print: PrintSetup, maxRows: number): void {
  type S = ReportModel['systems'][number];
  const column = (header: string, kind: Kind, value: (s: S) => Value, more: { max?: number; unique?: boolean } = {}): ListColumn<S> => ({ header, kind, value, ...more });
  listSheet(
    book,
    T.sheet.systems[lang],
    [
      column(T.col.system[lang], 'text', (s) => s.id, { max: 24, unique: true }),
      column(T.col.name[lang], 'text', (s) => s.name, { max: 45, unique: true }),
      column(T.col.owner[lang], 'text', (s) => s.owner, { max: 30 }),
      column(T.col.status[lang], 'text', (s) => T.status[s.status as keyof typeof T.status][lang]),
      column(T.col.level[lang], 'int', (s) => s.level),
      column(T.col.proposedLevel[lang], 'int', (s) => s.proposedLevel),
      column(T.col.decision[lang], 'text', (s) => s.approval?.decision, { max: 30, unique: true }),
      column(T.col.approvalDate[lang], 'date', (s) => s.approval?.date),
      column(T.col.protectionPlan[lang], 'text', (s) => T.protectionPlan[s.protectionPlan as keyof typeof T.protectionPlan][lang], { max: 24 }),
      column(T.col.goLive[lang], 'date', (s) => s.goLive),
      column(T.col.securityConclusion[lang], 'date', (s) => s.securityConclusion),
      column(T.col.lastAudit[lang], 'date', (s) => s.lastAudit),
      column(T.col.auditDue[lang], 'date', (s) => s.auditDue),
      column(T.col.lastDrill[lang], 'date', (s) => s.lastDrill),
      column(T.col.drillDue[lang], 'date', (s) => s.drillDue),
      column(T.col.overdue[lang], 'text', (s) => (s.overdue ? T.yes[lang] : T.no[lang])),
      column(T.col.errors[lang], 'int', (s) => s.errors),
      column(T.col.warnings[lang], 'int', (s) => s.warnings),
      column(T.col.suppressed[lang], 'int', (s) => s.suppressed),
      column(T.col.file[lang], 'text', (s) => s.file, { max: 36 }),
      column(T.col.line[lang], 'int', (s) => s.line),
    ],
    ownerSorted(model.systems, (s) => s.owner, (s) => s.id),
    (s) => (s.overdue ? OVERDUE_ROW : undefined),
    lang,
    print,
    maxRows,
  );
}

function matrixSheet(book: WorkbookWriter, model: ReportModel, lang: Lang, print: PrintSetup, maxRows: number): void {
  type M = ReportModel['gap']['matrix'][number];
  const column = (header: string, kind: Kind, value: (m: M) => Value, more: { max?: number; unique?: boolean } = {}): ListColumn<M> => ({ header, kind, value, ...more });
  // Each layer's cell is filled with its state's colour, and "all 4" green or red.
  const looks = new Map<string, RowLook>();
  const look = (m: M): RowLook => {
    const fills = [undefined, undefined, undefined, undefined, ...LAYERS.map((layer) => STATE_FILL[m.layers[layer]]), m.all ? COLORS.ok : COLORS.bad];
    const key = fills.join();
    let found = looks.get(key);
    if (!found) looks.set(key, (found = { fills }));
    return found;
  };
  listSheet(
    book,
    T.sheet.matrix[lang],
    [
      column(T.col.owner[lang], 'text', (m) => m.owner, { max: 30 }),
      column(T.col.system[lang], 'text', (m) => m.system, { max: 24, unique: true }),
      column(T.col.name[lang], 'text', (m) => m.name, { max: 45, unique: true }),
      column(T.col.level[lang], 'int', (m) => m.level),
      ...LAYERS.map((layer) => column(figureTitleIn(`layers.${layer}`, lang, model.gap.layerNames), 'text', (m) => T.layerState[m.layers[layer]][lang], { max: 18 })),
      column(T.col.all4[lang], 'text', (m) => (m.all ? T.yes[lang] : T.no[lang])),
    ],
    model.gap.matrix,
    look,
    lang,
    print,
    maxRows,
  );
}

function planSheet(book: WorkbookWriter, model: ReportModel, lang: Lang, print: PrintSetup, maxRows: number): void {
  type P = (typeof model.plan.overdue)[number];
  const column = (header: string, kind: Kind, value: (p: P) => Value, more: { max?: number; unique?: boolean } = {}): ListColumn<P> => ({ header, kind, value, ...more });
  listSheet(
    book,
    T.sheet.plan[lang],
    [
      column(T.col.due[lang], 'date', (item) => item.due),
      column(T.col.daysLeft[lang], 'int', (item) => item.daysLeft),
      column(T.col.isOverdue[lang], 'text', (item) => (item.overdue ? T.yes[lang] : T.no[lang])),
      column(T.col.kind[lang], 'text', (item) => item.title[lang], { max: 30 }),
      column(T.col.system[lang], 'text', (item) => item.system, { max: 24, unique: true }),
      column(T.col.name[lang], 'text', (item) => item.name, { max: 40, unique: true }),
      column(T.col.owner[lang], 'text', (item) => item.owner, { max: 30 }),
      column(T.col.level[lang], 'int', (item) => item.level),
      column(T.col.detail[lang], 'text', (item) => displayDatesIn(item.detail[lang], lang), { max: 60, unique: true }),
      column(T.col.basis[lang], 'text', (item) => textIn(item.basis, lang), { max: 50 }),
      column(T.col.rule[lang], 'text', (item) => item.rule),
      column(T.col.file[lang], 'text', (item) => item.file, { max: 36 }),
      column(T.col.line[lang], 'int', (item) => item.line),
    ],
    [...model.plan.overdue, ...model.plan.upcoming],
    (item) => (item.overdue ? OVERDUE_ROW : undefined),
    lang,
    print,
    maxRows,
  );
}

/**
 * The workbook's bytes, made as they are read: the sheets' rows are written when the zip reaches
 * them, so a national inventory's workbook is never whole in memory.
 */
export function xlsxReportChunks(model: ReportModel, lang: Lang, options: { rows?: number } = {}): AsyncIterable<Uint8Array> {
  /** A sheet's length limit (smaller in tests). */
  const maxRows = options.rows ?? EXCEL_ROWS;
  const book = new WorkbookWriter({
    creator: `${model.tool.name} ${model.tool.version}`,
    title: xmlSafeText([T.title[lang], model.organization].filter(Boolean).join(' · ')),
    created: model.generated.at,
    modified: model.generated.at,
  });
  const print: PrintSetup = {
    title: [T.title[lang], model.organization].filter(Boolean).join(' · '),
    date: model.period ? `${periodText(model, lang)} · ${T.header.asOf[lang]}: ${displayDate(model.asOf, lang)}` : `${T.header.asOf[lang]}: ${displayDate(model.asOf, lang)}`,
  };
  summarySheet(book, model, lang, print);
  ownersSheet(book, model, lang, print, maxRows);
  findingsSheet(book, model, lang, print, maxRows);
  systemsSheet(book, model, lang, print, maxRows);
  matrixSheet(book, model, lang, print, maxRows);
  planSheet(book, model, lang, print, maxRows);
  return book.chunks();
}
