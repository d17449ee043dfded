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
import { looksLikeFormula } from '../../common/csv.js';
import { columnName, WorkbookWriter, type Alignment, type CellStyle, type Font, type PrintSetup as SheetPrintSetup, type SheetWriter } from './spreadsheet.js';

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

const COLORS = {
  header: 'FFDCE4EE',
  overdue: 'FFFDE8E8',
  ok: 'FFE6F4E7',
  bad: 'FFFDE8E8',
  warn: 'FFFFF3D6',
};

const STATE_FILL: Record<LayerState, string> = { 'in-place': COLORS.ok, missing: COLORS.bad, ended: COLORS.warn, 'not-yet': COLORS.warn };

function dateCell(date: IsoDate): Date {
  return new Date(Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10))));
}

function dateFormat(lang: Lang): string {
  return lang === 'vi' ? 'dd/mm/yyyy' : 'yyyy-mm-dd';
}

// Style objects are shared, not rebuilt per cell: a workbook of a national inventory has
// millions of cells, and the writer finds a shared style's index without looking inside it.
const WRAP_TOP: Alignment = { vertical: 'top', wrapText: true };
const TOP: Alignment = { vertical: 'top' };
const BOLD: Font = { bold: true };
const HEADER: CellStyle = { font: BOLD, fill: COLORS.header, alignment: { vertical: 'middle', wrapText: true }, bottomBorder: true };
const LABEL: CellStyle = { font: BOLD };
const VALUE: CellStyle = { alignment: { horizontal: 'left' } };
const PLAIN: CellStyle = {};
const TITLE: CellStyle = { font: { bold: true, size: 14 } };
const SUMMARY_HEADER: CellStyle = { font: BOLD, fill: COLORS.header, alignment: { wrapText: true, vertical: 'middle' } };

/** The style of a list sheet's data cell: top-aligned (text also wrapped), maybe filled, maybe bold. */
const listStyles = new Map<string, CellStyle>();
function listStyle(text: boolean, fill: string | undefined, bold: boolean | undefined): CellStyle {
  const key = `${text ? 1 : 0}${bold ? 1 : 0}${fill ?? ''}`;
  let style = listStyles.get(key);
  if (!style) {
    style = { alignment: text ? WRAP_TOP : TOP, ...(fill ? { fill } : {}), ...(bold ? { font: BOLD } : {}) };
    listStyles.set(key, style);
  }
  return style;
}

/**
 * Characters XML 1.0 cannot hold (C0 controls other than tab, LF and CR; U+FFFE, U+FFFF; lone
 * surrogates) make a workbook Excel and exceljs refuse to open. They are shown as `\uXXXX`
 * instead, so the text stays visible and honest.
 */
const NOT_XML = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

