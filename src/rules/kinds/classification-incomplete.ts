// classification/incomplete: a system with a `classification:` mapping lacks facts that could raise
// its minimum level (only the facts that can decide a system of its type count).
import { missingFacts, classifyFacts } from '../../classify/evaluate.js';
import { FACT_NAMES } from '../../classify/messages.js';
import { localize } from '../../i18n/lang.js';
import { defineKind } from '../kind.js';
import { CRITERIA_CHOICES } from './classification-level.js';

export const classificationIncompleteKind = defineKind({
  kind: 'classification-incomplete',
  options: (z) => z.strictObject({ kind: z.literal('classification-incomplete'), criteria: z.enum(CRITERIA_CHOICES) }),
  evaluate(system, options) {
    if (system.classification === undefined) return [];
    const missing = missingFacts(classifyFacts(system.classification, options.criteria));
    if (!missing) return [];
    return [
      {
        path: ['classification'],
        message: localize(
          { vi: 'thiếu dữ kiện có thể nâng cấp độ (tới cấp độ {n}): {vi}', en: 'facts that could raise the level are unknown (up to level {n}): {en}' },
          {
            n: missing.upTo,
            vi: missing.facts.map((f) => `${f} (${FACT_NAMES[f].vi})`).join(', '),
            en: missing.facts.join(', '),
          },
        ),
      },
    ];
  },
  describe: (_options, lang) => (lang === 'vi' ? 'đủ dữ kiện để xác định cấp độ' : 'facts enough to settle the level'),
});
