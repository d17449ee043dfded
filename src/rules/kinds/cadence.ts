// cadence/*: periodic audits by level. `when: overdue` reports a due date before the evaluation
// date; `when: due-soon` reports one that falls within `within_days` of it.
import { joined, localize, type Localized } from '../../i18n/lang.js';
import { cadenceState, type CadenceState } from '../../model/as-of.js';
import { addDays, type IsoDate } from '../../util/date.js';
import type { DataPath } from '../../loading/yaml-source.js';
import type { SystemRecord } from '../../model/inventory-schema.js';
import { defineKind, type Zod } from '../kind.js';

export const cadenceOptions = (z: Zod) => {
  // Bounded: an absurd interval (a million months) would make every due date unreachable and silently disable the rule.
  const months = z.number().int().positive().max(120);
  return z.strictObject({
    kind: z.literal('cadence'),
    when: z.enum(['overdue', 'due-soon']),
    interval_months: z.strictObject({ 1: months, 2: months, 3: months, 4: months, 5: months }),
    within_days: z.number().int().nonnegative().max(3660).default(90),
    // Current regime: an assessment by the operator itself does not count (Decree 331 Art 31.2.c).
    exclude_operator_audits_from: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).optional(),
  });
};

/** The system as the cadence sees it: without the audits that do not count. */
export function countedAudits(system: SystemRecord, excludeOperatorFrom: IsoDate | undefined): SystemRecord {
  if (excludeOperatorFrom === undefined || !system.audits.some((a) => a.assessor === 'operator' && a.date >= excludeOperatorFrom)) return system;
  return { ...system, audits: system.audits.filter((a) => !(a.assessor === 'operator' && a.date >= excludeOperatorFrom)) };
}

function basisText(state: CadenceState): Localized {
  return state.lastAudit === undefined
    ? localize({ vi: 'chưa kiểm tra lần nào, tính từ ngày phê duyệt {d}', en: 'never audited, counted from approval on {d}' }, { d: state.base })
    : localize({ vi: 'lần kiểm tra gần nhất {d}', en: 'last audit {d}' }, { d: state.base });
}

/** Points at what the due date was computed from: the latest audit, or the approval date. */
function evidencePath(system: SystemRecord, state: CadenceState): DataPath {
  if (state.lastAudit === undefined) return ['approval', 'date'];
  const index = system.audits.findIndex((a) => a.date === state.lastAudit);
  return index >= 0 ? ['audits', index, 'date'] : ['last_audit'];
}

const detailOf = (state: CadenceState): Localized => {
  const a = localize({ vi: 'cấp độ {level}: {n} tháng/lần', en: 'level {level}: every {n:month|months}' }, { level: state.level, n: state.intervalMonths });
  const b = basisText(state);
  return joined('; ', a, b);
};

export const cadenceKind = defineKind({
  kind: 'cadence',
  options: cadenceOptions,
  planKind: 'audit',
  // The next periodic audit; only the `overdue` rule carries it (the due-soon rule is its warning).
  obligations(system, options, { asOf }) {
    if (options.when !== 'overdue') return [];
    const state = cadenceState(countedAudits(system, options.exclude_operator_audits_from), options.interval_months, asOf);
    return state ? [{ kind: 'audit', due: state.due, detail: detailOf(state), path: evidencePath(system, state) }] : [];
  },
  evaluate(system, options, { asOf }) {
    const state = cadenceState(countedAudits(system, options.exclude_operator_audits_from), options.interval_months, asOf);
    if (!state) return [];
    if (options.when === 'overdue' ? state.due >= asOf : state.due < asOf || state.due > addDays(asOf, options.within_days)) return [];
    // `due` is the last day the audit is on time: it is overdue from the day after.
    const params = { due: state.due, since: addDays(state.due, 1), n: state.intervalMonths, level: state.level, basis: basisText(state) };
    const message =
      options.when === 'overdue'
        ? localize(
            { vi: 'quá hạn kiểm tra, đánh giá định kỳ từ {since} (cấp độ {level}: {n} tháng/lần; {basis})', en: 'periodic audit overdue since {since} (level {level}: every {n:month|months}; {basis})' },
            params,
          )
        : localize(
            { vi: 'đến hạn kiểm tra, đánh giá định kỳ ngày {due} (cấp độ {level}: {n} tháng/lần; {basis})', en: 'periodic audit due on {due} (level {level}: every {n:month|months}; {basis})' },
            params,
          );
    return [{ path: evidencePath(system, state), due: state.due, message }];
  },
  describe(options, lang) {
    const i = options.interval_months;
    const own = options.exclude_operator_audits_from === undefined ? '' : lang === 'vi' ? `; không tính đánh giá do đơn vị vận hành tự làm từ ${options.exclude_operator_audits_from}` : `; audits by the operator itself from ${options.exclude_operator_audits_from} do not count`;
    const intervals = lang === 'vi'
      ? `cấp 1: ${i[1]} tháng, cấp 2: ${i[2]}, cấp 3: ${i[3]}, cấp 4: ${i[4]}, cấp 5: ${i[5]}`
      : `level 1: ${i[1]} months, 2: ${i[2]}, 3: ${i[3]}, 4: ${i[4]}, 5: ${i[5]}`;
    if (options.when === 'overdue') return lang === 'vi' ? `hạn kiểm tra < ngày đánh giá (${intervals}${own})` : `due date before the evaluation date (${intervals}${own})`;
    return lang === 'vi'
      ? `hạn kiểm tra trong ${options.within_days} ngày tới (${intervals}${own})`
      : `due within ${options.within_days} days (${intervals}${own})`;
  },
});
