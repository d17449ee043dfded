// golive/unconcluded: a system must be concluded secure before it goes into use.
import { localize } from '../../i18n/lang.js';
import { defineKind } from '../kind.js';

export const goliveKind = defineKind({
  kind: 'golive',
  options: (z) => z.strictObject({ kind: z.literal('golive') }),
  evaluate(system, _options, { asOf }) {
    const goLive = system.go_live;
    // Not yet in use on the evaluation date: nothing to conclude yet.
    if (goLive === undefined || goLive > asOf) return [];
    const conclusion = system.security_conclusion;
    if (conclusion !== undefined && conclusion <= goLive) return [];
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
