// `plan --format ics`: an iCalendar file (RFC 5545) with one all-day event per item and a display
// reminder at 09:00. An item not yet overdue sits on its due date, reminded `--remind` days before.
// An overdue item sits on the evaluation date D when the window contains D, else on the window's
// first day, so that a view of the window shows it; its summary says since when it is overdue
// ("quá hạn từ dd/mm/yyyy", the day after the due date) and it is reminded that day, as is an item
// due on D. Nothing that
// goes stale is written ("N days left"): descriptions give the due date itself. The UID comes from
// system + kind + subject (never a date), so re-importing a newer export moves an event instead of
// adding a second one.
import { PLAN_UI } from '../../plan/messages.js';
import { regimeLines } from '../../regime/describe.js';
import type { PlanItem, PlanReport } from '../../plan/compute.js';
import type { PlanChunkedFormatter } from '../../plan/result.js';
import { displayDate, interpolate, textIn, type Lang } from '../../i18n/lang.js';
import { addDays, type IsoDate } from '../../util/date.js';
import { icsDate, icsDuration, icsLine, icsText, icsUtc, type IcsLine } from '../common/ics.js';
import { levelText } from './text.js';

const REMINDER_HOUR = 9;

/** dd/mm/yyyy, as people write dates in both languages of the calendar. */
function dmy(date: IsoDate): string {
  return displayDate(date, 'vi');
}

/** The day an overdue event is placed on: D inside the window, else the window's first day. */
export function overdueEventDate(report: PlanReport): IsoDate {
  const { asOf, window } = report;
  return asOf >= window.from && asOf <= window.to ? asOf : window.from;
}

function what(item: PlanItem, lang: Lang): string {
  return `${item.title[lang]}: ${item.name} (${item.system})`;
}

/** "QUÁ HẠN từ 06/12/2024" / "OVERDUE since 06/12/2024": the first day the item is overdue. */
function overdueTag(item: PlanItem, lang: Lang): string {
  return item.due === null ? PLAN_UI.icsUndated[lang] : interpolate(PLAN_UI.icsOverdue[lang], { d: dmy(addDays(item.due, 1)) }, lang);
}

function description(item: PlanItem, lang: Lang): string {
  const c = PLAN_UI.col;
  return [
    `${c.system[lang]}: ${item.name} (${item.system})`,
    `${c.owner[lang]}: ${item.owner}`,
    `${c.level[lang]}: ${levelText(item)}`,
    `${c.due[lang]}: ${item.due === null ? PLAN_UI.noDate[lang] : dmy(item.due)}`,
    `${c.detail[lang]}: ${item.detail[lang]}`,
    `${c.basis[lang]}: ${textIn(item.basis, lang)}`,
    `${c.source[lang]}: ${item.file}:${item.line}:${item.column}`,
  ].join('\n');
}

/** Written event by event: a national plan has hundreds of thousands of them. */
export const planIcsChunks: PlanChunkedFormatter = function* (report, ctx) {
  const { lang, tool } = ctx;
  const stamp = icsUtc(ctx.now);
  // Alarms are relative to the start of the all-day event (00:00 on its day).
  const before = icsDuration(-ctx.remindDays * 24 * 60 + REMINDER_HOUR * 60);
  const sameDay = icsDuration(REMINDER_HOUR * 60);
  const overdueDay = overdueEventDate(report);
  const language = `LANGUAGE=${lang}`;
  const header: IcsLine[] = [
    ['BEGIN', 'VCALENDAR'],
    ['VERSION', '2.0'],
    ['PRODID', `-//${tool.name}//${tool.name} ${tool.version}//${lang.toUpperCase()}`],
    ['CALSCALE', 'GREGORIAN'],
    ['METHOD', 'PUBLISH'],
    ['X-WR-CALNAME', icsText(report.organization ? `${PLAN_UI.calendarName[lang]} (${report.organization})` : PLAN_UI.calendarName[lang])],
    // The legal regime the obligations come from (a non-standard property calendars keep and ignore).
    ...(report.regime ? [['X-WR-CALDESC', icsText(regimeLines(report.regime, lang).join('\n'))] as IcsLine] : []),
  ];
  let piece = header.map(icsLine).join('');
  for (const item of report.items) {
    const day = item.overdue ? overdueDay : item.due!;
    const title = item.overdue ? `[${overdueTag(item, lang)}] ${what(item, lang)}` : what(item, lang);
    const reminder = item.overdue
      ? `${overdueTag(item, lang)}: ${what(item, lang)}`
      : item.status === 'due-today'
        ? interpolate(PLAN_UI.dueTodayReminder[lang], { s: title }, lang)
        : interpolate(PLAN_UI.reminder[lang], { s: title }, lang);
    const event: IcsLine[] = [
      ['BEGIN', 'VEVENT'],
      ['UID', item.uid],
      ['DTSTAMP', stamp],
      ['DTSTART;VALUE=DATE', icsDate(day)],
      ['DTEND;VALUE=DATE', icsDate(addDays(day, 1))],
      [`SUMMARY;${language}`, icsText(title)],
      [`DESCRIPTION;${language}`, icsText(description(item, lang))],
      ['CATEGORIES', `attt-audit,${item.kind}`],
      ['TRANSP', 'TRANSPARENT'],
      ['BEGIN', 'VALARM'],
      ['ACTION', 'DISPLAY'],
      ['TRIGGER', item.overdue || item.status === 'due-today' ? sameDay : before],
      [`DESCRIPTION;${language}`, icsText(reminder)],
      ['END', 'VALARM'],
      ['END', 'VEVENT'],
    ];
    for (const line of event) piece += icsLine(line);
    if (piece.length > 1 << 16) {
      yield piece;
      piece = '';
    }
  }
  yield piece + icsLine(['END', 'VCALENDAR']);
};
