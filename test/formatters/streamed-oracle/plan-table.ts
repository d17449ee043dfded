// The implementation before streaming (issue 17), kept as the oracle of test/formatters/plan-streamed.test.ts.
// `plan --format table`: one line per item (due date, days left, system, owner, level, kind),
// then the reason and the legal basis dimmed beneath it. Undated overdue items show "—" for date and days. Overdue in red, due within 30 days in yellow.
import { visibleData } from '../../../src/formatters/common/visible-text.js';
import { regimeLines } from '../../../src/regime/describe.js';
import { PLAN_UI } from '../../../src/plan/messages.js';
import type { PlanFormatter } from '../../../src/plan/result.js';
import { interpolate, textIn } from '../../../src/i18n/lang.js';
import { columns } from '../../../src/formatters/common/columns.js';
import { daysLeftText, dueText, filterText, levelText, planHeader, planSummary, statusText } from './plan-text.js';

const SOON_DAYS = 30;

export const formatPlanTable: PlanFormatter = (raw, ctx) => {
  const report = visibleData(raw);
  const { lang, color } = ctx;
  const c = PLAN_UI.col;
  const lines = [color.bold(planHeader(report, lang))];
  const filters = filterText(report);
  if (filters) lines.push(color.dim(interpolate(PLAN_UI.filtered[lang], { f: filters }, lang)));
  if (report.invalid > 0) lines.push(color.yellow(interpolate(PLAN_UI.invalid[lang], { n: report.invalid }, lang)));
  if (report.regime) for (const line of regimeLines(report.regime, lang)) lines.push(color.dim(line));
  lines.push('');
  if (report.items.length === 0) {
    lines.push(color.green(PLAN_UI.nothing[lang]));
    return `${lines.join('\n')}\n`;
  }
  const head = [c.due, c.daysLeft, c.status, c.system, c.owner, c.level, c.kind].map((h): string => color.bold(h[lang]));
  const rows = report.items.map((item) => {
    const tone = item.overdue ? color.red : item.daysLeft! <= SOON_DAYS ? color.yellow : (text: string) => text;
    return [tone(dueText(item, lang)), tone(daysLeftText(item)), tone(statusText(item, lang)), item.system, item.owner, levelText(item), item.title[lang]];
  });
  const aligned = columns([head, ...rows], ['left', 'right', 'left', 'left', 'left', 'right', 'left']);
  lines.push(aligned[0]!);
  // The second line of an item starts under the status column.
  const indent = ' '.repeat(10 + 2 + report.items.reduce((widest, i) => Math.max(widest, daysLeftText(i).length), c.daysLeft[lang].length) + 2);
  report.items.forEach((item, i) => {
    lines.push(aligned[i + 1]!);
    lines.push(color.dim(`${indent}${item.detail[lang]} · ${textIn(item.basis, lang)}`));
  });
  lines.push('', color.bold(planSummary(report, lang)));
  return `${lines.map((l) => l.trimEnd()).join('\n')}\n`;
};
