// `gap --format csv`: one row for the targets, one for all systems, one per owner unit and one per
// level, each with every figure as a count and a percentage, for a spreadsheet (csv-excel: the
// dialect Excel opens under Vietnamese regional settings, see common/csv.ts). With --compare, a
// change column follows each count. Headers in the chosen language; numbers stay numbers.
import { levelChanges, ownerChanges, totalsChange, type TotalsChange } from '../../gap/compare.js';
import { figureCount, figuresOf, FIGURES, type GapTotals } from '../../gap/compute.js';
import { GAP_UI, SHORT_TITLES } from '../../gap/messages.js';
import type { GapFormatter, GapResult } from '../../gap/result.js';
import type { Lang, Localized } from '../../i18n/lang.js';
import { csvChunks, EXCEL_VI, RFC4180, type CsvCell, type CsvDialect } from '../common/csv.js';
import { levelLabel } from './text.js';

const SCOPES: Record<'target' | 'total' | 'owner' | 'level', Localized> = {
  target: { vi: 'chỉ tiêu', en: 'target' },
  total: { vi: 'toàn bộ', en: 'all' },
  owner: { vi: 'đơn vị', en: 'owner' },
  level: { vi: 'cấp độ', en: 'level' },
};

const CHANGE: Localized = { vi: 'thay đổi', en: 'change' };
const OF: Localized = { vi: 'trên', en: 'of' };

function header(lang: Lang, compare: boolean): string[] {
  const c = GAP_UI.col;
  const cells: string[] = [c.scope[lang], c.group[lang], c.systems[lang], c.operating[lang]];
  for (const id of FIGURES) {
    const title = SHORT_TITLES[id][lang];
    cells.push(title);
    if (id === 'auditsCurrent' || id === 'drillsCurrent') cells.push(`${title} (${OF[lang]})`);
    cells.push(`${title} %`);
    if (compare) cells.push(`${title} (${CHANGE[lang]})`);
  }
  cells.push(c.errors[lang], c.warnings[lang], c.infos[lang], c.suppressed[lang]);
  return cells;
}

function row(scope: string, group: string, totals: GapTotals, change: TotalsChange | undefined): CsvCell[] {
  const cells: CsvCell[] = [scope, group, totals.systems, totals.operating];
  for (const figure of figuresOf(totals, {})) {
    cells.push(figure.count);
    if (figure.id === 'auditsCurrent' || figure.id === 'drillsCurrent') cells.push(figure.of);
    cells.push(figure.percent);
    if (change) cells.push(figureCount(change, figure.id));
  }
  cells.push(totals.findings.errors, totals.findings.warnings, totals.findings.infos, totals.findings.suppressed);
  return cells;
}

/** The rows: the targets, all systems, each owner unit, each level. */
function* rows(result: GapResult, lang: Lang): Generator<CsvCell[]> {
  const { report, comparison } = result;
  const compare = comparison !== undefined;
  const targets: CsvCell[] = [SCOPES.target[lang], '', null, null];
  for (const id of FIGURES) {
    targets.push(null);
    if (id === 'auditsCurrent' || id === 'drillsCurrent') targets.push(null);
    targets.push(report.targets[id]?.percent ?? null);
    if (compare) targets.push(null);
  }
  targets.push(null, null, null, null);
  yield targets;

  yield row(SCOPES.total[lang], '', report.totals, comparison ? totalsChange(report.totals, comparison.report.totals) : undefined);
  const owners = comparison ? new Map(ownerChanges(report, comparison.report).map((c) => [c.key, c.change])) : undefined;
  for (const g of report.byOwner) yield row(SCOPES.owner[lang], g.owner, g.totals, owners?.get(g.owner));
  const levels = comparison ? new Map(levelChanges(report, comparison.report).map((c) => [c.key, c.change])) : undefined;
  for (const g of report.byLevel) yield row(SCOPES.level[lang], levelLabel(g.level, lang), g.totals, levels?.get(g.level));
}

/** `gap --format csv` (RFC 4180) or `--format csv-excel` (Excel under Vietnamese regional settings), row by row. */
function gapCsv(dialect: CsvDialect): GapFormatter {
  return (result, ctx) => csvChunks(header(ctx.lang, result.comparison !== undefined), rows(result, ctx.lang), dialect);
}

export const formatGapCsv = gapCsv(RFC4180);
export const formatGapCsvExcel = gapCsv(EXCEL_VI);
