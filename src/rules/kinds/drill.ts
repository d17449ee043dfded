// drill/missing: a real-combat drill within the last `within_months` months (the evaluation day included).
import { localize } from '../../i18n/lang.js';
import { latestDrill } from '../../model/as-of.js';
import { addMonths } from '../../util/date.js';
import { defineKind } from '../kind.js';

export const drillKind = defineKind({
  kind: 'drill',
  options: (z) => z.strictObject({ kind: z.literal('drill'), within_months: z.number().int().positive().max(120).default(12) }),
  evaluate(system, options, { asOf }) {
    const from = addMonths(asOf, -options.within_months);
    const last = latestDrill(system, asOf);
    if (last !== undefined && last >= from) return [];
    return [
      {
        path: system.drills.length > 0 ? ['drills'] : ['id'],
        message:
          last === undefined
            ? localize({ vi: 'chưa diễn tập thực chiến trong {n} tháng qua (từ {from})', en: 'no real-combat drill in the last {n} months (since {from})' }, { n: options.within_months, from })
            : localize(
                { vi: 'chưa diễn tập thực chiến trong {n} tháng qua (lần gần nhất {last})', en: 'no real-combat drill in the last {n} months (last one {last})' },
                { n: options.within_months, last },
              ),
      },
    ];
  },
  describe: (options, lang) => (lang === 'vi' ? `diễn tập trong ${options.within_months} tháng` : `a drill within ${options.within_months} months`),
});
