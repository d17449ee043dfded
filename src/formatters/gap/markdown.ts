// `gap --format markdown`: the same report as the table, as GitHub-flavoured Markdown tables, for a
// wiki page, a merge-request comment or a document.
import { classificationLine } from '../../classify/gap.js';
import { comparisonRegimeLines } from '../../regime/describe.js';
import { visible, visibleData } from '../common/visible-text.js';
import { figureChanges, levelChanges, ownerChanges } from '../../gap/compare.js';
import { figureCount, FIGURES, type GapTotals, type MatrixRow } from '../../gap/compute.js';
import { BASE_NOTES, GAP_UI, legendIn, LAYER_SYMBOLS, SHORT_TITLES } from '../../gap/messages.js';
import type { GapFormatter, GapResult } from '../../gap/result.js';
import { interpolate, type Lang } from '../../i18n/lang.js';
import { LAYERS } from '../../model/vocabulary.js';
import { changeText, figureTitle, formatPercent, groupRatio, levelLabel, ratio, signed, targetText } from './text.js';
import { mdCell, mdTable } from '../common/markdown-text.js';

function groupTable(first: string, rows: [string, GapTotals][], lang: Lang): string[] {
  const c = GAP_UI.col;
  const head = [first, c.systems[lang], c.operating[lang], ...FIGURES.map((id) => SHORT_TITLES[id][lang]), c.errors[lang], c.warnings[lang]];
  const body = rows.map(([label, t]) => [
    mdCell(label),
    String(t.systems),
    String(t.operating),
    ...FIGURES.map((id) => groupRatio(t, id)),
    String(t.findings.errors),
    String(t.findings.warnings),
  ]);
  return mdTable(head, body, ['left', ...Array<'right'>(head.length - 1).fill('right')]);
}

/** The result without its matrices: what the sections above the matrix are made of. */
function withoutMatrix(result: GapResult): GapResult {
  const report = { ...result.report, matrix: [] };
  return result.comparison ? { report, comparison: { ...result.comparison, report: { ...result.comparison.report, matrix: [] } } } : { report };
}

/** One matrix row of the Markdown table, its inventory text made visible first (as visibleData does). */
function matrixRow(row: MatrixRow, owner: string): string {
  const cells = [
    `\`${visible(row.system).replace(/`/g, '')}\``,
    mdCell(visible(row.name)),
    owner,
    row.level === null ? '—' : String(row.level),
    ...LAYERS.map((layer) => LAYER_SYMBOLS[row.layers[layer]]),
    row.all ? '✓' : '✗',
  ];
  return `| ${cells.join(' | ')} |`;
}

