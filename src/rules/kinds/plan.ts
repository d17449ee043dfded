// plan/not-deployed: an approved system must have its protection plan deployed.
import { localize } from '../../i18n/lang.js';
import { approvedLevel } from '../../model/as-of.js';
import { PLAN_STATES } from '../../model/vocabulary.js';
import { defineKind } from '../kind.js';

const PLAN_NAMES: Record<(typeof PLAN_STATES)[number], { vi: string; en: string }> = {
  none: { vi: 'chưa có', en: 'none' },
  drafted: { vi: 'mới dự thảo', en: 'drafted' },
  approved: { vi: 'đã phê duyệt, chưa triển khai', en: 'approved, not deployed' },
  partially_deployed: { vi: 'đã triển khai một số hạng mục', en: 'partially deployed' },
  deployed: { vi: 'đã triển khai', en: 'deployed' },
};

export const planKind = defineKind({
  kind: 'plan',
  options: (z) => z.strictObject({ kind: z.literal('plan'), required: z.enum(PLAN_STATES).default('deployed') }),
  evaluate(system, options, { asOf }) {
    if (approvedLevel(system, asOf) === null) return [];
    const order = PLAN_STATES.indexOf(system.protection_plan);
    if (order >= PLAN_STATES.indexOf(options.required)) return [];
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
