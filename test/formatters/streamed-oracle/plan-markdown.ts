// The implementation before streaming (issue 17), kept as the oracle of test/formatters/plan-streamed.test.ts.
// `plan --format markdown`: the plan as one GitHub-flavoured Markdown table.
import { regimeLines } from '../../../src/regime/describe.js';
import { visibleData } from '../../../src/formatters/common/visible-text.js';
import { PLAN_UI } from '../../../src/plan/messages.js';
import type { PlanFormatter } from '../../../src/plan/result.js';
import { interpolate, textIn } from '../../../src/i18n/lang.js';
import { mdCell, mdTable } from '../../../src/formatters/common/markdown-text.js';
import { daysLeftText, dueText, filterText, levelText, planHeader, planSummary, statusText } from './plan-text.js';

export const formatPlanMarkdown: PlanFormatter = (raw, ctx) => {
  const report = visibleData(raw);
  const { lang } = ctx;
  const c = PLAN_UI.col;
  const out = [`## ${mdCell(planHeader(report, lang))}`, ''];
  const filters = filterText(report);
  if (filters) out.push(mdCell(interpolate(PLAN_UI.filtered[lang], { f: filters }, lang)), '');
  if (report.invalid > 0) out.push(`> ${interpolate(PLAN_UI.invalid[lang], { n: report.invalid }, lang)}`, '');
  if (report.regime) out.push(...regimeLines(report.regime, lang).map((line) => `> ${mdCell(line)}`), '');
  if (report.items.length === 0) return `${[...out, PLAN_UI.nothing[lang]].join('\n')}\n`;
  out.push(planSummary(report, lang), '');
  out.push(
    ...mdTable(
      [c.due, c.daysLeft, c.status, c.system, c.owner, c.level, c.kind, c.detail, c.basis].map((h): string => h[lang]),
      report.items.map((item) => [
        item.overdue ? `**${dueText(item, lang)}**` : dueText(item, lang),
        daysLeftText(item),
        statusText(item, lang),
        `\`${item.system.replace(/`/g, '')}\` ${mdCell(item.name)}`,
        mdCell(item.owner),
        levelText(item),
        item.title[lang],
        mdCell(item.detail[lang]),
        mdCell(textIn(item.basis, lang)),
      ]),
      ['left', 'right', 'left', 'left', 'left', 'right'],
    ),
  );
  return `${out.join('\n')}\n`;
};
