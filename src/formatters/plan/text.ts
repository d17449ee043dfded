// Pieces shared by the human-readable plan formats.
import type { PlanItem, PlanReport } from '../../plan/compute.js';
import { PLAN_KINDS, type PlanKind } from '../../plan/kinds.js';
import { PLAN_UI } from '../../plan/messages.js';
import { displayDate, interpolate, type Lang } from '../../i18n/lang.js';

export function planHeader(report: PlanReport, lang: Lang): string {
  return [
    PLAN_UI.title[lang],
    report.organization,
    interpolate(PLAN_UI.window[lang], { ...report.window }, lang),
    interpolate(PLAN_UI.asOf[lang], { d: report.asOf }, lang),
  ]
    .filter(Boolean)
    .join(' · ');
}

export interface PlanCounts {
  overdue: number;
  undated: number;
  dueToday: number;
  beforeWindow: number;
  inWindow: number;
}

/** The counts of the summary, in one pass over the items. */
export function planCounts(report: PlanReport): PlanCounts {
  const counts = { overdue: 0, undated: 0, dueToday: 0, beforeWindow: 0, inWindow: 0 };
  for (const item of report.items) {
    if (item.status === 'overdue') counts.overdue += 1;
    else if (item.status === 'due-today') counts.dueToday += 1;
    else if (item.status === 'before-window') counts.beforeWindow += 1;
    else if (item.status === 'in-window') counts.inWindow += 1;
    if (item.due === null) counts.undated += 1;
  }
  return counts;
}

/** How many items of each kind, every kind of PLAN_KINDS present (0 when none), in one pass. */
export function planKindCounts(report: PlanReport): Record<PlanKind, number> {
  const counts = Object.fromEntries(PLAN_KINDS.map((kind) => [kind, 0])) as Record<PlanKind, number>;
  for (const item of report.items) if (Object.hasOwn(counts, item.kind)) counts[item.kind] += 1;
  return counts;
}

export function planSummary(report: PlanReport, lang: Lang): string {
  const c = planCounts(report);
  return interpolate(PLAN_UI.summary[lang], { n: report.items.length, overdue: c.overdue, undated: c.undated, today: c.dueToday, before: c.beforeWindow, due: c.inWindow }, lang);
}

/** "overdue", "overdue (no date)", "due today", "due before the window", "in the window". */
export function statusText(item: PlanItem, lang: Lang): string {
  return (item.due === null ? PLAN_UI.status.undated : PLAN_UI.status[item.status])[lang];
}

/** The due date, or "—" for an undated item. */
export function dueText(item: PlanItem, lang: Lang): string {
  return item.due === null ? '—' : displayDate(item.due, lang);
}

/** Days left as a number, or "—" for an undated item. */
export function daysLeftText(item: PlanItem): string {
  return item.daysLeft === null ? '—' : String(item.daysLeft);
}

/** "--owner X, --level 3, --kind audit", or undefined when nothing is filtered. */
export function filterText(report: PlanReport): string | undefined {
  const f = report.filters;
  const parts = [
    ...(f.owners ?? []).map((o) => `--owner ${o}`),
    ...(f.levels ? [`--level ${f.levels.map((l) => l ?? 'none').join(',')}`] : []),
    ...(f.kinds ? [`--kind ${f.kinds.join(',')}`] : []),
  ];
  return parts.length > 0 ? parts.join(', ') : undefined;
}

export function levelText(item: PlanItem): string {
  return item.level === null ? '—' : String(item.level);
}

/** "12 days left", "due today", "3 days overdue". */
export function daysText(item: PlanItem, lang: Lang): string {
  if (item.daysLeft === null) return PLAN_UI.status.undated[lang];
  if (item.daysLeft === 0) return PLAN_UI.dueToday[lang];
  return item.daysLeft > 0
    ? interpolate(PLAN_UI.daysLeft[lang], { n: item.daysLeft }, lang)
    : interpolate(PLAN_UI.daysOverdue[lang], { n: -item.daysLeft }, lang);
}
