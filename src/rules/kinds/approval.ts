// approval/missing: an operating system must have an approved security level.
import { localize } from '../../i18n/lang.js';
import { approvedLevel } from '../../model/as-of.js';
import { defineKind } from '../kind.js';

export const approvalKind = defineKind({
  kind: 'approval',
  options: (z) => z.strictObject({ kind: z.literal('approval') }),
  evaluate(system, _options, { asOf }) {
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
  },
  describe: (_options, lang) => (lang === 'vi' ? 'có cấp độ được phê duyệt' : 'has an approved level'),
});