export function xmlSafeText(text: string): string {
  return text.replace(NOT_XML, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** Writes one value with its column's type; text is never a formula. */
function setCell(sheet: SheetWriter, row: number, column: number, kind: Kind, value: Value, style: CellStyle, lang: Lang): void {
  if (value === null || value === undefined || value === '') {
    sheet.cell(row, column, undefined, style);
  } else if (kind === 'date' && typeof value === 'string') {
    sheet.cell(row, column, dateCell(value), style, dateFormat(lang));
  } else if (kind === 'datetime' && typeof value === 'string') {
    sheet.cell(row, column, dateTimeCell(value.slice(0, 10), value.slice(11, 16)), style, `${dateFormat(lang)} hh:mm`);
  } else if (kind === 'percent' && typeof value === 'number') {
    sheet.cell(row, column, value, style, '0.0%');
  } else if (kind === 'int' && typeof value === 'number') {
    sheet.cell(row, column, value, style);
  } else {
    const text = xmlSafeText(String(value));
    sheet.cell(row, column, text, style, looksLikeFormula(text) ? '@' : undefined);
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
  return Math.round(Math.min(column.max ?? 40, Math.max(10, Math.max(Array.from(column.header).length * 0.9, longest) + 2)));
}

interface Row {
  values: readonly Value[];
  highlight?: boolean;
  bold?: boolean;
  fills?: readonly (string | undefined)[];
}

/** `items` mapped to rows when read, so that a sheet's rows never all exist at once. */
function rowsOf<I>(items: readonly I[], row: (item: I) => Row): { count: number; rows: () => Iterable<Row> } {
  return {
    count: items.length,
    *rows() {
      for (const item of items) yield row(item);
    },
  };
}

/** Rows written between two hand-overs to the zip. */
const ROWS_PER_PIECE = 256;

/**
 * A list sheet: bold header row, frozen and filterable, widths from the content, wrapped long text.
 * The rows are read twice: once for the column widths, then to be written as the zip is read.
 */
function listSheet(book: WorkbookWriter, name: string, columns: readonly Column[], list: { count: number; rows: () => Iterable<Row> }, lang: Lang, print: PrintSetup): void {
  const longest = columns.map(() => 0);
  for (const row of list.rows()) {
    for (let i = 0; i < columns.length; i += 1) {
      const length = displayLength(columns[i]!.kind, row.values[i]);
      if (length > longest[i]!) longest[i] = length;
    }
  }
  book.addSheet(
    {
      name,
      widths: columns.map((column, i) => columnWidth(column, longest[i]!)),
      frozenHeader: true,
      autoFilter: `A1:${columnName(columns.length)}${Math.max(1, list.count + 1)}`,
      print: printSetup(print, true),
    },
    function* write(sheet) {
      columns.forEach((column, i) => setCell(sheet, 1, i + 1, 'text', column.header, HEADER, lang));
      let r = 2;
      for (const row of list.rows()) {
        for (let i = 0; i < columns.length; i += 1) {
          const kind = columns[i]!.kind;
          const style = listStyle(kind === 'text', row.fills?.[i] || (row.highlight ? COLORS.overdue : undefined), row.bold);
          setCell(sheet, r, i + 1, kind, row.values[i], style, lang);
        }
        r += 1;
        if (r % ROWS_PER_PIECE === 0) yield;
      }
    },
  );
}

/** What every sheet's page header says: the report's title, left; the evaluation date, right. */
interface PrintSetup {
  title: string;
  date: string;
}

/** Text in an Excel header or footer: `&` starts a code there, so a literal one is doubled. */
function headerText(text: string): string {
  return xmlSafeText(text).replace(/&/g, '&&');
}

/** A4 landscape, one page wide (as many pages tall as needed), the first row repeated on each page. */
function printSetup(print: PrintSetup, headerRow: boolean): SheetPrintSetup {
  return { oddHeader: `&L${headerText(print.title)}&R${headerText(print.date)}`, oddFooter: '&C&P / &N', headerRow };
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
function ownersSheet(book: WorkbookWriter, model: ReportModel, lang: Lang, print: PrintSetup): void {
  const columns: Column[] = [
    { header: T.col.owner[lang], kind: 'text', max: 36 },
    { header: T.col.systems[lang], kind: 'int' },
    { header: D.col.operating[lang], kind: 'int' },
  ];
  for (const id of FIGURES) {
    const title = SHORT_TITLES[id][lang];
    columns.push({ header: title, kind: 'int', max: 14 });
    if (id === 'auditsCurrent' || id === 'drillsCurrent') columns.push({ header: interpolate(D.col.ofBase[lang], { f: title }), kind: 'int', max: 14 });
    columns.push({ header: interpolate(D.col.percentOf[lang], { f: title }), kind: 'percent', max: 14 });
  }
  columns.push({ header: T.col.errors[lang], kind: 'int' }, { header: T.col.warnings[lang], kind: 'int' });
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
    ...model.gap.byOwner.map(({ owner, totals }) => ({ values: values(owner, totals) })),
    { values: values(D.total[lang], model.gap.totals), bold: true },
  ];
  listSheet(book, D.sheet.owners[lang], columns, rowsOf(rows, (row) => row), lang, print);
}

function ownerSorted<T extends { owner: string; id: string }>(items: readonly T[]): T[] {
  return [...items].sort((a, b) => compareOwners(a.owner, b.owner) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

function findingsSheet(book: WorkbookWriter, model: ReportModel, lang: Lang, print: PrintSetup): void {
  const titles = new Map(model.result.rules.map((rule) => [rule.id, rule.title[lang]]));
  const names = new Map(model.systems.map((s) => [s.id, s.name]));
  const sorted = model.result.findings
    .map((finding, index) => ({ finding, index, owner: finding.system === null ? '' : (model.ownerOf.get(finding.system) ?? ''), id: finding.system ?? '' }))
    .sort((a, b) => compareOwners(a.owner, b.owner) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0) || a.index - b.index);
  const rows = rowsOf(sorted, ({ finding: f, owner }: { finding: Finding; owner: string }) => ({
    values: [
      owner,
      f.system ?? '',
      f.system === null ? '' : (names.get(f.system) ?? ''),
      UI.severity[f.severity][lang],
      f.suppressed ? T.yes[lang] : T.no[lang],
      f.rule,
      titles.get(f.rule) ?? '',
      displayDatesIn(f.message[lang], lang),
      f.layer ?? '',
      f.due,
      f.waiver?.reason,
      f.waiver?.expires,
      f.file,
      f.line,
      f.column,
    ],
    highlight: f.due !== undefined && f.due < model.asOf && !f.suppressed,
  }));
  listSheet(
    book,
    T.sheet.findings[lang],
    [
      { header: T.col.owner[lang], kind: 'text', max: 30 },
      { header: T.col.system[lang], kind: 'text', max: 24 },
      { header: T.col.name[lang], kind: 'text', max: 40 },
      { header: T.col.severity[lang], kind: 'text' },
      { header: T.col.suppressed[lang], kind: 'text' },
      { header: T.col.rule[lang], kind: 'text' },
      { header: T.col.ruleTitle[lang], kind: 'text', max: 40 },
      { header: T.col.message[lang], kind: 'text', max: 60 },
      { header: T.col.layer[lang], kind: 'text' },
      { header: T.col.due[lang], kind: 'date' },
      { header: T.col.waiverReason[lang], kind: 'text', max: 40 },
      { header: T.col.waiverExpires[lang], kind: 'date' },
      { header: T.col.file[lang], kind: 'text', max: 36 },
      { header: T.col.line[lang], kind: 'int' },
      { header: T.col.column[lang], kind: 'int' },
    ],
    rows,
    lang,
    print,
  );
}

function systemsSheet(book: WorkbookWriter, model: ReportModel, lang: Lang, print: PrintSetup): void {
  const rows = rowsOf(ownerSorted(model.systems), (s) => ({
    values: [
      s.id,
      s.name,
      s.owner,
      T.status[s.status as keyof typeof T.status][lang],
      s.level,
      s.proposedLevel,
      s.approval?.decision,
      s.approval?.date,
      T.protectionPlan[s.protectionPlan as keyof typeof T.protectionPlan][lang],
      s.goLive,
      s.securityConclusion,
      s.lastAudit,
      s.auditDue,
      s.lastDrill,
      s.drillDue,
      s.overdue ? T.yes[lang] : T.no[lang],
      s.errors,
      s.warnings,
      s.suppressed,
      s.file,
      s.line,
    ],
    highlight: s.overdue,
  }));
  listSheet(
    book,
    T.sheet.systems[lang],
    [
      { header: T.col.system[lang], kind: 'text', max: 24 },
      { header: T.col.name[lang], kind: 'text', max: 45 },
      { header: T.col.owner[lang], kind: 'text', max: 30 },
      { header: T.col.status[lang], kind: 'text' },
      { header: T.col.level[lang], kind: 'int' },
      { header: T.col.proposedLevel[lang], kind: 'int' },
      { header: T.col.decision[lang], kind: 'text', max: 30 },
      { header: T.col.approvalDate[lang], kind: 'date' },
      { header: T.col.protectionPlan[lang], kind: 'text', max: 24 },
      { header: T.col.goLive[lang], kind: 'date' },
      { header: T.col.securityConclusion[lang], kind: 'date' },
      { header: T.col.lastAudit[lang], kind: 'date' },
      { header: T.col.auditDue[lang], kind: 'date' },
      { header: T.col.lastDrill[lang], kind: 'date' },
      { header: T.col.drillDue[lang], kind: 'date' },
      { header: T.col.overdue[lang], kind: 'text' },
      { header: T.col.errors[lang], kind: 'int' },
      { header: T.col.warnings[lang], kind: 'int' },
      { header: T.col.suppressed[lang], kind: 'int' },
      { header: T.col.file[lang], kind: 'text', max: 36 },
      { header: T.col.line[lang], kind: 'int' },
    ],
    rows,
    lang,
    print,
  );
}

function matrixSheet(book: WorkbookWriter, model: ReportModel, lang: Lang, print: PrintSetup): void {
  const rows = rowsOf(model.gap.matrix, (m) => ({
    values: [m.owner, m.system, m.name, m.level, ...LAYERS.map((layer) => T.layerState[m.layers[layer]][lang]), m.all ? T.yes[lang] : T.no[lang]],
    fills: [undefined, undefined, undefined, undefined, ...LAYERS.map((layer) => STATE_FILL[m.layers[layer]]), m.all ? COLORS.ok : COLORS.bad],
  }));
  listSheet(
    book,
    T.sheet.matrix[lang],
    [
      { header: T.col.owner[lang], kind: 'text', max: 30 },
      { header: T.col.system[lang], kind: 'text', max: 24 },
      { header: T.col.name[lang], kind: 'text', max: 45 },
      { header: T.col.level[lang], kind: 'int' },
      ...LAYERS.map((layer) => ({ header: figureTitleIn(`layers.${layer}`, lang, model.gap.layerNames), kind: 'text' as const, max: 18 })),
      { header: T.col.all4[lang], kind: 'text' },
    ],
    rows,
    lang,
    print,
  );
}

function planSheet(book: WorkbookWriter, model: ReportModel, lang: Lang, print: PrintSetup): void {
  const items = [...model.plan.overdue, ...model.plan.upcoming];
  const rows = rowsOf(items, (item) => ({
    values: [
      item.due,
      item.daysLeft,
      item.overdue ? T.yes[lang] : T.no[lang],
      item.title[lang],
      item.system,
      item.name,
      item.owner,
      item.level,
      displayDatesIn(item.detail[lang], lang),
      textIn(item.basis, lang),
      item.rule,
      item.file,
      item.line,
    ],
    highlight: item.overdue,
  }));
  listSheet(
    book,
    T.sheet.plan[lang],
    [
      { header: T.col.due[lang], kind: 'date' },
      { header: T.col.daysLeft[lang], kind: 'int' },
      { header: T.col.isOverdue[lang], kind: 'text' },
      { header: T.col.kind[lang], kind: 'text', max: 30 },
      { header: T.col.system[lang], kind: 'text', max: 24 },
      { header: T.col.name[lang], kind: 'text', max: 40 },
      { header: T.col.owner[lang], kind: 'text', max: 30 },
      { header: T.col.level[lang], kind: 'int' },
      { header: T.col.detail[lang], kind: 'text', max: 60 },
      { header: T.col.basis[lang], kind: 'text', max: 50 },
      { header: T.col.rule[lang], kind: 'text' },
      { header: T.col.file[lang], kind: 'text', max: 36 },
      { header: T.col.line[lang], kind: 'int' },
    ],
    rows,
    lang,
    print,
  );
}

/**
 * The workbook's bytes, made as they are read: the sheets' rows are written when the zip reaches
 * them, so a national inventory's workbook is never whole in memory.
 */
export function xlsxReportChunks(model: ReportModel, lang: Lang): AsyncIterable<Uint8Array> {
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
  ownersSheet(book, model, lang, print);
  findingsSheet(book, model, lang, print);
  systemsSheet(book, model, lang, print);
  matrixSheet(book, model, lang, print);
  planSheet(book, model, lang, print);
  return book.chunks();
}
