// The implementation before streaming (issue 17), kept as the oracle of test/formatters/gap-streamed.test.ts.
// `gap --format table`: key figures with terminal bar charts, then the breakdowns by owner unit and
// by level, then the systems × layers matrix. Columns are aligned by display width.
import { comparisonRegimeLines } from '../../../src/regime/describe.js';
import { visibleData } from '../../../src/formatters/common/visible-text.js';
import type { ChalkInstance } from 'chalk';
import { figureChanges, levelChanges, ownerChanges, type GroupChange } from '../../../src/gap/compare.js';
import { figureCount, FIGURES, type Figure, type GapTotals } from '../../../src/gap/compute.js';
import { BASE_NOTES, GAP_UI, legendIn, LAYER_SYMBOLS, SHORT_TITLES } from '../../../src/gap/messages.js';
import type { GapFormatter, GapResult } from './gap-types.js';
import { interpolate, type Lang } from '../../../src/i18n/lang.js';
import { LAYERS } from '../../../src/model/vocabulary.js';
import type { FigureId } from '../../../src/rules/targets.js';
import { classificationLine } from '../../../src/classify/gap.js';
import { bar, columns } from '../../../src/formatters/common/columns.js';
import { changeText, figureTitle, formatPercent, groupRatio, levelLabel, ratio, signed, targetText } from '../../../src/formatters/gap/text.js';

const BAR_WIDTH = 20;
const NOTE_MARKS: Partial<Record<FigureId, string>> = { auditsCurrent: '¹', drillsCurrent: '²' };

function paint(figure: Figure, color: ChalkInstance): (text: string) => string {
  if (figure.met === true) return color.green;
  if (figure.percent === null) return color.dim;
  return figure.percent >= 50 ? color.yellow : color.red;
}

/** Every figure a header line, its count and percentage, a bar, the target and what is missing. */
function figureRows(result: GapResult, lang: Lang, color: ChalkInstance): string[] {
  const { report, comparison } = result;
  const changes = comparison ? figureChanges(report.figures, comparison.report.figures) : undefined;
  const c = GAP_UI.col;
  const head = [c.figure, c.systems, c.percent, c.progress, c.target, c.missing].map((h): string => h[lang]);
  if (changes) head.push(c.before[lang], c.change[lang]);
  const rows = report.figures.map((figure, i) => {
    const tone = paint(figure, color);
    const { filled, empty } = bar(figure.percent, BAR_WIDTH);
    const row = [
      figureTitle(figure.id, lang, result.report.layerNames) + (NOTE_MARKS[figure.id] ?? ''),
      ratio(figure.count, figure.of),
      tone(formatPercent(figure.percent, lang)),
      tone(filled) + color.dim(empty),
      targetText(figure, lang),
      figure.shortfall === null ? '—' : figure.shortfall > 0 ? color.red(String(figure.shortfall)) : color.green('0'),
    ];
    const change = changes?.[i];
    if (change) {
      row.push(ratio(change.before.count, change.before.of), changeText(change.count, change.points, lang));
    }
    return row;
  });
  const lines = columns([head.map((h) => color.bold(h)), ...rows], ['left', 'right', 'right', 'left', 'left', 'right', 'right', 'left']);
  for (const [id, mark] of Object.entries(NOTE_MARKS) as [FigureId, string][]) {
    const figure = report.figures.find((f) => f.id === id)!;
    const kind = id === 'auditsCurrent' ? 'cadence' : 'drill';
    const note = figure.of === null ? interpolate(GAP_UI.notMeasured[lang], { kind }, lang) : BASE_NOTES[figure.base][lang];
    lines.push(color.dim(`${mark} ${note}`));
  }
  return lines;
}

const GROUP_FIGURES: FigureId[] = FIGURES;

function groupHead(first: string, lang: Lang): string[] {
  const c = GAP_UI.col;
  return [first, c.systems[lang], c.operating[lang], ...GROUP_FIGURES.map((id) => SHORT_TITLES[id][lang]), c.errors[lang], c.warnings[lang]];
}

function groupRow(label: string, totals: GapTotals): string[] {
  return [
    label,
    String(totals.systems),
    String(totals.operating),
    ...GROUP_FIGURES.map((id) => groupRatio(totals, id)),
    String(totals.findings.errors),
    String(totals.findings.warnings),
  ];
}

function groupTable(first: string, rows: [string, GapTotals][], lang: Lang, color: ChalkInstance): string[] {
  const align = ['left', ...Array<'right'>(GROUP_FIGURES.length + 4).fill('right')] as const;
  return columns([groupHead(first, lang).map((h) => color.bold(h)), ...rows.map(([label, totals]) => groupRow(label, totals))], align);
}

