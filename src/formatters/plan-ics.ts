// `plan --format ics`: an iCalendar file (RFC 5545) with one all-day event per item on its due date
// and a reminder at 09:00, `--remind` days before. The UID comes from system + kind + subject (never
// the date), so re-importing a newer export moves an event instead of adding a second one.
import { PLAN_UI } from '../plan/messages.js';
import type { PlanItem } from '../plan/compute.js';
import type { PlanFormatter } from '../plan/result.js';
import { interpolate, type Lang } from '../i18n/lang.js';
import { addDays } from '../util/date.js';
import { icsDate, icsDocument, icsDuration, icsText, icsUtc, type IcsLine } from './ics.js';
import { daysText, levelText } from './plan-text.js';

const REMINDER_HOUR = 9;

function summary(item: PlanItem, lang: Lang): string {
  const tag = item.overdue ? `[${PLAN_UI.overdueTag[lang]}] ` : '';
  return `${tag}${item.title[lang]}: ${item.name} (${item.system})`;
}

function description(item: PlanItem, lang: Lang): string {
  const c = PLAN_UI.col;
  return [
    `${c.system[lang]}: ${item.name} (${item.system})`,
    `${c.owner[lang]}: ${item.owner}`,
    `${c.level[lang]}: ${levelText(item)}`,
    `${c.due[lang]}: ${item.due} (${daysText(item, lang)})`,
    `${c.detail[lang]}: ${item.detail[lang]}`,
    `${c.basis[lang]}: ${item.basis}`,
    `${c.source[lang]}: ${item.file}:${item.line}:${item.column}`,
  ].join('\n');
}

export const formatPlanIcs: PlanFormatter = (report, ctx) => {
  const { lang, tool } = ctx;
  const stamp = icsUtc(ctx.now);
  // The alarm is relative to the start of the all-day event (00:00 on the due date).
  const trigger = icsDuration(-ctx.remindDays * 24 * 60 + REMINDER_HOUR * 60);
  const language = `LANGUAGE=${lang}`;
  const lines: IcsLine[] = [
    ['BEGIN', 'VCALENDAR'],
    ['VERSION', '2.0'],
    ['PRODID', `-//${tool.name}//${tool.name} ${tool.version}//${lang.toUpperCase()}`],
    ['CALSCALE', 'GREGORIAN'],
    ['METHOD', 'PUBLISH'],
    ['X-WR-CALNAME', icsText(report.organization ? `${PLAN_UI.calendarName[lang]} (${report.organization})` : PLAN_UI.calendarName[lang])],
  ];
  for (const item of report.items) {
    const title = summary(item, lang);
    lines.push(
      ['BEGIN', 'VEVENT'],
      ['UID', item.uid],
      ['DTSTAMP', stamp],
      ['DTSTART;VALUE=DATE', icsDate(item.due)],
      ['DTEND;VALUE=DATE', icsDate(addDays(item.due, 1))],
      [`SUMMARY;${language}`, icsText(title)],
      [`DESCRIPTION;${language}`, icsText(description(item, lang))],
      ['CATEGORIES', `attt-audit,${item.kind}`],
      ['TRANSP', 'TRANSPARENT'],
      ['BEGIN', 'VALARM'],
      ['ACTION', 'DISPLAY'],
      ['TRIGGER', trigger],
      [`DESCRIPTION;${language}`, icsText(interpolate(PLAN_UI.reminder[lang], { s: title }))],
      ['END', 'VALARM'],
      ['END', 'VEVENT'],
    );
  }
  lines.push(['END', 'VCALENDAR']);
  return icsDocument(lines);
};
