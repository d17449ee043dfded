// The implementation before streaming (issue 17), kept as the oracle of test/formatters/plan-streamed.test.ts.
// `plan --format ics`: an iCalendar file (RFC 5545) with one all-day event per item and a display
// reminder at 09:00. An item not yet overdue sits on its due date, reminded `--remind` days before.
// An overdue item sits on the evaluation date D when the window contains D, else on the window's
// first day, so that a view of the window shows it; its summary says since when it is overdue
// ("quá hạn từ dd/mm/yyyy", the day after the due date) and it is reminded that day, as is an item
// due on D. Nothing that
// goes stale is written ("N days left"): descriptions give the due date itself. The UID comes from
// system + kind + subject (never a date), so re-importing a newer export moves an event instead of
// adding a second one.
import { PLAN_UI } from '../../../src/plan/messages.js';
import { regimeLines } from '../../../src/regime/describe.js';
import type { PlanItem, PlanReport } from '../../../src/plan/compute.js';
import type { PlanFormatter } from '../../../src/plan/result.js';
import { displayDate, interpolate, textIn, type Lang } from '../../../src/i18n/lang.js';
import { addDays, type IsoDate } from '../../../src/util/date.js';
import { icsDate, icsDocument, icsDuration, icsText, icsUtc, type IcsLine } from './plan-common-ics.js';
import { levelText } from './plan-text.js';

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

export const formatPlanIcs: PlanFormatter = (report, ctx) => {
  const { lang, tool } = ctx;
  const stamp = icsUtc(ctx.now);
  // Alarms are relative to the start of the all-day event (00:00 on its day).
  const before = icsDuration(-ctx.remindDays * 24 * 60 + REMINDER_HOUR * 60);
  const sameDay = icsDuration(REMINDER_HOUR * 60);
  const overdueDay = overdueEventDate(report);
  const language = `LANGUAGE=${lang}`;
  const lines: IcsLine[] = [
    ['BEGIN', 'VCALENDAR'],
    ['VERSION', '2.0'],
    ['PRODID', `-//${tool.name}//${tool.name} ${tool.version}//${lang.toUpperCase()}`],
    ['CALSCALE', 'GREGORIAN'],
    ['METHOD', 'PUBLISH'],
    ['X-WR-CALNAME', icsText(report.organization ? `${PLAN_UI.calendarName[lang]} (${report.organization})` : PLAN_UI.calendarName[lang])],
    // The legal regime the obligations come from (a non-standard property calendars keep and ignore).
    ...(report.regime ? [['X-WR-CALDESC', icsText(regimeLines(report.regime, lang).join('\n'))] as IcsLine] : []),
  ];
  for (const item of report.items) {
    const day = item.overdue ? overdueDay : item.due!;
    const title = item.overdue ? `[${overdueTag(item, lang)}] ${what(item, lang)}` : what(item, lang);
    const reminder = item.overdue
      ? `${overdueTag(item, lang)}: ${what(item, lang)}`
      : item.status === 'due-today'
        ? interpolate(PLAN_UI.dueTodayReminder[lang], { s: title }, lang)
        : interpolate(PLAN_UI.reminder[lang], { s: title }, lang);
    lines.push(
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
    );
  }
  lines.push(['END', 'VCALENDAR']);
  return icsDocument(lines);
};
