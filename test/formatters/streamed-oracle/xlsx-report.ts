// The implementation before streaming (issue 17), kept as the oracle of test/report/xlsx-streamed.test.ts:
// the whole workbook built in memory by exceljs and returned as one buffer.
// The Excel workbook (exceljs): what the quarterly audit files. Six sheets — summary, by owner unit,
// findings, systems, the 4-layer matrix, the plan — titled in the report's language. Every sheet
// prints on A4 landscape, one page wide, its header row repeated on each page, with the report's
// title and evaluation date in the page header. Dates are real date
// cells (so Excel sorts and filters them as dates), list sheets have a frozen, filterable header
// row, overdue rows are filled red. Text is always written as a text cell; text that a spreadsheet
// would take for a formula (=, +, -, @, tab, CR) is also given the Text number format, so even
// editing the cell in Excel does not turn it into one.
import { PassThrough } from 'node:stream';
import ExcelJS from 'exceljs';
import { classificationLine } from '../../../src/classify/gap.js';
import type { Finding } from '../../../src/engine/finding.js';
import { figureTitleIn, SHORT_TITLES } from '../../../src/gap/messages.js';
import { FIGURES, figuresOf, type GapTotals, type LayerState } from '../../../src/gap/compute.js';
import { DOCUMENT_UI } from '../../../src/report/document-messages.js';
import { interpolate, textIn, type Lang } from '../../../src/i18n/lang.js';
import { UI } from '../../../src/i18n/messages.js';
import { LAYERS } from '../../../src/model/vocabulary.js';
import { compareOwners } from '../../../src/model/owner.js';
import { displayDate, displayDatesIn, REPORT_UI } from '../../../src/report/messages.js';
import type { ReportModel } from '../../../src/report/model.js';
import type { IsoDate } from '../../../src/util/date.js';
import { looksLikeFormula } from '../../../src/formatters/common/csv.js';

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
// hundreds of thousands of cells.
const fills = new Map<string, ExcelJS.Fill>();
function fill(argb: string): ExcelJS.Fill {
  let found = fills.get(argb);
  if (!found) fills.set(argb, (found = { type: 'pattern', pattern: 'solid', fgColor: { argb } }));
  return found;
}

const WRAP_TOP: Partial<ExcelJS.Alignment> = { vertical: 'top', wrapText: true };
const TOP: Partial<ExcelJS.Alignment> = { vertical: 'top' };
const HEADER_ALIGNMENT: Partial<ExcelJS.Alignment> = { vertical: 'middle', wrapText: true };
const HEADER_BORDER: Partial<ExcelJS.Borders> = { bottom: { style: 'thin' } };
const BOLD: Partial<ExcelJS.Font> = { bold: true };

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
function setCell(cell: ExcelJS.Cell, kind: Kind, value: Value, lang: Lang): void {
  if (value === null || value === undefined || value === '') return;
  if (kind === 'date' && typeof value === 'string') {
    cell.value = dateCell(value);
    cell.numFmt = dateFormat(lang);
  } else if (kind === 'datetime' && typeof value === 'string') {
    cell.value = dateTimeCell(value.slice(0, 10), value.slice(11, 16));
    cell.numFmt = `${dateFormat(lang)} hh:mm`;
  } else if (kind === 'percent' && typeof value === 'number') {
    cell.value = value;
    cell.numFmt = '0.0%';
  } else if (kind === 'int' && typeof value === 'number') {
    cell.value = value;
  } else {
    const text = xmlSafeText(String(value));
    cell.value = text;
    if (looksLikeFormula(text)) cell.numFmt = '@';
  }
}

/** A percentage with one decimal (33.3) as the fraction Excel formats as a percent (0.333, not 0.33299…). */
function share(percent: number | null): number | null {
  return percent === null ? null : Math.round(percent * 10) / 1000;
}

function displayLength(kind: Kind, value: Value): number {
  if (value === null || value === undefined) return 0;
  if (kind === 'date') return 10;
  if (kind === 'datetime') return 16;
  if (kind === 'percent') return 6;
  return Math.max(...String(value).split('\n').map((line) => Array.from(line).length));
}

