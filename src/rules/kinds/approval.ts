// approval/missing: a system must have an approved security level before it goes into use. With a
// `go_live` date the approval is due on that day (overdue from the next); a system in use with no
// known go-live date is overdue without a date. Under the current regime (`no_transition_since`),
// a system operating before the law and never leveled has no transition period (Law 116 Art 45 and
// Decree 331 Art 39 say nothing of it): with no go-live date, the duty is overdue from the day the
// law took effect; a system under investment before then is left to the transition/investment-* rules.
import { joined, localize, type Localized } from '../../i18n/lang.js';
import { approvedLevel } from '../../model/as-of.js';
import type { SystemRecord } from '../../model/inventory-schema.js';
import { addDays, type IsoDate } from '../../util/date.js';
import { defineKind, type Hit, type Obligation } from '../kind.js';

function stateText(system: SystemRecord): Localized {
  return system.level != null && system.approval !== undefined
    ? localize({ vi: 'chỉ được phê duyệt ngày {d}, sau ngày đánh giá', en: 'approved only on {d}, after the evaluation date' }, { d: system.approval.date })
    : system.proposed_level !== undefined
      ? localize({ vi: 'hồ sơ đề xuất cấp độ {p} đang chờ', en: 'level {p} proposed, awaiting approval' }, { p: system.proposed_level })
      : { vi: 'chưa có hồ sơ đề xuất cấp độ', en: 'no level proposed yet' };
}

interface ApprovalOptions {
  kind: 'approval';
  no_transition_since?: IsoDate;
}

/** Under investment before the law: not this rule's (transition/investment-*). */
function investmentCohort(system: SystemRecord, options: ApprovalOptions): boolean {
  const since = options.no_transition_since;
  return since !== undefined && system.investment_start !== undefined && system.investment_start < since;
}

function approvalObligation(system: SystemRecord, asOf: IsoDate, options: ApprovalOptions): Obligation | undefined {
  if (approvedLevel(system, asOf) !== null) return undefined;
  const since = options.no_transition_since;
  if (since !== undefined && system.go_live === undefined) {
    const state = stateText(system);
    const why = localize(
      { vi: 'không có thời gian chuyển tiếp: phải có cấp độ trước {d}', en: 'no transition period: a level was needed before {d}' },
      { d: since },
    );
    return { kind: 'approval', due: addDays(since, -1), detail: joined('; ', state, why), path: system.go_live === undefined ? ['id'] : ['go_live'] };
  }
  if (system.go_live === undefined) return undefined;
  const state = stateText(system);
  const why = localize({ vi: 'đưa vào sử dụng ngày {d}; phải được phê duyệt trước đó', en: 'in use from {d}; approval is needed before that' }, { d: system.go_live });
  return { kind: 'approval', due: system.go_live, detail: joined('; ', state, why), path: ['go_live'] };
}

export const approvalKind = defineKind({
  kind: 'approval',
  options: (z) =>
    z.strictObject({
      kind: z.literal('approval'),
      no_transition_since: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).optional(),
    }),
  planKind: 'approval',
  obligations(system, options, { asOf }) {
    if (investmentCohort(system, options)) return [];
    const obligation = approvalObligation(system, asOf, options);
    return obligation ? [obligation] : [];
  },
  evaluate(system, options, { asOf }) {
    const hits = missingApproval(system, options, asOf);
    const since = options.no_transition_since;
    if (since === undefined || hits.length === 0 || (system.level != null && system.approval !== undefined)) return hits;
    // A system that went live after the law is a new system: its approval was due on go-live.
    if (system.go_live !== undefined && system.go_live >= since) return hits;
    return hits.map((hit) => ({
      ...hit,
      message: localize(
        {
          vi: '{m}; hệ thống đang vận hành chưa xác định cấp độ không có thời gian chuyển tiếp (quá hạn từ {d})',
          en: '{m}; an operating system never leveled has no transition period (overdue since {d})',
        },
        { m: hit.message, d: since },
      ),
    }));
  },
  describe: (options, lang) =>
    (lang === 'vi' ? 'có cấp độ được phê duyệt' : 'has an approved level') +
    (options.no_transition_since === undefined ? '' : lang === 'vi' ? `; không chuyển tiếp từ ${options.no_transition_since}` : `; no transition from ${options.no_transition_since}`),
});

function missingApproval(system: SystemRecord, options: ApprovalOptions, asOf: IsoDate): Hit[] {
  if (investmentCohort(system, options)) return [];
  if (approvedLevel(system, asOf) !== null) return [];
  // Not yet in use on D (go-live today or later): the approval is not overdue yet.
  const obligation = approvalObligation(system, asOf, options);
  if (obligation !== undefined && obligation.due >= asOf) return [];
  if (system.level != null && system.approval !== undefined) {
    return [
      {
        path: ['approval', 'date'],
        message: localize(
          { vi: 'cấp độ chỉ được phê duyệt ngày {date}, sau ngày đánh giá', en: 'level approved only on {date}, after the evaluation date' },
          { date: system.approval.date },
        ),
      },
    ];
  }
  const proposed = system.proposed_level;
  return [
    {
      path: proposed === undefined ? ['id'] : ['proposed_level'],
      message:
        proposed === undefined
          ? { vi: 'chưa được phê duyệt cấp độ, chưa có cấp độ đề xuất', en: 'no approved security level and no proposed level' }
          : localize(
              { vi: 'chưa được phê duyệt cấp độ (hồ sơ đề xuất cấp độ {level} đang chờ)', en: 'no approved security level (level {level} proposed, awaiting approval)' },
              { level: proposed },
            ),
    },
  ];
}
