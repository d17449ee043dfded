// classification/current-higher: a level approved under the legacy regime stays valid (Law 116
// Art 45.1), but the current criteria require more; the level is re-determined on the next change.
import { cite } from '../../classify/citation.js';
import { classifySystem } from '../../classify/system.js';
import { displayDate, localize } from '../../i18n/lang.js';
import { defineKind } from '../kind.js';

export const classificationCurrentHigherKind = defineKind({
  kind: 'classification-current-higher',
  options: (z) => z.strictObject({ kind: z.literal('classification-current-higher') }),
  evaluate(system, _options, { asOf }) {
    if (system.classification === undefined) return [];
    const c = classifySystem(system, asOf, 'current');
    const deciding = c.result.matched[0];
    if (!c.currentHigher || deciding === undefined || system.approval === undefined) return [];
    const d = system.approval.date;
    return [
      {
        path: ['level'],
        message: localize(
          {
            vi: 'cấp độ {level} phê duyệt ngày {dvi} theo tiêu chí của Nghị định số 85/2016/NĐ-CP (tối thiểu {legacy}){wvi}, nhưng theo {bvi} tối thiểu là cấp độ {current}; xác định lại cấp độ khi hệ thống thay đổi (Điều 25 Nghị định số 331/2026/NĐ-CP)',
            en: 'level {level} approved on {d} by the Decree 85/2016 criteria (minimum {legacy}){wen}, but {ben} requires at least level {current}; re-determine the level on the next change of the system (Decree 331 Art 25)',
          },
          {
            level: c.approvedLevel ?? '—',
            wvi: c.judged.reason === 'art45' ? ' tiếp tục có hiệu lực (khoản 1 Điều 45 Luật An ninh mạng số 116/2025/QH15)' : c.judged.reason === 'interim' ? ' trong giai đoạn chuyển tiếp (cách hiểu tạm thời)' : '',
            wen: c.judged.reason === 'art45' ? ' stays valid (Law 116 Art 45.1)' : c.judged.reason === 'interim' ? ' in the interim window (provisional reading)' : '',
            dvi: displayDate(d, 'vi'),
            d,
            legacy: c.judged.minimumLevel ?? '—',
            current: c.result.minimumLevel ?? '—',
            bvi: cite(deciding.basis, 'vi'),
            ben: cite(deciding.basis, 'en'),
          },
        ),
      },
    ];
  },
  describe: (_options, lang) => (lang === 'vi' ? 'cấp độ phê duyệt theo chế độ cũ ≥ tối thiểu theo Nghị định 331/2026' : 'legacy-approved level ≥ the Decree 331/2026 minimum'),
});
