// `gap --format table`: key figures with terminal bar charts, then the breakdowns by owner unit and
// by level, then the systems × layers matrix. Columns are aligned by display width.
import { comparisonRegimeLines } from '../../regime/describe.js';
import { visible, visibleData } from '../common/visible-text.js';
import type { ChalkInstance } from 'chalk';
import { figureChanges, levelChanges, ownerChanges, type GroupChange } from '../../gap/compare.js';
import { figureCount, FIGURES, type Figure, type GapTotals, type MatrixRow } from '../../gap/compute.js';
import { BASE_NOTES, GAP_UI, legendIn, LAYER_SYMBOLS, SHORT_TITLES } from '../../gap/messages.js';
import type { GapFormatter, GapResult } from '../../gap/result.js';
import { interpolate, type Lang } from '../../i18n/lang.js';
import { LAYERS } from '../../model/vocabulary.js';
import type { FigureId } from '../../rules/targets.js';
import { classificationLine } from '../../classify/gap.js';
import { bar, columns, pad, type Align } from '../common/columns.js';
import { displayWidth } from '../../util/display-width.js';
import { changeText, figureTitle, formatPercent, groupRatio, levelLabel, ratio, signed, targetText } from './text.js';

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

/** The result without its matrices: what the lines above the matrix are made of. */
function withoutMatrix(result: GapResult): GapResult {
  const report = { ...result.report, matrix: [] };
  return result.comparison ? { report, comparison: { ...result.comparison, report: { ...result.comparison.report, matrix: [] } } } : { report };
}

const MATRIX_ALIGN: readonly Align[] = ['left', 'right', 'left', 'left', 'left', 'left', 'left', 'left'];

/**
 * The systems × layers matrix, a line at a time: every system row aligned as one table (the widths
 * are measured in a first pass), each owner's systems under an underlined owner line that spans the
 * row. The name, last, is never padded: the line's trailing spaces are trimmed anyway.
 */
function* matrixLines(result: GapResult, lang: Lang, color: ChalkInstance): Generator<string> {
  const symbol = (state: keyof typeof LAYER_SYMBOLS): string => {
    const text = LAYER_SYMBOLS[state];
    return state === 'in-place' ? color.green(text) : state === 'missing' ? color.red(text) : state === 'ended' ? color.yellow(text) : color.dim(text);
  };
  const states = Object.keys(LAYER_SYMBOLS) as (keyof typeof LAYER_SYMBOLS)[];
  const symbols = states.map(symbol);
  const all = [color.red('✗'), color.green('✓')];
  const levelText = (level: number | null): string => (level === null ? '—' : String(level));
  const c = GAP_UI.col;
  const matrix = result.report.matrix;
  const head = [c.system[lang], c.level[lang], 'L1', 'L2', 'L3', 'L4', c.all[lang], c.name[lang]];

  // First pass: the widths over the header and every system row. The system column is measured for
  // every row; the other columns hold few distinct texts (levels, symbols), measured once each.
  const widths = head.map((h) => displayWidth(h));
  const systemWidths = new Float64Array(matrix.length);
  const levels = new Set<number | null>();
  const seen = [0, 0, 0, 0]; // per layer column, a bit per state that occurs
  let seenAll = 0;
  for (let r = 0; r < matrix.length; r += 1) {
    const row = matrix[r]!;
    const w = displayWidth(`  ${visible(row.system)}`);
    systemWidths[r] = w;
    if (w > widths[0]!) widths[0] = w;
    levels.add(row.level);
    for (let i = 0; i < LAYERS.length; i += 1) seen[i]! |= 1 << states.indexOf(row.layers[LAYERS[i]!]);
    seenAll |= row.all ? 2 : 1;
  }
  for (const level of levels) widths[1] = Math.max(widths[1]!, displayWidth(levelText(level)));
  for (let i = 0; i < LAYERS.length; i += 1) {
    states.forEach((_, s) => {
      if (seen[i]! & (1 << s)) widths[2 + i] = Math.max(widths[2 + i]!, displayWidth(symbols[s]!));
    });
  }
  all.forEach((text, i) => {
    if (seenAll & (1 << i)) widths[6] = Math.max(widths[6]!, displayWidth(text));
  });

  // Second pass: the lines. Columns 1–6 (level, layers, 4/4) of a row are padded and joined once
  // per distinct combination; the name, last, is never padded (trailing spaces are trimmed anyway).
  const middle = new Map<number | null, Map<MatrixRow['layers'], string[]>>();
  const middleOf = (row: MatrixRow): string => {
    let byLayers = middle.get(row.level);
    if (byLayers === undefined) middle.set(row.level, (byLayers = new Map()));
    let texts = byLayers.get(row.layers);
    if (texts === undefined) byLayers.set(row.layers, (texts = []));
    const index = row.all ? 1 : 0;
    let text = texts[index];
    if (text === undefined) {
      const cells = [levelText(row.level), ...LAYERS.map((layer) => symbols[states.indexOf(row.layers[layer])]!), all[index]!];
      texts[index] = text = cells.map((cell, i) => pad(cell, widths[i + 1]!, MATRIX_ALIGN[i + 1])).join('  ');
    }
    return text;
  };
  const spaces: string[] = [];
  const fill = (n: number): string => (spaces[n] ??= ' '.repeat(n));
  yield color.bold(GAP_UI.matrix[lang]);
  yield color.dim(legendIn(GAP_UI.legend[lang], lang, result.report.layerNames));
  yield color.bold(`${head.slice(0, -1).map((h, i) => pad(h, widths[i]!, MATRIX_ALIGN[i])).join('  ')}  ${head[head.length - 1]!}`.trimEnd());
  let current: string | undefined;
  let owner = '';
  let ownerOf: string | undefined;
  for (let r = 0; r < matrix.length; r += 1) {
    const row = matrix[r]!;
    // Rows come owner by owner: each owner made visible once.
    if (row.owner !== ownerOf) owner = visible((ownerOf = row.owner));
    if (owner !== current) {
      current = owner;
      yield color.underline(owner);
    }
    const system = `  ${visible(row.system)}${fill(Math.max(0, widths[0]! - systemWidths[r]!))}`;
    yield `${system}  ${middleOf(row)}  ${color.dim(visible(row.name))}`.trimEnd();
  }
}

export const formatGapTable: GapFormatter = function* (whole, ctx) {
  // Text from the inventory is made visible (no control character reaches the terminal): the
  // lines above the matrix through visibleData, the matrix row by row.
  const result = visibleData(withoutMatrix(whole));
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
  for (const line of groupTable(GAP_UI.col.owner[lang], report.byOwner.map((g) => [g.owner, g.totals]), lang, color)) lines.push(line);
  lines.push('', color.bold(GAP_UI.byLevel[lang]));
  lines.push(...groupTable(GAP_UI.col.level[lang], report.byLevel.map((g) => [levelLabel(g.level, lang), g.totals]), lang, color), '');
  if (comparison) {
    lines.push(...changeLines(GAP_UI.changesByOwner[lang], ownerChanges(report, comparison.report), (k) => k, lang, color));
    lines.push(...changeLines(GAP_UI.changesByLevel[lang], levelChanges(report, comparison.report), (k) => levelLabel(k, lang), lang, color));
  }
  yield `${lines.map((l) => l.trimEnd()).join('\n')}\n`;
  let piece = '';
  for (const line of matrixLines({ report: { ...report, matrix: whole.report.matrix } }, lang, color)) {
    piece += `${line.trimEnd()}\n`;
    if (piece.length > 1 << 16) {
      yield piece;
      piece = '';
    }
  }
  if (piece) yield piece;
};
