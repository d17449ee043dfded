// Which systems the HTML report lists one by one. A report is a document people open and print: at
// national scale (100,000 systems, 250,000 findings) listing everything gives a file of hundreds of
// megabytes no browser opens. Every aggregate (figures, charts, by owner unit, by level, by rule)
// still counts every system; the per-system lists (matrix, findings, plan) show at most `maxRows`
// systems, those that need action first. The Excel report keeps every row.
import { compareOwners } from '../../../model/owner.js';
import type { ReportModel } from '../../../report/model.js';

/** Systems listed by default: a few thousand table rows, a few megabytes, opens and prints. */
export const DEFAULT_MAX_ROWS = 500;

export interface Listing {
  /** Keys of the listed groups (system ids; `\u0000file` for a file's own problems), most urgent first. */
  keys: string[];
  /** Systems and inventory-problem entries in all: what would be listed without the cut. */
  total: number;
}

interface Candidate {
  key: string;
  overdue: boolean;
  errors: number;
  warnings: number;
  rank: number;
}

/**
 * The groups to list when there are more than `maxRows`, else undefined (everything is listed, as
 * in a report of any ordinary size). Order, as a director reads a list of what to do: systems with
 * an overdue task first, then the most open errors, then the most open warnings; ties in the order
 * of the by-owner-unit table (entries that are not valid systems after every unit), then by key.
 */
export function chooseListing(model: ReportModel, maxRows: number): Listing | undefined {
  // Findings of entries that are not (valid) systems form groups of their own in the findings list.
  const extra = new Map<string, Candidate>();
  for (const f of model.result.findings) {
    if (f.system !== null && model.ownerOf.has(f.system)) continue;
    const key = f.system ?? `\u0000${f.file}`;
    let c = extra.get(key);
    if (c === undefined) extra.set(key, (c = { key, overdue: false, errors: 0, warnings: 0, rank: 0 }));
    if (f.suppressed) continue;
    if (f.severity === 'error') c.errors += 1;
    else if (f.severity === 'warning') c.warnings += 1;
  }
  if (model.systems.length + extra.size <= maxRows) return undefined;

  // Owner units compared once each (a few hundred), not at every step of sorting 100,000 systems.
  const owners = [...new Set(model.systems.map((s) => s.owner))].sort(compareOwners);
  const rankOf = new Map(owners.map((owner, i) => [owner, i]));
  const candidates: Candidate[] = [];
  const seen = new Set<string>();
  for (const s of model.systems) {
    if (seen.has(s.id)) continue;
    seen.add(s.id);
    candidates.push({ key: s.id, overdue: s.overdue, errors: s.errors, warnings: s.warnings, rank: rankOf.get(s.owner)! });
  }
  for (const c of extra.values()) {
    c.rank = owners.length + (c.key.startsWith('\u0000') ? 1 : 0);
    candidates.push(c);
  }
  if (candidates.length <= maxRows) return undefined;
  // Only candidates that can be among the first maxRows are sorted in full: a score that orders
  // like the first three keys (and never against them) finds the threshold with one numeric sort.
  const scores = Float64Array.from(candidates, score).sort();
  const threshold = scores[scores.length - maxRows]!;
  const first = candidates.filter((c) => score(c) >= threshold);
  first.sort(
    (a, b) =>
      Number(b.overdue) - Number(a.overdue) || b.errors - a.errors || b.warnings - a.warnings || a.rank - b.rank || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0),
  );
  return { keys: first.slice(0, maxRows).map((c) => c.key), total: candidates.length };
}

const CAP = 2 ** 20 - 1;

function score(c: Candidate): number {
  return (c.overdue ? 2 ** 40 : 0) + Math.min(c.errors, CAP) * 2 ** 20 + Math.min(c.warnings, CAP);
}
