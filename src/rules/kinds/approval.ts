// approval/missing: an operating system must have an approved security level.
import { localize } from '../../i18n/lang.js';
import { approvedLevel } from '../../model/as-of.js';
import type { SystemRecord } from '../../model/inventory-schema.js';
import type { IsoDate } from '../../util/date.js';
import { defineKind, type Hit } from '../kind.js';

export const approvalKind = defineKind({
  kind: 'approval',
  options: (z) =>
    z.strictObject({
      kind: z.literal('approval'),
      // Current regime: operating systems never leveled have no transition period (Law 116 Art 45 and
      // Decree 331 Art 39 say nothing of them): the duty is overdue from the day the law took effect.
      no_transition_since: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).optional(),
    }),
  evaluate(system, options, { asOf }) {
    const hits = missingApproval(system, asOf);
    const since = options.no_transition_since;
    if (since === undefined || hits.length === 0 || (system.level != null && system.approval !== undefined)) return hits;
    // Under investment before the law: the transition/investment-* rules set its deadline instead.
    if (system.investment_start !== undefined && system.investment_start < since) return [];
    const hit = hits[0]!;
    return [
      {
        ...hit,
        due: since,
        message: localize(
          {
            vi: '{m}; hệ thống đang vận hành chưa xác định cấp độ không có thời gian chuyển tiếp: quá hạn từ {d}',
            en: '{m}; an operating system never leveled has no transition period: overdue since {d}',
          },
          { m: hit.message, d: since },
        ),
      },
    ];
  },
  describe: (options, lang) =>
    (lang === 'vi' ? 'có cấp độ được phê duyệt' : 'has an approved level') +
    (options.no_transition_since === undefined ? '' : lang === 'vi' ? `; quá hạn từ ${options.no_transition_since}` : `; overdue since ${options.no_transition_since}`),
});

function missingApproval(system: SystemRecord, asOf: IsoDate): Hit[] {
  if (approvedLevel(system, asOf) !== null) return [];
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