/** Written as it goes: everything above the matrix in one piece, then the matrix a few hundred rows at a time. */
export const formatGapMarkdown: GapFormatter = function* (raw, ctx) {
  // Text from the inventory is made visible: the sections above the matrix through visibleData, the matrix row by row.
  const result = visibleData(withoutMatrix(raw));
  const { lang } = ctx;
  const { report, comparison } = result;
  const c = GAP_UI.col;
  const t = report.totals;
  const title = [GAP_UI.title[lang], report.organization ? mdCell(report.organization) : undefined, interpolate(GAP_UI.asOf[lang], { d: report.asOf }, lang)]
    .filter(Boolean)
    .join(' · ');
  const out = [`## ${title}`, ''];
  const overview = [interpolate(GAP_UI.overview[lang], { systems: t.systems, operating: t.operating }, lang)];
  if (comparison) overview.push(interpolate(GAP_UI.compareWith[lang], { src: `\`${comparison.against.replace(/`/g, ''), lang}\``, d: comparison.report.asOf }));
  out.push(overview.join(' · '), '');
  const regimes = comparisonRegimeLines(report.regime, comparison?.report, lang);
  if (regimes.length > 0) out.push(...regimes.map((line) => `> ${mdCell(line)}`), '');
  if (report.invalid > 0) out.push(`> ${interpolate(GAP_UI.invalid[lang], { n: report.invalid }, lang)}`, '');

  const changes = comparison ? figureChanges(report.figures, comparison.report.figures) : undefined;
  const head = [c.figure, c.systems, c.percent, c.target, c.missing].map((h): string => h[lang]);
  if (changes) head.push(c.before[lang], c.change[lang]);
  const rows = report.figures.map((f, i) => {
    const mark = f.id === 'auditsCurrent' ? ' ¹' : f.id === 'drillsCurrent' ? ' ²' : '';
    const row = [figureTitle(f.id, lang, report.layerNames) + mark, ratio(f.count, f.of), formatPercent(f.percent, lang), targetText(f, lang), f.shortfall === null ? '—' : String(f.shortfall)];
    const change = changes?.[i];
    if (change) row.push(ratio(change.before.count, change.before.of), changeText(change.count, change.points, lang));
    return row;
  });
  out.push(...mdTable(head, rows, ['left', 'right', 'right', 'left', 'right', 'right', 'left']), '');
  const audits = report.figures.find((f) => f.id === 'auditsCurrent')!;
  const drills = report.figures.find((f) => f.id === 'drillsCurrent')!;
  out.push(`¹ ${audits.of === null ? interpolate(GAP_UI.notMeasured[lang], { kind: 'cadence' }, lang) : BASE_NOTES.auditsRequired[lang]}  `);
  out.push(`² ${drills.of === null ? interpolate(GAP_UI.notMeasured[lang], { kind: 'drill' }, lang) : BASE_NOTES.drillsRequired[lang]}`, '');
  out.push(interpolate(GAP_UI.findings[lang], { ...t.findings }, lang), '', classificationLine(report.classification, lang), '');

  out.push(`### ${GAP_UI.byOwner[lang]}`, '', ...groupTable(c.owner[lang], report.byOwner.map((g) => [g.owner, g.totals]), lang), '');
  out.push(`### ${GAP_UI.byLevel[lang]}`, '', ...groupTable(c.level[lang], report.byLevel.map((g) => [levelLabel(g.level, lang), g.totals]), lang), '');

  if (comparison) {
    for (const [title, list] of [
      [GAP_UI.changesByOwner[lang], ownerChanges(report, comparison.report).map((ch) => ({ ...ch, label: ch.key }))],
      [GAP_UI.changesByLevel[lang], levelChanges(report, comparison.report).map((ch) => ({ ...ch, label: levelLabel(ch.key, lang) }))],
    ] as const) {
      out.push(`### ${title}`, '');
      const body = list
        .filter((ch) => !ch.before || !ch.after || ch.change.systems !== 0 || FIGURES.some((id) => (figureCount(ch.change, id) ?? 0) !== 0))
        .map((ch) => [
          mdCell(ch.label) + (ch.before ? '' : ` (${GAP_UI.newGroup[lang]})`) + (ch.after ? '' : ` (${GAP_UI.goneGroup[lang]})`),
          signed(ch.change.systems, lang),
          ...FIGURES.map((id) => signed(figureCount(ch.change, id), lang)),
        ]);
      if (body.length === 0) out.push(GAP_UI.noChanges[lang], '');
      else out.push(...mdTable([c.group[lang], c.systems[lang], ...FIGURES.map((id) => SHORT_TITLES[id][lang])], body), '');
    }
  }

  out.push(`### ${GAP_UI.matrix[lang]}`, '', legendIn(GAP_UI.legend[lang], lang, report.layerNames), '');
  out.push(...mdTable([c.system[lang], c.name[lang], c.owner[lang], c.level[lang], 'L1', 'L2', 'L3', 'L4', c.all[lang]], [], ['left', 'left', 'left', 'right']));
  let piece = `${out.join('\n')}\n`;
  // Rows come owner by owner: each owner's cell is made once.
  let owner = '';
  let ownerOf: string | undefined;
  for (const row of raw.report.matrix) {
    if (row.owner !== ownerOf) owner = mdCell(visible((ownerOf = row.owner)));
    piece += `${matrixRow(row, owner)}\n`;
    if (piece.length > 1 << 16) {
      yield piece;
      piece = '';
    }
  }
  yield piece;
};
