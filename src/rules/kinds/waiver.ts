// waiver/expired: an exception past its expiry date; the finding it covered counts again.
import { localize } from '../../i18n/lang.js';
import { defineKind } from '../kind.js';

export const waiverKind = defineKind({
  kind: 'waiver',
  options: (z) => z.strictObject({ kind: z.literal('waiver'), when: z.literal('expired').default('expired') }),
  evaluate(system, _options, { asOf }) {
    return system.waivers.flatMap((waiver, index) =>
      waiver.expires < asOf
        ? [
            {
              path: ['waivers', index, 'expires'],
              ...(waiver.layer ? { layer: waiver.layer } : {}),
              message: localize(
                { vi: 'ngoại lệ cho "{rule}" đã hết hạn ngày {d}', en: 'waiver for "{rule}" expired on {d}' },
                { rule: waiver.layer ? `${waiver.rule} (${waiver.layer})` : waiver.rule, d: waiver.expires },
              ),
            },
          ]
        : [],
    );
  },
  describe: (_options, lang) => (lang === 'vi' ? 'ngày hết hạn < ngày đánh giá' : 'expiry before the evaluation date'),
});
