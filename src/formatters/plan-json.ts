// `plan --format json`: `{ asOf, window: {from, to}, items: [{ due, system, kind, ... }] }` with
// stable English ids; `title` and `detail` in the chosen language.
import { PLAN_KINDS } from '../plan/compute.js';
import type { PlanFormatter } from '../plan/result.js';

export const formatPlanJson: PlanFormatter = (report, ctx) => {
  const overdue = report.items.filter((i) => i.overdue).length;
  const output = {
    tool: ctx.tool,
    asOf: report.asOf,
    ...(report.organization !== undefined ? { organization: report.organization } : {}),
    files: report.files,
    window: report.window,
    filters: report.filters,
    items: report.items.map((item) => ({
      due: item.due,
      daysLeft: item.daysLeft,
      overdue: item.overdue,
      system: item.system,
      name: item.name,
      owner: item.owner,
      level: item.level,
      ...(item.proposedLevel !== undefined ? { proposedLevel: item.proposedLevel } : {}),
      kind: item.kind,
      ...(item.subject !== undefined ? { subject: item.subject } : {}),
      title: item.title[ctx.lang],
      detail: item.detail[ctx.lang],
      rule: item.rule,
      basis: item.basis,
      file: item.file,
      line: item.line,
      column: item.column,
      uid: item.uid,
    })),
    summary: {
      items: report.items.length,
      overdue,
      inWindow: report.items.length - overdue,
      invalid: report.invalid,
      byKind: Object.fromEntries(PLAN_KINDS.map((kind) => [kind, report.items.filter((i) => i.kind === kind).length])),
    },
  };
  return `${JSON.stringify(output, null, 2)}\n`;
};
