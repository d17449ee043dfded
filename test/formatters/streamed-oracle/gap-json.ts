// The implementation before streaming (issue 17), kept as the oracle of test/formatters/gap-streamed.test.ts.
// `gap --format json`: stable English field names. `totals`, `targets`, `byOwner`, `byLevel` keep the
// names fixed in the issue; `percent` blocks mirror the totals; `figures` lists every figure with
// its target, whether it is met and how many systems are missing.
import { regimeJson } from '../../../src/regime/describe.js';
import { figureChanges, levelChanges, ownerChanges, totalsChange } from '../../../src/gap/compare.js';
import { figuresOf, type GapTotals } from '../../../src/gap/compute.js';
import type { GapFormatter } from './gap-types.js';
import type { FigureId, TargetSet } from '../../../src/rules/targets.js';

type Nested<T> = { approved?: T; planDeployed?: T; layers?: Record<string, T>; auditsCurrent?: T; drillsCurrent?: T };

/** `layers.ncsc` → `{ layers: { ncsc } }`: the same shape as the totals. */
function nest<T>(entries: [FigureId, T][]): Nested<T> {
  const out: Nested<T> = {};
  for (const [id, value] of entries) {
    if (id.startsWith('layers.')) (out.layers ??= {})[id.slice('layers.'.length)] = value;
    else out[id as Exclude<keyof Nested<T>, 'layers'>] = value;
  }
  return out;
}

function percents(totals: GapTotals): Nested<number | null> {
  return nest(figuresOf(totals, {}).map((f) => [f.id, f.percent]));
}

function targetsJson(targets: TargetSet): Nested<{ percent: number; by?: string; basis?: string }> {
  return nest(
    (Object.entries(targets) as [FigureId, NonNullable<TargetSet[FigureId]>][]).map(([id, t]) => [
      id,
      { percent: t.percent, ...(t.by ? { by: t.by } : {}), ...(t.basis ? { basis: t.basis } : {}) },
    ]),
  );
}

export const formatGapJson: GapFormatter = (result, ctx) => {
  const { report, comparison } = result;
  const changes = comparison ? figureChanges(report.figures, comparison.report.figures) : undefined;
  const output = {
    tool: ctx.tool,
    asOf: report.asOf,
    ...(report.organization !== undefined ? { organization: report.organization } : {}),
    files: report.files,
    invalid: report.invalid,
    totals: report.totals,
    percent: percents(report.totals),
    targets: targetsJson(report.targets),
    figures: report.figures.map((figure, i) => ({
      ...figure,
      ...(changes ? { previous: changes[i]!.before, change: { count: changes[i]!.count, points: changes[i]!.points } } : {}),
    })),
    byOwner: report.byOwner.map((g) => ({ owner: g.owner, ...g.totals, percent: percents(g.totals) })),
    byLevel: report.byLevel.map((g) => ({ level: g.level, ...g.totals, percent: percents(g.totals) })),
    matrix: report.matrix,
    classification: report.classification,
    ...(report.regime ? { regime: regimeJson(report.regime, ctx.lang) } : {}),
    ...(comparison
      ? {
          compare: {
            against: comparison.against,
            asOf: comparison.report.asOf,
            ...(comparison.report.regime ? { regime: regimeJson(comparison.report.regime, ctx.lang) } : {}),
            files: comparison.report.files,
            totals: comparison.report.totals,
            change: totalsChange(report.totals, comparison.report.totals),
            byOwner: ownerChanges(report, comparison.report).map((c) => ({ owner: c.key, change: c.change, ...(c.before ? {} : { new: true }), ...(c.after ? {} : { gone: true }) })),
            byLevel: levelChanges(report, comparison.report).map((c) => ({ level: c.key, change: c.change, ...(c.before ? {} : { new: true }), ...(c.after ? {} : { gone: true }) })),
          },
        }
      : {}),
  };
  return `${JSON.stringify(output, null, 2)}\n`;
};
