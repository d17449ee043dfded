// incident/*: reporting deadlines, counted in hours from detection, in Viet Nam time (Decree 331
// Art 31.2.d): the initial notice of a serious incident within 24 h (`when: initial-notice`), the
// report on cause, impact and remedy of any incident within 72 h (`when: report`). An incident
// whose deadline's day is before the evaluation date without the record, or with a later record, is
// reported. Incidents
// detected before `detected_from` (the decree's start) are not judged.
import { localize, type Localized } from '../../i18n/lang.js';
import type { Incident } from '../../model/inventory-schema.js';
import { addHours, dateOf } from '../../util/date-time.js';
import type { IsoDate } from '../../util/date.js';
import { defineKind } from '../kind.js';
import { isoDateOption } from './options.js';

const hm = (moment: string): string => `${moment.slice(0, 10)} ${moment.slice(11, 16)}`;

export const incidentKind = defineKind({
  kind: 'incident',
  planKind: 'incident',
  options: (z) =>
    z.strictObject({
      kind: z.literal('incident'),
      when: z.enum(['initial-notice', 'report']),
      within_hours: z.number().int().positive(),
      detected_from: isoDateOption(z),
    }),
  evaluate(system, options, { asOf }) {
    const hits = [];
    for (const [index, incident] of (system.incidents ?? []).entries()) {
      if (!applies(incident, options)) continue;
      if (dateOf(incident.detected) > asOf) continue;
      const deadline = addHours(incident.detected, options.within_hours);
      const sent = options.when === 'initial-notice' ? incident.initial_notice : incident.report;
      const sentByEvaluation = sent !== undefined && dateOf(sent) <= asOf ? sent : undefined;
      if (sentByEvaluation !== undefined && sentByEvaluation <= deadline) continue;
      // Not sent yet: overdue once the deadline's day is before the evaluation date, as for every due date.
      if (sentByEvaluation === undefined && dateOf(deadline) >= asOf) continue;
      const params = { d: hm(incident.detected), dl: hm(deadline), s: sentByEvaluation ? hm(sentByEvaluation) : '', h: options.within_hours, what: WHAT[options.when] };
      hits.push({
        path: sentByEvaluation ? ['incidents', index, options.when === 'initial-notice' ? 'initial_notice' : 'report'] : ['incidents', index, 'detected'],
        due: dateOf(deadline),
        message: sentByEvaluation
          ? localize({ vi: 'sự cố phát hiện {d}: {what} gửi lúc {s}, quá thời hạn {h} giờ ({dl})', en: 'incident detected {d}: {what} sent at {s}, later than {h} h ({dl})' }, params)
          : localize({ vi: 'sự cố phát hiện {d}: chưa gửi {what}, đã quá thời hạn {h} giờ ({dl})', en: 'incident detected {d}: no {what} sent, {h} h deadline passed ({dl})' }, params),
      });
    }
    return hits;
  },
  obligations(system, options, { asOf }) {
    const items = [];
    for (const [index, incident] of (system.incidents ?? []).entries()) {
      if (!applies(incident, options) || dateOf(incident.detected) > asOf) continue;
      const sent = options.when === 'initial-notice' ? incident.initial_notice : incident.report;
      if (sent !== undefined && dateOf(sent) <= asOf) continue;
      const deadline = addHours(incident.detected, options.within_hours);
      items.push({
        kind: 'incident',
        due: dateOf(deadline),
        subject: `${incident.detected}#${options.when}`,
        detail: localize(
          { vi: '{t}: sự cố phát hiện {d}; hạn {dl}', en: '{t}: incident detected {d}; due {dl}' },
          { t: TITLES[options.when], d: hm(incident.detected), dl: hm(deadline) },
        ),
        path: ['incidents', index, 'detected'],
      });
    }
    return items;
  },
  describe: (options, lang) =>
    lang === 'vi'
      ? `${WHAT[options.when].vi} trong ${options.within_hours} giờ kể từ khi phát hiện (sự cố từ ${options.detected_from})`
      : `${WHAT[options.when].en} within ${options.within_hours} h of detection (incidents from ${options.detected_from})`,
});

function applies(incident: Incident, options: { when: string; detected_from: IsoDate }): boolean {
  if (dateOf(incident.detected) < options.detected_from) return false;
  return options.when === 'report' || incident.serious;
}

const WHAT: Record<'initial-notice' | 'report', Localized> = {
  'initial-notice': { vi: 'thông báo ban đầu về sự cố nghiêm trọng', en: 'initial notice of a serious incident' },
  report: { vi: 'báo cáo nguyên nhân, phạm vi ảnh hưởng và biện pháp khắc phục', en: 'report on cause, impact and remedy' },
};

const TITLES: Record<'initial-notice' | 'report', Localized> = {
  'initial-notice': { vi: 'Thông báo ban đầu sự cố nghiêm trọng (24 giờ)', en: 'Initial notice of a serious incident (24 h)' },
  report: { vi: 'Báo cáo sự cố (72 giờ)', en: 'Incident report (72 h)' },
};