/** "Approved +1, L4 +2": only what changed, in figure order. */
function changeSummary(change: GroupChange<unknown>, lang: Lang): string {
  const parts: string[] = [];
  if (!change.before) parts.push(GAP_UI.newGroup[lang]);
  if (!change.after) parts.push(GAP_UI.goneGroup[lang]);
  const systems = change.change.systems;
  if (systems) parts.push(`${GAP_UI.col.systems[lang]} ${signed(systems, lang)}`);
  for (const id of GROUP_FIGURES) {
    const delta = figureCount(change.change, id);
    if (delta) parts.push(`${SHORT_TITLES[id][lang]} ${signed(delta, lang)}`);
  }
  return parts.join(', ');
}

function changeLines<K>(title: string, changes: GroupChange<K>[], label: (key: K) => string, lang: Lang, color: ChalkInstance): string[] {
  const lines = changes.map((change) => [label(change.key), changeSummary(change, lang)] as const).filter(([, text]) => text !== '');
  return [color.bold(title), ...(lines.length === 0 ? [`  ${GAP_UI.noChanges[lang]}`] : lines.map(([key, text]) => `  ${key}: ${text}`)), ''];
}

function matrixLines(result: GapResult, lang: Lang, color: ChalkInstance): string[] {
  const symbol = (state: keyof typeof LAYER_SYMBOLS): string => {
    const text = LAYER_SYMBOLS[state];
    return state === 'in-place' ? color.green(text) : state === 'missing' ? color.red(text) : state === 'ended' ? color.yellow(text) : color.dim(text);
  };
  const c = GAP_UI.col;
  const rows: string[][] = [];
  const owners = new Set<number>(); // row indexes of owner lines
  let current: string | undefined;
  for (const row of result.report.matrix) {
    if (row.owner !== current) {
      current = row.owner;
      owners.add(rows.length);
      rows.push([row.owner]);
    }
    rows.push([
      `  ${row.system}`,
      row.level === null ? '—' : String(row.level),
      ...LAYERS.map((layer) => symbol(row.layers[layer])),
      row.all ? color.green('✓') : color.red('✗'),
      color.dim(row.name),
    ]);
  }
  const head = [c.system[lang], c.level[lang], 'L1', 'L2', 'L3', 'L4', c.all[lang], c.name[lang]];
  // Owner lines span the row: align only the system rows, then put the owner lines back.
  const systemRows = rows.filter((_, i) => !owners.has(i));
  const aligned = columns([head, ...systemRows], ['left', 'right', 'left', 'left', 'left', 'left', 'left', 'left']);
  const out = [color.bold(aligned[0]!)];
  let next = 1;
  rows.forEach((row, i) => {
    out.push(owners.has(i) ? color.underline(row[0]!) : aligned[next++]!);
  });
  return [color.bold(GAP_UI.matrix[lang]), color.dim(legendIn(GAP_UI.legend[lang], lang, result.report.layerNames)), ...out];
}

export const formatGapTable: GapFormatter = (raw, ctx) => {
  const result = visibleData(raw);
  const { lang, color } = ctx;
  const { report, comparison } = result;
  const t = report.totals;
  const header = [GAP_UI.title[lang], report.organization, interpolate(GAP_UI.asOf[lang], { d: report.asOf }, lang)].filter(Boolean).join(' · ');
  const lines = [color.bold(header), interpolate(GAP_UI.overview[lang], { systems: t.systems, operating: t.operating }, lang)];
  if (report.invalid > 0) lines.push(color.yellow(interpolate(GAP_UI.invalid[lang], { n: report.invalid }, lang)));
  if (comparison) lines.push(interpolate(GAP_UI.compareWith[lang], { src: comparison.against, d: comparison.report.asOf }, lang));
  for (const line of comparisonRegimeLines(report.regime, comparison?.report, lang)) lines.push(color.dim(line));
  lines.push('', ...figureRows(result, lang, color), '');
  const findings = interpolate(GAP_UI.findings[lang], { ...t.findings }, lang);
  lines.push(t.findings.errors > 0 ? color.red(findings) : t.findings.warnings > 0 ? color.yellow(findings) : color.green(findings));
  const classified = classificationLine(report.classification, lang);
  lines.push(report.classification.underLevel ? color.red(classified) : classified, '');

  lines.push(color.bold(GAP_UI.byOwner[lang]));
  lines.push(...groupTable(GAP_UI.col.owner[lang], report.byOwner.map((g) => [g.owner, g.totals]), lang, color), '');
  lines.push(color.bold(GAP_UI.byLevel[lang]));
  lines.push(...groupTable(GAP_UI.col.level[lang], report.byLevel.map((g) => [levelLabel(g.level, lang), g.totals]), lang, color), '');
  if (comparison) {
    lines.push(...changeLines(GAP_UI.changesByOwner[lang], ownerChanges(report, comparison.report), (k) => k, lang, color));
    lines.push(...changeLines(GAP_UI.changesByLevel[lang], levelChanges(report, comparison.report), (k) => levelLabel(k, lang), lang, color));
  }
  // One line per system: appended in a loop, as push(...lines) overflows the stack at a million.
  for (const line of matrixLines(result, lang, color)) lines.push(line);
  return `${lines.map((l) => l.trimEnd()).join('\n')}\n`;
};
