// `gap --compare`: the change of every figure between two gap reports (another inventory, or the
// same inventory at a git revision). Pure arithmetic on two computed reports.
import type { FigureId } from '../rules/targets.js';
import { compareOwners } from '../model/owner.js';
import type { Figure, GapReport, GapTotals } from './compute.js';

export interface GapComparison {
  /** What the current report is compared against: a path or a git revision, as the user wrote it. */
  against: string;
  report: GapReport;
}

type Numbers<T> = { [K in keyof T]: T[K] extends number | null ? number | null : Numbers<T[K]> };
/** Same shape as the totals: current minus previous; null where either side is not measured. */
export type TotalsChange = Numbers<GapTotals>;

function subtract<T>(now: T, before: T): Numbers<T> {
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(now as object) as (keyof T & string)[]) {
    const a = now[key];
    const b = before[key];
    if (a !== null && typeof a === 'object') out[key] = subtract(a, b);
    else out[key] = typeof a === 'number' && typeof b === 'number' ? a - b : null;
  }
  return out as Numbers<T>;
}

export function totalsChange(now: GapTotals, before: GapTotals): TotalsChange {
  return subtract(now, before);
}

export interface FigureChange {
  id: FigureId;
  before: Pick<Figure, 'count' | 'of' | 'percent'>;
  after: Pick<Figure, 'count' | 'of' | 'percent'>;
  /** Change of the count (systems). */
  count: number | null;
  /** Change of the percentage, in percentage points, one decimal. */
  points: number | null;
}

export function figureChanges(now: readonly Figure[], before: readonly Figure[]): FigureChange[] {
  return now.map((figure) => {
    const old = before.find((f) => f.id === figure.id)!;
    return {
      id: figure.id,
      before: { count: old.count, of: old.of, percent: old.percent },
      after: { count: figure.count, of: figure.of, percent: figure.percent },
      count: figure.count !== null && old.count !== null ? figure.count - old.count : null,
      points: figure.percent !== null && old.percent !== null ? Math.round((figure.percent - old.percent) * 10) / 10 : null,
    };
  });
}

export interface GroupChange<K> {
  key: K;
  /** Absent when the group does not exist on that side. */
  before?: GapTotals;
  after?: GapTotals;
  change: TotalsChange;
}

/** Pairs groups (owners or levels) of both reports; a group on one side only is compared with zeros. */
export function groupChanges<K extends string | number | null>(
  now: readonly { key: K; totals: GapTotals }[],
  before: readonly { key: K; totals: GapTotals }[],
  order: (a: K, b: K) => number,
): GroupChange<K>[] {
  const keys = [...new Set([...now.map((g) => g.key), ...before.map((g) => g.key)])].sort(order);
  // By key, the first group of each key (as find would): thousands of owners, no quadratic search.
  const firstByKey = (groups: readonly { key: K; totals: GapTotals }[]): Map<K, GapTotals> => {
    const map = new Map<K, GapTotals>();
    for (const g of groups) if (!map.has(g.key)) map.set(g.key, g.totals);
    return map;
  };
  const nowByKey = firstByKey(now);
  const beforeByKey = firstByKey(before);
  return keys.map((key) => {
    const after = nowByKey.get(key);
    const previous = beforeByKey.get(key);
    const zero = zeroLike(after ?? previous!);
    return { key, ...(previous ? { before: previous } : {}), ...(after ? { after } : {}), change: subtract(after ?? zero, previous ?? zero) };
  });
}

function zeroLike<T>(value: T): T {
  if (value === null || typeof value !== 'object') return (typeof value === 'number' ? 0 : value) as T;
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, zeroLike(v)])) as T;
}

export function ownerChanges(now: GapReport, before: GapReport): GroupChange<string>[] {
  return groupChanges(
    now.byOwner.map((g) => ({ key: g.owner, totals: g.totals })),
    before.byOwner.map((g) => ({ key: g.owner, totals: g.totals })),
    compareOwners,
  );
}

export function levelChanges(now: GapReport, before: GapReport): GroupChange<number | null>[] {
  return groupChanges(
    now.byLevel.map((g) => ({ key: g.level, totals: g.totals })),
    before.byLevel.map((g) => ({ key: g.level, totals: g.totals })),
    (a, b) => (a ?? 99) - (b ?? 99),
  );
}
