// The implementation before streaming (issue 17), kept as the oracle of test/formatters/plan-streamed.test.ts.
// Pieces shared by the human-readable plan formats.
import type { PlanItem, PlanReport } from '../../../src/plan/compute.js';
import { PLAN_UI } from '../../../src/plan/messages.js';
import { displayDate, interpolate, type Lang } from '../../../src/i18n/lang.js';

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

export function planCounts(report: PlanReport): { overdue: number; undated: number; dueToday: number; beforeWindow: number; inWindow: number } {
  const count = (test: (i: PlanItem) => boolean): number => report.items.filter(test).length;
  return {
    overdue: count((i) => i.status === 'overdue'),
    undated: count((i) => i.due === null),
    dueToday: count((i) => i.status === 'due-today'),
    beforeWindow: count((i) => i.status === 'before-window'),
    inWindow: count((i) => i.status === 'in-window'),
  };
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
