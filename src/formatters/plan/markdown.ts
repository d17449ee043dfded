// `plan --format markdown`: the plan as one GitHub-flavoured Markdown table, written row by row.
import { regimeLines } from '../../regime/describe.js';
import { visibleData } from '../common/visible-text.js';
import { PLAN_UI } from '../../plan/messages.js';
import type { PlanChunkedFormatter } from '../../plan/result.js';
import { interpolate, textIn } from '../../i18n/lang.js';
import { mdCell, mdTable } from '../common/markdown-text.js';
import { daysLeftText, dueText, filterText, levelText, planHeader, planSummary, statusText } from './text.js';

export const planMarkdownChunks: PlanChunkedFormatter = function* (raw, ctx) {
  // Text from inventories is made visible (control characters written out) item by item, as the
  // whole report was before it was streamed.
  const report = visibleData({ ...raw, items: [] });
  const { lang } = ctx;
  const c = PLAN_UI.col;
  const out = [`## ${mdCell(planHeader(report, lang))}`, ''];
  const filters = filterText(report);
  if (filters) out.push(mdCell(interpolate(PLAN_UI.filtered[lang], { f: filters }, lang)), '');
  if (report.invalid > 0) out.push(`> ${interpolate(PLAN_UI.invalid[lang], { n: report.invalid }, lang)}`, '');
  if (report.regime) out.push(...regimeLines(report.regime, lang).map((line) => `> ${mdCell(line)}`), '');
  if (raw.items.length === 0) {
    yield `${[...out, PLAN_UI.nothing[lang]].join('\n')}\n`;
    return;
  }
  out.push(planSummary(raw, lang), '');
  // The head and its rule line; then one line per item.
  const [head, rule] = mdTable(
    [c.due, c.daysLeft, c.status, c.system, c.owner, c.level, c.kind, c.detail, c.basis].map((h): string => h[lang]),
    [],
    ['left', 'right', 'left', 'left', 'left', 'right'],
  );
  let piece = `${[...out, head, rule].join('\n')}\n`;
  for (const shown of raw.items) {
    const item = visibleData(shown);
    const cells = [
      item.overdue ? `**${dueText(item, lang)}**` : dueText(item, lang),
      daysLeftText(item),
      statusText(item, lang),
      `\`${item.system.replace(/`/g, '')}\` ${mdCell(item.name)}`,
      mdCell(item.owner),
      levelText(item),
      item.title[lang],
      mdCell(item.detail[lang]),
      mdCell(textIn(item.basis, lang)),
    ];
    piece += `| ${cells.join(' | ')} |\n`;
    if (piece.length > 1 << 16) {
      yield piece;
      piece = '';
    }
  }
  yield piece;
};