function columnWidth(column: Column, rows: readonly { values: readonly Value[] }[], index: number): number {
  let longest = Array.from(column.header).length * 0.9;
  for (const row of rows) longest = Math.max(longest, displayLength(column.kind, row.values[index]));
  return Math.round(Math.min(column.max ?? 40, Math.max(10, longest + 2)));
}

/**
 * A list sheet: bold header row, frozen and filterable, widths from the content, wrapped long text.
 * Rows are committed as they are written (the workbook is streamed), so memory stays flat.
 */
function listSheet(
  workbook: ExcelJS.Workbook,
  name: string,
  columns: readonly Column[],
  rows: readonly { values: readonly Value[]; highlight?: boolean; bold?: boolean; fills?: (string | undefined)[] }[],
  lang: Lang,
  print: PrintSetup,
): void {
  const sheet = workbook.addWorksheet(name, { views: [{ state: 'frozen', xSplit: 0, ySplit: 1 }], ...printOptions(print, true) });
  sheet.columns = columns.map((column, i) => ({ width: columnWidth(column, rows, i) }));
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: Math.max(1, rows.length + 1), column: columns.length } };
  const header = sheet.getRow(1);
  columns.forEach((column, i) => {
    const cell = header.getCell(i + 1);
    setCell(cell, 'text', column.header, lang);
    cell.font = BOLD;
    cell.fill = fill(COLORS.header);
    cell.alignment = HEADER_ALIGNMENT;
    cell.border = HEADER_BORDER;
  });
  header.commit();
  rows.forEach((row, r) => {
    const excelRow = sheet.getRow(r + 2);
    columns.forEach((column, i) => {
      const cell = excelRow.getCell(i + 1);
      setCell(cell, column.kind, row.values[i], lang);
      cell.alignment = column.kind === 'text' ? WRAP_TOP : TOP;
      const own = row.fills?.[i];
      if (own) cell.fill = fill(own);
      else if (row.highlight) cell.fill = fill(COLORS.overdue);
      if (row.bold) cell.font = BOLD;
    });
    excelRow.commit();
  });
  sheet.commit();
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
function printOptions(print: PrintSetup, headerRow: boolean): Partial<ExcelJS.AddWorksheetOptions> {
  return {
    pageSetup: {
      paperSize: 9,
      orientation: 'landscape',
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      ...(headerRow ? { printTitlesRow: '1:1' } : {}),
      margins: { left: 0.5, right: 0.5, top: 0.75, bottom: 0.75, header: 0.3, footer: 0.3 },
    },
    headerFooter: {
      oddHeader: `&L${headerText(print.title)}&R${headerText(print.date)}`,
      oddFooter: '&C&P / &N',
    },
  };
}

/** A calendar date and a wall-clock time as Excel stores them: no time zone, read as written. */
function dateTimeCell(date: IsoDate, time: string): Date {
  return new Date(Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10)), Number(time.slice(0, 2)), Number(time.slice(3, 5))));
}

function summarySheet(workbook: ExcelJS.Workbook, model: ReportModel, lang: Lang, print: PrintSetup): void {
  const sheet = workbook.addWorksheet(T.sheet.summary[lang], printOptions(print, false));
  sheet.columns = [44, 10, 12, 10, 10, 13, 11, 12, 70].map((width) => ({ width }));
  const s = model.result.summary;
  let r = 1;
  const line = (label: string, kind: Kind, value: Value, note?: string): void => {
    const row = sheet.getRow(r++);
    setCell(row.getCell(1), 'text', label, lang);
    row.getCell(1).font = { bold: true };
    setCell(row.getCell(2), kind, value, lang);
    row.getCell(2).alignment = { horizontal: 'left' };
    if (note) setCell(row.getCell(3), 'text', note, lang);
  };
  const title = sheet.getRow(r++).getCell(1);
  setCell(title, 'text', T.title[lang], lang);
  title.font = { bold: true, size: 14 };
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
  const headerRow = sheet.getRow(r++);
  columns.forEach((column, i) => {
    const cell = headerRow.getCell(i + 1);
    setCell(cell, 'text', column.header, lang);
    cell.font = { bold: true };
    cell.fill = fill(COLORS.header);
    cell.alignment = { wrapText: true, vertical: 'middle' };
  });
  for (const figure of model.gap.figures) {
    const row = sheet.getRow(r++);
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
      const cell = row.getCell(i + 1);
      setCell(cell, column.kind, values[i], lang);
      cell.alignment = column.kind === 'text' ? WRAP_TOP : TOP;
    });
    if (figure.met === false) row.getCell(8).fill = fill(COLORS.bad);
    if (figure.met === true) row.getCell(8).fill = fill(COLORS.ok);
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
  sheet.commit();
}

