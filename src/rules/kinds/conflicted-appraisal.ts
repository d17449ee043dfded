// approval/conflicted-appraisal: the dedicated cybersecurity unit appraised a dossier of a system it
// also operates; the appraisal must come from a subordinate unit assigned by the owner or an
// independent council (Decree 331 Art 18.4; Circular 12/2022 Art 6). At levels 4–5 the ministry
// appraises, so only levels 1–3 (or a level not yet known) are concerned.
import { CONFLICT_APPRAISER } from '../../classify/authority.js';
import { conflictedAppraisal } from '../../classify/system.js';
import { localize } from '../../i18n/lang.js';
import { approvedLevel } from '../../model/as-of.js';
import { defineKind } from '../kind.js';
import { CRITERIA_CHOICES } from './classification-level.js';

export const conflictedAppraisalKind = defineKind({
  kind: 'conflicted-appraisal',
  options: (z) =>
    z.strictObject({
      kind: z.literal('conflicted-appraisal'),
      criteria: z.enum(CRITERIA_CHOICES),
      /** The owner's dedicated unit, when dossiers do not name who appraised them (`appraised_by`). */
      dedicated_unit: z.string().trim().min(1).optional(),
    }),
  evaluate(system, options, { asOf }) {
    if (!conflictedAppraisal(system, asOf, options.dedicated_unit)) return [];
    const level = approvedLevel(system, asOf) ?? system.proposed_level ?? null;
    // Levels 4–5, and level 3 on the national-security-critical list, are appraised by the ministry.
    if (level !== null && level > 3) return [];
    if (options.criteria === 'current' && system.classification?.national_security_critical === true) return [];
    const unit = system.dossier?.appraised_by ?? options.dedicated_unit ?? '';
    const who = CONFLICT_APPRAISER[options.criteria];
    return [
      {
        path: ['dossier', 'appraiser'],
        message: localize(
          {
            vi: 'hồ sơ đề xuất cấp độ do đơn vị chuyên trách ({unit}) thẩm định trong khi đơn vị này đồng thời vận hành hệ thống; việc thẩm định phải do {wvi} thực hiện',
            en: 'the level dossier was appraised by the dedicated unit ({unit}), which also operates the system; it must be appraised by {wen}',
          },
          { unit, wvi: who.vi.charAt(0).toLowerCase() + who.vi.slice(1), wen: who.en },
        ),
      },
    ];
  },
  describe: (_options, lang) =>
    lang === 'vi' ? 'đơn vị chuyên trách vận hành hệ thống thì không tự thẩm định' : 'a dedicated unit that operates the system does not appraise it',
});
