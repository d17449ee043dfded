// dossier/*: time limits of the level-dossier procedure in working days (Decree 331 Art 23.3, 24.2):
// appraisal within 15 working days (level 3) or 25 (levels 4–5) of receiving the complete dossier
// (`step: appraisal`, from `dossier.submitted`); approval within 7 working days of receiving the
// approval file (`step: approval`, from `dossier.appraised`, the nearest recorded date). They bind
// the appraising and approving bodies, so a passed limit is for information; `plan` shows the dates.
import { joined, localize, type Localized } from '../../i18n/lang.js';
import type { SystemRecord } from '../../model/inventory-schema.js';
import type { IsoDate } from '../../util/date.js';
import { addWorkingDays } from '../../util/working-days.js';
import { defineKind } from '../kind.js';

interface DossierOptions {
  kind: 'dossier';
  step: 'appraisal' | 'approval';
  working_days: Partial<Record<'1' | '2' | '3' | '4' | '5', number>>;
}

interface Step {
  due: IsoDate;
  from: IsoDate;
  days: number;
  level: number;
}

function step(system: SystemRecord, options: DossierOptions, asOf: IsoDate, holidays: ReadonlySet<IsoDate>): Step | undefined {
  const dossier = system.dossier;
  const level = system.proposed_level ?? system.level ?? undefined;
  if (!dossier || dossier.submitted === undefined || dossier.submitted > asOf || level == null) return undefined;
  const days = options.working_days[String(level) as '1'];
  if (days === undefined) return undefined;
  if (options.step === 'appraisal') {
    if (dossier.status !== 'sent_for_appraisal' || (dossier.appraised !== undefined && dossier.appraised <= asOf)) return undefined;
    return { due: addWorkingDays(dossier.submitted, days, holidays), from: dossier.submitted, days, level };
  }
  if (dossier.status !== 'appraised' || dossier.appraised === undefined || dossier.appraised > asOf) return undefined;
  return { due: addWorkingDays(dossier.appraised, days, holidays), from: dossier.appraised, days, level };
}

const TITLES: Record<DossierOptions['step'], Localized> = {
  appraisal: { vi: 'Thẩm định hồ sơ đề xuất cấp độ', en: 'Appraisal of the level dossier' },
  approval: { vi: 'Phê duyệt hồ sơ đề xuất cấp độ', en: 'Approval of the level dossier' },
};

const detail = (s: Step, which: DossierOptions['step']): Localized =>
  localize(
    which === 'appraisal'
      ? { vi: 'cấp độ {l}: {n} ngày làm việc kể từ ngày nhận hồ sơ {f}', en: 'level {l}: {n} working days from receipt of the dossier on {f}' }
      : { vi: 'cấp độ {l}: {n} ngày làm việc kể từ ngày thẩm định {f}', en: 'level {l}: {n} working days from the appraisal on {f}' },
    { l: s.level, n: s.days, f: s.from },
  );

export const dossierKind = defineKind({
  kind: 'dossier',
  planKind: 'dossier',
  options: (z) => {
    const days = z.number().int().positive().max(365).optional();
    return z.strictObject({
      kind: z.literal('dossier'),
      step: z.enum(['appraisal', 'approval']),
      working_days: z.strictObject({ 1: days, 2: days, 3: days, 4: days, 5: days }),
    });
  },
  evaluate(system, options, { asOf, holidays }) {
    const s = step(system, options as DossierOptions, asOf, holidays ?? new Set());
    if (!s || s.due >= asOf) return [];
    return [
      {
        path: ['dossier', options.step === 'appraisal' ? 'submitted' : 'appraised'],
        due: s.due,
        message: localize(
          options.step === 'appraisal'
            ? { vi: 'quá thời hạn thẩm định {due} ({d}); hồ sơ vẫn đang chờ thẩm định', en: 'appraisal time limit passed on {due} ({d}); the dossier still awaits appraisal' }
            : { vi: 'quá thời hạn phê duyệt {due} ({d}); hồ sơ đã thẩm định vẫn chờ phê duyệt', en: 'approval time limit passed on {due} ({d}); the appraised dossier still awaits approval' },
          { due: s.due, d: detail(s, options.step) },
        ),
      },
    ];
  },
  obligations(system, options, { asOf, holidays }) {
    const s = step(system, options as DossierOptions, asOf, holidays ?? new Set());
    if (!s) return [];
    const d = detail(s, options.step);
    return [{ kind: 'dossier', due: s.due, subject: options.step, detail: joined(': ', TITLES[options.step], d), path: ['dossier', 'submitted'] }];
  },
  describe: (options, lang) => {
    const list = Object.entries(options.working_days).map(([level, n]) => (lang === 'vi' ? `cấp ${level}: ${n}` : `level ${level}: ${n}`)).join(', ');
    return lang === 'vi'
      ? `${options.step === 'appraisal' ? 'thẩm định' : 'phê duyệt'} trong số ngày làm việc (${list})`
      : `${options.step} within working days (${list})`;
  },
});
