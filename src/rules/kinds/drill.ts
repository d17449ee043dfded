// drill/missing: a real-combat drill at least every `within_months` months. The duty starts at the
// later of the approval date and `required_from` (the directive that created it: Directive
// 18/CT-TTg of 2022-10-13 in the default pack), so the first drill is due `within_months` after that.
import { joined, localize, type Localized } from '../../i18n/lang.js';
import { approvedLevel, latestDrill } from '../../model/as-of.js';
import type { SystemRecord } from '../../model/inventory-schema.js';
import { addMonths, maxDate, parseCalendarDate, type IsoDate } from '../../util/date.js';
import { defineKind, type Obligation, type Zod } from '../kind.js';

export const drillOptions = (z: Zod) =>
  z.strictObject({
    kind: z.literal('drill'),
    within_months: z.number().int().positive().max(120).default(12),
    required_from: z
      .string()
      .refine((s) => parseCalendarDate(s) === s, 'a date written YYYY-MM-DD')
      .optional(),
  });

export interface DrillOptions {
  within_months: number;
  required_from?: string | undefined;
}

/** The next drill due, or undefined when the duty has no start date (no approval, no `required_from`). */
function drillObligation(system: SystemRecord, options: DrillOptions, asOf: IsoDate): Obligation | undefined {
  const months = options.within_months;
  const approval = approvedLevel(system, asOf) !== null ? system.approval?.date : undefined;
  const start = maxDate([approval, options.required_from].filter((d): d is IsoDate => d !== undefined));
  if (start === undefined) return undefined;
  const firstDue = addMonths(start, months);
  const last = latestDrill(system, asOf);
  const due = last === undefined ? firstDue : maxDate([firstDue, addMonths(last, months)])!;
  const index = last === undefined ? -1 : system.drills.findIndex((d) => d.date === last);
  const cadence = localize(
    { vi: 'cấp độ {level}: ít nhất {n} tháng/lần', en: 'level {level}: at least every {n:month|months}' },
    { level: approvedLevel(system, asOf) ?? '—', n: months },
  );
  const why: Localized =
    last !== undefined && due !== firstDue
      ? localize({ vi: 'lần diễn tập gần nhất {d}', en: 'last drill {d}' }, { d: last })
      : localize(
          start === approval
            ? { vi: 'lần đầu đến hạn {n} tháng sau ngày phê duyệt {d}', en: 'first due {n:month|months} after approval on {d}' }
            : { vi: 'lần đầu đến hạn {n} tháng sau {d}, ngày phát sinh nghĩa vụ', en: 'first due {n:month|months} after {d}, when the duty began' },
          { n: months, d: start },
        );
  return {
    kind: 'drill',
    due,
    detail: joined('; ', cadence, why),
    path: index >= 0 ? ['drills', index, 'date'] : ['id'],
  };
}

/**
 * Whether the system meets the drill duty on `asOf`: its next drill is not overdue yet, or, when
 * the duty has no start date, it held one within the last `within_months`. `gap` counts systems
 * with it, so its "drills up to date" figure and this rule's findings agree.
 */
export function drillUpToDate(system: SystemRecord, options: DrillOptions, asOf: IsoDate): boolean {
  const obligation = drillObligation(system, options, asOf);
  // Dated: overdue from the day after the due date.
  if (obligation) return obligation.due >= asOf;
  const last = latestDrill(system, asOf);
  return last !== undefined && last >= addMonths(asOf, -options.within_months);
}

export const drillKind = defineKind({
  kind: 'drill',
  options: drillOptions,
  planKind: 'drill',
  obligations(system, options, { asOf }) {
    const obligation = drillObligation(system, options, asOf);
    return obligation ? [obligation] : [];
  },
  evaluate(system, options, { asOf }) {
    if (drillUpToDate(system, options, asOf)) return [];
    const from = addMonths(asOf, -options.within_months);
    const last = latestDrill(system, asOf);
    return [
      {
        path: system.drills.length > 0 ? ['drills'] : ['id'],
        message:
          last === undefined
            ? localize({ vi: 'chưa diễn tập thực chiến trong {n} tháng qua (từ {from})', en: 'no real-combat drill in the last {n:month|months} (since {from})' }, { n: options.within_months, from })
            : localize(
                { vi: 'chưa diễn tập thực chiến trong {n} tháng qua (lần gần nhất {last})', en: 'no real-combat drill in the last {n:month|months} (last one {last})' },
                { n: options.within_months, last },
              ),
      },
    ];
  },
  describe: (options, lang) => (lang === 'vi' ? `diễn tập trong ${options.within_months} tháng` : `a drill within ${options.within_months} months`),
});
