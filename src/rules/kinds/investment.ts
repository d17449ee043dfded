// investment/*: a system under investment or construction before Law 116/2025 took effect must have
// its level appraised and approved under Decree 85/2016 within 6 months: by 2026-12-31 (Decree 331
// Art 39.1, first sentence; 2026-07-01 counted as day one, current-law.md §A.4).
// `when: due` while the deadline is ahead (warning), `when: overdue` once it has passed (error).
import { localize } from '../../i18n/lang.js';
import { approvedLevel } from '../../model/as-of.js';
import type { SystemRecord } from '../../model/inventory-schema.js';
import { addDays, type IsoDate } from '../../util/date.js';
import { defineKind } from '../kind.js';
import { isoDateOption } from './options.js';

function inCohort(system: SystemRecord, lawStart: IsoDate, asOf: IsoDate): boolean {
  return system.investment_start !== undefined && system.investment_start < lawStart && system.investment_start <= asOf && approvedLevel(system, asOf) === null;
}

export const investmentKind = defineKind({
  kind: 'investment',
  planKind: 'approval',
  options: (z) =>
    z.strictObject({
      kind: z.literal('investment'),
      when: z.enum(['due', 'overdue']),
      law_start: isoDateOption(z),
      deadline: isoDateOption(z),
    }),
  evaluate(system, options, { asOf }) {
    if (!inCohort(system, options.law_start, asOf)) return [];
    const overdue = options.deadline < asOf;
    if (overdue !== (options.when === 'overdue')) return [];
    // The deadline is the last day on time: overdue from the day after.
    const params = { due: options.deadline, since: addDays(options.deadline, 1), s: system.investment_start };
    return [
      {
        path: ['investment_start'],
        due: options.deadline,
        message: overdue
          ? localize(
              { vi: 'quá hạn từ {since}: hệ thống đầu tư từ {s} chưa được thẩm định, phê duyệt cấp độ', en: 'overdue since {since}: system under investment since {s} has no approved level' },
              params,
            )
          : localize(
              { vi: 'hệ thống đầu tư từ {s} phải được thẩm định, phê duyệt cấp độ theo Nghị định 85/2016 đến hết {due}', en: 'system under investment since {s} must have its level appraised and approved under Decree 85/2016 by {due}' },
              params,
            ),
      },
    ];
  },
  obligations(system, options, { asOf }) {
    if (!inCohort(system, options.law_start, asOf) || options.when !== 'overdue') return [];
    return [
      {
        kind: 'approval',
        due: options.deadline,
        detail: localize({ vi: 'đầu tư từ {s}; trong 6 tháng kể từ {l}', en: 'under investment since {s}; within 6 months of {l}' }, { s: system.investment_start, l: options.law_start }),
        path: ['investment_start'],
      },
    ];
  },
  describe: (options, lang) =>
    lang === 'vi'
      ? `đầu tư trước ${options.law_start}: phê duyệt cấp độ đến ${options.deadline}`
      : `under investment before ${options.law_start}: level approved by ${options.deadline}`,
});
