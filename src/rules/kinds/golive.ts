// golive/unconcluded: a system must be concluded secure before it goes into use. The conclusion is
// due on the go-live date (it may be that very day): overdue from the day after.
import { localize } from '../../i18n/lang.js';
import type { SystemRecord } from '../../model/inventory-schema.js';
import { defineKind, type Obligation } from '../kind.js';

function conclusionObligation(system: SystemRecord): Obligation | undefined {
  const goLive = system.go_live;
  const conclusion = system.security_conclusion;
  if (goLive === undefined || (conclusion !== undefined && conclusion <= goLive)) return undefined;
  return {
    kind: 'golive',
    due: goLive,
    detail:
      conclusion === undefined
        ? localize({ vi: 'đưa vào sử dụng ngày {g}; phải được kết luận bảo đảm an toàn thông tin trước đó', en: 'in use from {g}; a security conclusion is needed before that' }, { g: goLive })
        : localize(
            { vi: 'đưa vào sử dụng ngày {g}, trước khi được kết luận bảo đảm an toàn ngày {c}', en: 'went live on {g}, before being concluded secure on {c}' },
            { g: goLive, c: conclusion },
          ),
    path: conclusion === undefined ? ['go_live'] : ['security_conclusion'],
  };
}

export const goliveKind = defineKind({
  kind: 'golive',
  options: (z) => z.strictObject({ kind: z.literal('golive') }),
  planKind: 'golive',
  obligations(system) {
    const obligation = conclusionObligation(system);
    return obligation ? [obligation] : [];
  },
  evaluate(system, _options, { asOf }) {
    const obligation = conclusionObligation(system);
    // Going live today or later: nothing is overdue yet.
    if (obligation === undefined || obligation.due >= asOf) return [];
    const goLive = obligation.due;
    const conclusion = system.security_conclusion;
    return [
      {
        path: conclusion === undefined ? ['go_live'] : ['security_conclusion'],
        message:
          conclusion === undefined
            ? localize(
                { vi: 'đưa vào sử dụng ngày {g} nhưng chưa được kết luận bảo đảm an toàn thông tin', en: 'in use since {g} without a security conclusion' },
                { g: goLive },
              )
            : localize(
                { vi: 'đưa vào sử dụng ngày {g}, trước khi được kết luận bảo đảm an toàn ngày {c}', en: 'went live on {g}, before being concluded secure on {c}' },
                { g: goLive, c: conclusion },
              ),
      },
    ];
  },
  describe: (_options, lang) => (lang === 'vi' ? 'kết luận an toàn ≤ ngày đưa vào sử dụng' : 'security conclusion on or before go-live'),
});
