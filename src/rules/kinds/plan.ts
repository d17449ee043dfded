// plan/not-deployed: the protection plan must be deployed before the system goes into use, and at
// the latest on the day its level is approved for a system already in use. Due on the later of the
// approval date (approved on D) and `go_live`; a system not yet approved is due on `go_live` alone
// (with neither, the missing approval is the finding).
import { joined, localize, type Localized } from '../../i18n/lang.js';
import { approvedLevel } from '../../model/as-of.js';
import type { SystemRecord } from '../../model/inventory-schema.js';
import { PLAN_STATES } from '../../model/vocabulary.js';
import { maxDate, type IsoDate } from '../../util/date.js';
import { defineKind, type Obligation } from '../kind.js';

const PLAN_NAMES: Record<(typeof PLAN_STATES)[number], { vi: string; en: string }> = {
  none: { vi: 'chưa có', en: 'none' },
  drafted: { vi: 'mới dự thảo', en: 'drafted' },
  approved: { vi: 'đã phê duyệt, chưa triển khai', en: 'approved, not deployed' },
  partially_deployed: { vi: 'đã triển khai một số hạng mục', en: 'partially deployed' },
  deployed: { vi: 'đã triển khai', en: 'deployed' },
};

type Required = (typeof PLAN_STATES)[number];

function planObligation(system: SystemRecord, required: Required, asOf: IsoDate): Obligation | undefined {
  if (PLAN_STATES.indexOf(system.protection_plan) >= PLAN_STATES.indexOf(required)) return undefined;
  const approval = approvedLevel(system, asOf) !== null ? system.approval?.date : undefined;
  const goLive = system.go_live;
  const due = maxDate([approval, goLive].filter((d): d is IsoDate => d !== undefined));
  if (due === undefined) return undefined;
  const why: Localized =
    due === goLive
      ? localize({ vi: 'đưa vào sử dụng ngày {d}; phải triển khai trước đó', en: 'in use from {d}; deploy it before then' }, { d: due })
      : localize({ vi: 'cấp độ được phê duyệt ngày {d}; cần triển khai ngay', en: 'level approved on {d}; deploy without delay' }, { d: due });
  const state = localize({ vi: 'phương án: {vi}', en: 'protection plan: {en}' }, { ...PLAN_NAMES[system.protection_plan] });
  return { kind: 'plan', due, detail: joined('; ', state, why), path: ['protection_plan'] };
}

export const planKind = defineKind({
  kind: 'plan',
  options: (z) => z.strictObject({ kind: z.literal('plan'), required: z.enum(PLAN_STATES).default('deployed') }),
  planKind: 'plan',
  obligations(system, options, { asOf }) {
    const obligation = planObligation(system, options.required, asOf);
    return obligation ? [obligation] : [];
  },
  evaluate(system, options, { asOf }) {
    const obligation = planObligation(system, options.required, asOf);
    if (obligation === undefined || obligation.due >= asOf) return [];
    const state = PLAN_NAMES[system.protection_plan];
    return [
      {
        path: ['protection_plan'],
        message: localize(
          { vi: 'phương án bảo đảm an toàn thông tin chưa được triển khai (hiện trạng: {vi})', en: 'protection plan not deployed (current state: {en})' },
          state,
        ),
      },
    ];
  },
  describe: (options, lang) =>
    lang === 'vi' ? `phương án ở trạng thái ${options.required}` : `protection plan is ${options.required}`,
});
