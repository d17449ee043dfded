// classification/under-level: the judged level (approved on or before D, else proposed) is below
// the minimum the known facts require under the criteria it is held to. A level approved under
// the legacy regime is held to the legacy criteria (Law 116 Art 45.1).
import { cite } from '../../classify/citation.js';
import { classifySystem, judgedLevelText } from '../../classify/system.js';
import { localize } from '../../i18n/lang.js';
import { defineKind } from '../kind.js';

export const CRITERIA_CHOICES = ['legacy', 'current'] as const;

export const classificationLevelKind = defineKind({
  kind: 'classification-level',
  options: (z) => z.strictObject({ kind: z.literal('classification-level'), criteria: z.enum(CRITERIA_CHOICES) }),
  evaluate(system, options, { asOf }) {
    if (system.classification === undefined) return [];
    const c = classifySystem(system, asOf, options.criteria);
    const deciding = c.judged.deciding;
    if (!c.underLevel || deciding === undefined) return [];
    const legacyNote =
      c.judged.criteria !== options.criteria
        ? { vi: '; cấp độ được phê duyệt theo chế độ cũ nên đối chiếu theo tiêu chí cũ', en: '; approved under the legacy regime, so judged by its criteria' }
        : { vi: '', en: '' };
    return [
      {
        path: c.approvedLevel !== null ? ['level'] : ['proposed_level'],
        message: localize(
          {
            vi: '{judged}, thấp hơn cấp độ tối thiểu là cấp độ {min} theo {bvi} ({tvi}){note}',
            en: '{judged} is below the minimum level {min} required by {ben} ({ten}){note}',
          },
          { judged: judgedLevelText(c), min: c.judged.minimumLevel ?? '—', bvi: cite(deciding.basis, 'vi'), ben: cite(deciding.basis, 'en'), tvi: deciding.text.vi, ten: deciding.text.en, note: legacyNote },
        ),
      },
    ];
  },
  describe: (options, lang) =>
    lang === 'vi'
      ? `cấp độ ≥ cấp độ tối thiểu theo tiêu chí (${options.criteria === 'current' ? 'Nghị định 331/2026' : 'Nghị định 85/2016'})`
      : `level ≥ the minimum of the criteria (${options.criteria === 'current' ? 'Decree 331/2026' : 'Decree 85/2016'})`,
});
