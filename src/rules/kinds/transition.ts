// transition/*: a level approved under the old law (Law 86/2015) stays valid, but the system must
// meet the new law's measures within 12 months of the day Law 116/2025 took effect (Law 116 Art 45.1;
// Decree 331 Art 39.1 for systems under investment). Proof is a dated `transition_review`.
// `when: due` reports while the deadline is ahead (warning), `when: overdue` once it has passed.
// The cohort: approval dated before `law_start`, or a system under investment before `law_start`
// approved (under Decree 85) by `investment_deadline`.
import { localize, type Localized } from '../../i18n/lang.js';
import { approvedLevel } from '../../model/as-of.js';
import type { SystemRecord } from '../../model/inventory-schema.js';
import { addDays, type IsoDate } from '../../util/date.js';
import { defineKind } from '../kind.js';
import { isoDateOption } from './options.js';

export interface TransitionOptions {
  kind: 'transition';
  when: 'due' | 'overdue';
  law_start: IsoDate;
  deadline: IsoDate;
  investment_deadline: IsoDate;
}

/** Why the system is in the transition cohort, or undefined when it is not. */
function cohort(system: SystemRecord, options: TransitionOptions, asOf: IsoDate): Localized | undefined {
  if (approvedLevel(system, asOf) === null || system.approval === undefined) return undefined;
  const approved = system.approval.date;
  if (approved < options.law_start) {
    return localize({ vi: 'cấp độ phê duyệt theo Luật 86/2015 ngày {d}', en: 'level approved under Law 86/2015 on {d}' }, { d: approved });
  }
  if (system.investment_start !== undefined && system.investment_start < options.law_start && approved <= options.investment_deadline) {
    return localize(
      { vi: 'đầu tư từ {s}, cấp độ phê duyệt theo Nghị định 85/2016 ngày {d}', en: 'under investment since {s}, level approved under Decree 85/2016 on {d}' },
      { s: system.investment_start, d: approved },
    );
  }
  return undefined;
}

export const transitionKind = defineKind({
  kind: 'transition',
  planKind: 'transition',
  options: (z) =>
    z.strictObject({
      kind: z.literal('transition'),
      when: z.enum(['due', 'overdue']),
      law_start: isoDateOption(z),
      deadline: isoDateOption(z),
      investment_deadline: isoDateOption(z),
    }),
  evaluate(system, options, { asOf }) {
    const why = cohort(system, options, asOf);
    if (!why) return [];
    const review = system.transition_review;
    if (review !== undefined && review.date <= asOf) return [];
    const overdue = options.deadline < asOf;
    if (overdue !== (options.when === 'overdue')) return [];
    // The deadline is the last day on time: overdue from the day after.
    const params = { due: options.deadline, since: addDays(options.deadline, 1), why };
    return [
      {
        path: ['approval', 'date'],
        due: options.deadline,
        message: overdue
          ? localize(
              {
                vi: 'quá hạn từ {since}: chưa rà soát, triển khai phương án theo yêu cầu của Luật An ninh mạng 2025 ({why}; chưa có transition_review)',
                en: 'overdue since {since}: protection plan not reviewed and deployed against the Law on Cybersecurity 2025 ({why}; no transition_review)',
              },
              params,
            )
          : localize(
              {
                vi: 'đến {due} phải rà soát, triển khai phương án theo yêu cầu của Luật An ninh mạng 2025 ({why}; chưa có transition_review)',
                en: 'by {due} the protection plan must be reviewed and deployed against the Law on Cybersecurity 2025 ({why}; no transition_review yet)',
              },
              params,
            ),
      },
    ];
  },
  obligations(system, options, { asOf }) {
    const why = cohort(system, options, asOf);
    const review = system.transition_review;
    if (!why || (review !== undefined && review.date <= asOf) || options.when !== 'overdue') return [];
    return [{ kind: 'transition', due: options.deadline, detail: why, path: ['approval', 'date'] }];
  },
  describe: (options, lang) =>
    lang === 'vi'
      ? `transition_review trước ${options.deadline} (${options.when === 'due' ? 'sắp đến hạn' : 'quá hạn'})`
      : `transition_review by ${options.deadline} (${options.when === 'due' ? 'still due' : 'overdue'})`,
});
