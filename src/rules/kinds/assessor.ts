// assessor/*: who did the periodic assessment (Decree 331 Art 31.2.c). A self-assessment counts only
// when done by a unit independent of the operator: an audit by the operator itself does not count
// (`when: self-assessed`). Level 5 and national-security-critical systems need a licensed
// professional organisation (`when: not-licensed`, scoped with applies_to.levels).
// Only audits dated from `from` (the decree's start) are judged; earlier ones were legacy audits.
import { localize } from '../../i18n/lang.js';
import type { SystemRecord } from '../../model/inventory-schema.js';
import type { IsoDate } from '../../util/date.js';
import { defineKind } from '../kind.js';
import { isoDateOption } from './options.js';

/** The latest periodic audit on or before `asOf` (pre-operation assessments are not periodic). */
export function latestPeriodicAudit(system: SystemRecord, asOf: IsoDate): { index: number; date: IsoDate } | undefined {
  let best: { index: number; date: IsoDate } | undefined;
  system.audits.forEach((a, index) => {
    if (a.kind === 'pre_operation' || a.date > asOf) return;
    if (!best || a.date >= best.date) best = { index, date: a.date };
  });
  return best;
}

export const assessorKind = defineKind({
  kind: 'assessor',
  options: (z) =>
    z.strictObject({
      kind: z.literal('assessor'),
      when: z.enum(['self-assessed', 'not-licensed']),
      from: isoDateOption(z),
    }),
  evaluate(system, options, { asOf }) {
    const latest = latestPeriodicAudit(system, asOf);
    if (!latest || latest.date < options.from) return [];
    const audit = system.audits[latest.index]!;
    const params = { d: audit.date, by: audit.by ?? '—' };
    if (options.when === 'self-assessed') {
      if (audit.assessor !== 'operator') return [];
      return [
        {
          path: ['audits', latest.index, 'assessor'],
          message: localize(
            {
              vi: 'lần kiểm tra, đánh giá định kỳ gần nhất ({d}, {by}) do chính đơn vị vận hành thực hiện: không được tính; phải do đơn vị độc lập với đơn vị vận hành',
              en: 'the latest periodic assessment ({d}, {by}) was done by the operator itself: it does not count; it must be done by a unit independent of the operator',
            },
            params,
          ),
        },
      ];
    }
    if (audit.assessor === 'licensed_organization') return [];
    return [
      {
        path: audit.assessor === undefined ? ['audits', latest.index] : ['audits', latest.index, 'assessor'],
        message: localize(
          {
            vi: 'lần kiểm tra, đánh giá định kỳ gần nhất ({d}, {by}) không do tổ chức được cấp phép thực hiện (assessor: licensed_organization)',
            en: 'the latest periodic assessment ({d}, {by}) was not done by a licensed organisation (assessor: licensed_organization)',
          },
          params,
        ),
      },
    ];
  },
  describe: (options, lang) =>
    options.when === 'self-assessed'
      ? lang === 'vi'
        ? `lần đánh giá gần nhất (từ ${options.from}) không do đơn vị vận hành tự làm`
        : `latest assessment (from ${options.from}) not by the operator itself`
      : lang === 'vi'
        ? `lần đánh giá gần nhất (từ ${options.from}) do tổ chức được cấp phép`
        : `latest assessment (from ${options.from}) by a licensed organisation`,
});