function periodText(model: ReportModel, lang: Lang): string {
  const p = model.period!;
  return interpolate(D.period.value[lang], { q: p.quarter.quarter, y: p.quarter.year, from: displayDate(p.from, lang), to: displayDate(p.to, lang) });
}

/** By owner unit, as the HTML report and `gap` show it: every figure as a count and a share, then the whole inventory. */
function ownersSheet(workbook: ExcelJS.Workbook, model: ReportModel, lang: Lang, print: PrintSetup): void {
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
  listSheet(workbook, D.sheet.owners[lang], columns, rows, lang, print);
}

function ownerSorted<T extends { owner: string; id: string }>(items: readonly T[]): T[] {
  return [...items].sort((a, b) => compareOwners(a.owner, b.owner) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

function findingsSheet(workbook: ExcelJS.Workbook, model: ReportModel, lang: Lang, print: PrintSetup): void {
  const titles = new Map(model.result.rules.map((rule) => [rule.id, rule.title[lang]]));
  const names = new Map(model.systems.map((s) => [s.id, s.name]));
  const rows = model.result.findings
    .map((finding, index) => ({ finding, index, owner: finding.system === null ? '' : (model.ownerOf.get(finding.system) ?? ''), id: finding.system ?? '' }))
    .sort((a, b) => compareOwners(a.owner, b.owner) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0) || a.index - b.index)
    .map(({ finding: f, owner }: { finding: Finding; owner: string }) => ({
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
    workbook,
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

function systemsSheet(workbook: ExcelJS.Workbook, model: ReportModel, lang: Lang, print: PrintSetup): void {
  const rows = ownerSorted(model.systems).map((s) => ({
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
    workbook,
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

function matrixSheet(workbook: ExcelJS.Workbook, model: ReportModel, lang: Lang, print: PrintSetup): void {
  const rows = model.gap.matrix.map((m) => ({
    values: [m.owner, m.system, m.name, m.level, ...LAYERS.map((layer) => T.layerState[m.layers[layer]][lang]), m.all ? T.yes[lang] : T.no[lang]],
    fills: [undefined, undefined, undefined, undefined, ...LAYERS.map((layer) => STATE_FILL[m.layers[layer]]), m.all ? COLORS.ok : COLORS.bad],
  }));
  listSheet(
    workbook,
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

function planSheet(workbook: ExcelJS.Workbook, model: ReportModel, lang: Lang, print: PrintSetup): void {
  const items = [...model.plan.overdue, ...model.plan.upcoming];
  const rows = items.map((item) => ({
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
    workbook,
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

export async function renderXlsxReport(model: ReportModel, lang: Lang): Promise<Uint8Array> {
  const stream = new PassThrough();
  const chunks: Buffer[] = [];
  stream.on('data', (chunk: Buffer) => chunks.push(chunk));
  const ended = new Promise((resolve, reject) => stream.on('end', resolve).on('error', reject));
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream, useStyles: true, useSharedStrings: true });
  workbook.creator = `${model.tool.name} ${model.tool.version}`;
  workbook.created = model.generated.at;
  workbook.modified = model.generated.at;
  workbook.title = xmlSafeText([T.title[lang], model.organization].filter(Boolean).join(' · '));
  const print: PrintSetup = {
    title: [T.title[lang], model.organization].filter(Boolean).join(' · '),
    date: model.period ? `${periodText(model, lang)} · ${T.header.asOf[lang]}: ${displayDate(model.asOf, lang)}` : `${T.header.asOf[lang]}: ${displayDate(model.asOf, lang)}`,
  };
  summarySheet(workbook, model, lang, print);
  ownersSheet(workbook, model, lang, print);
  findingsSheet(workbook, model, lang, print);
  systemsSheet(workbook, model, lang, print);
  matrixSheet(workbook, model, lang, print);
  planSheet(workbook, model, lang, print);
  await workbook.commit();
  await ended;
  return Buffer.concat(chunks);
}
