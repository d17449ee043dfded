// `plan --format table`: one line per item (due date, days left, system, owner, level, kind),
// then the reason and the legal basis dimmed beneath it. Undated overdue items show "—" for date and days. Overdue in red, due within 30 days in yellow.
// Written line by line: a first pass over the items measures the columns, a second writes them.
import type { ChalkInstance } from 'chalk';
import { visibleData } from '../common/visible-text.js';
import { regimeLines } from '../../regime/describe.js';
import type { PlanItem } from '../../plan/compute.js';
import { PLAN_UI } from '../../plan/messages.js';
import type { PlanChunkedFormatter } from '../../plan/result.js';
import { interpolate, textIn, type Lang } from '../../i18n/lang.js';
import { pad, type Align } from '../common/columns.js';
import { displayWidth } from '../../util/display-width.js';
import { daysLeftText, dueText, filterText, levelText, planHeader, planSummary, statusText } from './text.js';

const SOON_DAYS = 30;
const ALIGN: readonly Align[] = ['left', 'right', 'left', 'left', 'left', 'right', 'left'];

/** An item's cells, `item` already made visible. */
function cells(item: PlanItem, lang: Lang, color: ChalkInstance): string[] {
  const tone = item.overdue ? color.red : item.daysLeft! <= SOON_DAYS ? color.yellow : (text: string) => text;
  return [tone(dueText(item, lang)), tone(daysLeftText(item)), tone(statusText(item, lang)), item.system, item.owner, levelText(item), item.title[lang]];
}

/** A row padded to the column widths, as common/columns.ts lays it out. */
function row(values: readonly string[], widths: readonly number[]): string {
  return values.map((cell, i) => pad(cell, widths[i]!, ALIGN[i] ?? 'left')).join('  ').trimEnd();
}

export const planTableChunks: PlanChunkedFormatter = function* (raw, ctx) {
  // Text from inventories is made visible (control characters written out) item by item.
  const report = visibleData({ ...raw, items: [] });
  const { lang, color } = ctx;
  const c = PLAN_UI.col;
  const lines = [color.bold(planHeader(report, lang))];
  const filters = filterText(report);
  if (filters) lines.push(color.dim(interpolate(PLAN_UI.filtered[lang], { f: filters }, lang)));
  if (report.invalid > 0) lines.push(color.yellow(interpolate(PLAN_UI.invalid[lang], { n: report.invalid }, lang)));
  if (report.regime) for (const line of regimeLines(report.regime, lang)) lines.push(color.dim(line));
  lines.push('');
  if (raw.items.length === 0) {
    lines.push(color.green(PLAN_UI.nothing[lang]));
    yield `${lines.join('\n')}\n`;
    return;
  }
  const head = [c.due, c.daysLeft, c.status, c.system, c.owner, c.level, c.kind].map((h): string => color.bold(h[lang]));
  // First pass: the widest cell of each column, and of days left for the indent of the second line.
  const widths = head.map((cell) => displayWidth(cell));
  let widestDays = c.daysLeft[lang].length;
  for (const shown of raw.items) {
    const item = visibleData(shown);
    const values = cells(item, lang, color);
    for (let i = 0; i < values.length; i += 1) widths[i] = Math.max(widths[i]!, displayWidth(values[i]!));
    widestDays = Math.max(widestDays, daysLeftText(item).length);
  }
  // The second line of an item starts under the status column.
  const indent = ' '.repeat(10 + 2 + widestDays + 2);
  let piece = `${[...lines, row(head, widths)].map((l) => l.trimEnd()).join('\n')}\n`;
  for (const shown of raw.items) {
    const item = visibleData(shown);
    piece += `${row(cells(item, lang, color), widths)}\n${color.dim(`${indent}${item.detail[lang]} · ${textIn(item.basis, lang)}`).trimEnd()}\n`;
    if (piece.length > 1 << 16) {
      yield piece;
      piece = '';
    }
  }
  yield `${piece}\n${color.bold(planSummary(raw, lang)).trimEnd()}\n`;
};
