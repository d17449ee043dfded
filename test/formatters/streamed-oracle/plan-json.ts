// The implementation before streaming (issue 17), kept as the oracle of test/formatters/plan-streamed.test.ts.
// `plan --format json`: `{ asOf, window: {from, to}, items: [{ due, status, system, kind, ... }] }` with
// stable English ids (`due` and `daysLeft` are null on an undated overdue item); `title` and `detail` in the chosen language.
import { machineText, textIn } from '../../../src/i18n/lang.js';
import { regimeJson } from '../../../src/regime/describe.js';
import { PLAN_KINDS } from '../../../src/plan/compute.js';
import type { PlanFormatter } from '../../../src/plan/result.js';
import { planCounts } from './plan-text.js';

export const formatPlanJson: PlanFormatter = (report, ctx) => {
  const counts = planCounts(report);
  const output = {
    tool: ctx.tool,
    asOf: report.asOf,
    ...(report.organization !== undefined ? { organization: report.organization } : {}),
    files: report.files,
    window: report.window,
    filters: report.filters,
    ...(report.regime ? { regime: regimeJson(report.regime, ctx.lang) } : {}),
    items: report.items.map((item) => ({
      due: item.due,
      daysLeft: item.daysLeft,
      overdue: item.overdue,
      status: item.status,
      system: item.system,
      name: item.name,
      owner: item.owner,
      level: item.level,
      ...(item.proposedLevel !== undefined ? { proposedLevel: item.proposedLevel } : {}),
      ...(item.organization ? { organization: true } : {}),
      kind: item.kind,
      ...(item.subject !== undefined ? { subject: item.subject } : {}),
      title: machineText(item.title, ctx.lang),
      detail: machineText(item.detail, ctx.lang),
      rule: item.rule,
      basis: textIn(item.basis, ctx.lang),
      file: item.file,
      line: item.line,
      column: item.column,
      uid: item.uid,
    })),
    summary: {
      items: report.items.length,
      overdue: counts.overdue,
      undated: counts.undated,
      dueToday: counts.dueToday,
      beforeWindow: counts.beforeWindow,
      inWindow: counts.inWindow,
      invalid: report.invalid,
      byKind: Object.fromEntries(PLAN_KINDS.map((kind) => [kind, report.items.filter((i) => i.kind === kind).length])),
    },
  };
  return `${JSON.stringify(output, null, 2)}\n`;
};
