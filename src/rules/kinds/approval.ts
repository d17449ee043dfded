// approval/missing: a system must have an approved security level before it goes into use. With a
// `go_live` date the approval is due on that day (overdue from the next); a system in use with no
// known go-live date is overdue without a date.
import { localize, type Localized } from '../../i18n/lang.js';
import { approvedLevel } from '../../model/as-of.js';
import type { SystemRecord } from '../../model/inventory-schema.js';
import type { IsoDate } from '../../util/date.js';
import { defineKind, type Obligation } from '../kind.js';

function stateText(system: SystemRecord): Localized {
  return system.level != null && system.approval !== undefined
    ? localize({ vi: 'chỉ được phê duyệt ngày {d}, sau ngày đánh giá', en: 'approved only on {d}, after the evaluation date' }, { d: system.approval.date })
    : system.proposed_level !== undefined
      ? localize({ vi: 'hồ sơ đề xuất cấp độ {p} đang chờ', en: 'level {p} proposed, awaiting approval' }, { p: system.proposed_level })
      : { vi: 'chưa có hồ sơ đề xuất cấp độ', en: 'no level proposed yet' };
}

function approvalObligation(system: SystemRecord, asOf: IsoDate): Obligation | undefined {
  if (approvedLevel(system, asOf) !== null || system.go_live === undefined) return undefined;
  const state = stateText(system);
  const why = localize({ vi: 'đưa vào sử dụng ngày {d}; phải được phê duyệt trước đó', en: 'in use from {d}; approval is needed before that' }, { d: system.go_live });
  return { kind: 'approval', due: system.go_live, detail: { vi: `${state.vi}; ${why.vi}`, en: `${state.en}; ${why.en}` }, path: ['go_live'] };
}

export const approvalKind = defineKind({
  kind: 'approval',
  options: (z) => z.strictObject({ kind: z.literal('approval') }),
  planKind: 'approval',
  obligations(system, _options, { asOf }) {
    const obligation = approvalObligation(system, asOf);
    return obligation ? [obligation] : [];
  },
  evaluate(system, _options, { asOf }) {
    if (approvedLevel(system, asOf) !== null) return [];
    // Not yet in use on D (go-live today or later): the approval is not overdue yet.
    const obligation = approvalObligation(system, asOf);
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
  },
  describe: (_options, lang) => (lang === 'vi' ? 'có cấp độ được phê duyệt' : 'has an approved level'),
});
