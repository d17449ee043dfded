// regulation/*: the system's cybersecurity regulation (Quy chế bảo đảm an ninh mạng) is issued on or
// before the day its level dossier is approved (Decree 331 Art 30.7; legacy: Circular 12 Art 9.7).
// `when: after-approval` compares the two dates; `when: missing` reports an approved system with no
// regulation recorded. Approvals before `approved_from` (the day the duty began) are not judged.
import { localize } from '../../i18n/lang.js';
import { approvedLevel } from '../../model/as-of.js';
import { defineKind } from '../kind.js';
import { isoDateOption } from './options.js';

export const regulationKind = defineKind({
  kind: 'regulation',
  options: (z) =>
    z.strictObject({
      kind: z.literal('regulation'),
      when: z.enum(['after-approval', 'missing']),
      approved_from: isoDateOption(z).optional(),
    }),
  evaluate(system, options, { asOf }) {
    if (approvedLevel(system, asOf) === null || system.approval === undefined) return [];
    const approved = system.approval.date;
    if (options.approved_from !== undefined && approved < options.approved_from) return [];
    const regulation = system.regulation;
    if (options.when === 'missing') {
      if (regulation !== undefined && regulation.date <= asOf) return [];
      return [
        {
          path: ['approval'],
          message: localize(
            {
              vi: 'chưa ghi nhận quy chế bảo đảm an ninh mạng của hệ thống (phải ban hành trước khi phê duyệt cấp độ ngày {d})',
              en: 'no cybersecurity regulation of the system recorded (it must be issued before the level is approved, on {d})',
            },
            { d: approved },
          ),
        },
      ];
    }
    if (regulation === undefined || regulation.date <= approved) return [];
    return [
      {
        path: ['regulation', 'date'],
        message: localize(
          {
            vi: 'quy chế bảo đảm an ninh mạng ({n}) ban hành ngày {r}, sau ngày phê duyệt cấp độ {d}',
            en: 'cybersecurity regulation ({n}) issued on {r}, after the level was approved on {d}',
          },
          { n: regulation.decision, r: regulation.date, d: approved },
        ),
      },
    ];
  },
  describe: (options, lang) => {
    const from = options.approved_from ? (lang === 'vi' ? `; phê duyệt từ ${options.approved_from}` : `; approvals from ${options.approved_from}`) : '';
    return options.when === 'missing'
      ? (lang === 'vi' ? 'hệ thống đã phê duyệt có quy chế' : 'an approved system has a regulation') + from
      : (lang === 'vi' ? 'ngày ban hành quy chế ≤ ngày phê duyệt cấp độ' : 'regulation issued on or before the level approval') + from;
  },
});
