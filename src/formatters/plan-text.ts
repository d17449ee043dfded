// Pieces shared by the human-readable plan formats.
import type { PlanItem, PlanReport } from '../plan/compute.js';
import { PLAN_UI } from '../plan/messages.js';
import { interpolate, type Lang } from '../i18n/lang.js';

export function planHeader(report: PlanReport, lang: Lang): string {
  return [
    PLAN_UI.title[lang],
    report.organization,
    interpolate(PLAN_UI.window[lang], { ...report.window }),
    interpolate(PLAN_UI.asOf[lang], { d: report.asOf }),
  ]
    .filter(Boolean)
    .join(' · ');
}

export function planSummary(report: PlanReport, lang: Lang): string {
  const overdue = report.items.filter((i) => i.overdue).length;
  return interpolate(PLAN_UI.summary[lang], { n: report.items.length, overdue, due: report.items.length - overdue });
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
  if (item.daysLeft === 0) return PLAN_UI.dueToday[lang];
  return item.daysLeft > 0
    ? interpolate(PLAN_UI.daysLeft[lang], { n: item.daysLeft })
    : interpolate(PLAN_UI.daysOverdue[lang], { n: -item.daysLeft });
}
