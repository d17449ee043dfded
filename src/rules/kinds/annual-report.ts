// annual-report/*: the owner's yearly report on the security of its systems (Decree 331 Art 35,
// Form 08): data from 15/12 of the year before to 14/12 of the report year; the units report to the
// owner before 20/12 (last day 19/12), the owner to the Ministry of Public Security before 25/12
// (last day 24/12) (current-law.md §A.5, §B.5). Submissions are recorded in the config
// (`annual_reports:`). An organisation-level rule: evaluated once, not per system.
import { localize, type Localized } from '../../i18n/lang.js';
import type { IsoDate } from '../../util/date.js';
import { lastWorkingDayOnOrBefore } from '../../util/working-days.js';
import { defineKind, type Obligation, type OrganizationContext } from '../kind.js';
import { monthDayOption } from './options.js';

interface AnnualReportOptions {
  kind: 'annual-report';
  /** `final`: the owner's report to the ministry; `internal`: the units' reports to the owner. */
  step: 'internal' | 'final';
  first_year: number;
  /** The step's last day, MM-DD. */
  due: string;
  period_from: string;
  period_until: string;
}

function years(options: AnnualReportOptions, asOf: IsoDate): number[] {
  const last = Number(asOf.slice(0, 4));
  const out: number[] = [];
  for (let y = options.first_year; y <= last; y += 1) out.push(y);
  return out;
}

/** A deadline and, when it falls on a weekend or holiday, the last working day before it. */
function deadlineText(date: IsoDate, holidays: ReadonlySet<IsoDate>): Localized {
  const safe = lastWorkingDayOnOrBefore(date, holidays);
  return safe === date
    ? { vi: date, en: date }
    : localize({ vi: '{d} (ngày nghỉ: nên nộp chậm nhất {s})', en: '{d} (a day off: submit by {s} to be safe)' }, { d: date, s: safe });
}

function submittedBy(ctx: OrganizationContext, year: number): { index: number; submitted?: IsoDate; internal?: IsoDate } | undefined {
  const index = ctx.annualReports.findIndex((r) => r.year === year);
  if (index < 0) return undefined;
  const r = ctx.annualReports[index]!;
  return {
    index,
    ...(r.submitted !== undefined && r.submitted <= ctx.asOf ? { submitted: r.submitted } : {}),
    ...(r.internal !== undefined && r.internal <= ctx.asOf ? { internal: r.internal } : {}),
  };
}

const FINAL_TITLE: Localized = { vi: 'Báo cáo năm về bảo đảm an ninh mạng HTTT (Mẫu 08) gửi Bộ Công an', en: 'Annual cybersecurity report (Form 08) to the Ministry of Public Security' };
const CUTOFF_TITLE: Localized = { vi: 'Chốt số liệu báo cáo năm (Mẫu 08)', en: 'Annual report data cut-off (Form 08)' };
const INTERNAL_TITLE: Localized = { vi: 'Các đơn vị báo cáo chủ quản (báo cáo năm)', en: 'Units report to the owner (annual report)' };

export const annualReportKind = defineKind({
  kind: 'annual-report',
  planKind: 'report',
  options: (z) =>
    z.strictObject({
      kind: z.literal('annual-report'),
      step: z.enum(['internal', 'final']),
      first_year: z.number().int().min(2000).max(2100),
      due: monthDayOption(z),
      period_from: monthDayOption(z),
      period_until: monthDayOption(z),
    }),
  // Never per system.
  evaluate: () => [],
  organization: {
    evaluate(options: AnnualReportOptions, ctx: OrganizationContext) {
      const hits = [];
      for (const year of years(options, ctx.asOf)) {
        const due = `${year}-${options.due}`;
        if (due >= ctx.asOf) continue;
        const record = submittedBy(ctx, year);
        const params = { y: year, due, s: record?.submitted ?? '', i: record?.internal ?? '', from: `${year - 1}-${options.period_from}`, until: `${year}-${options.period_until}` };
        if (options.step === 'internal') {
          // Reported only while the final report is not in: once it is, the units' step is moot.
          if (record?.submitted !== undefined || (record?.internal !== undefined && record.internal <= due)) continue;
          hits.push({
            due,
            ...(record ? { report: record.index } : {}),
            message:
              record?.internal !== undefined
                ? localize({ vi: 'báo cáo năm {y} của các đơn vị gửi chủ quản ngày {i}, sau hạn {due}', en: 'the units\' annual reports {y} reached the owner on {i}, after the deadline {due}' }, params)
                : localize(
                    { vi: 'chưa ghi nhận báo cáo năm {y} của các đơn vị gửi chủ quản (hạn {due}); báo cáo năm chưa nộp', en: 'the units\' annual reports {y} to the owner not recorded (due {due}); the annual report is not submitted' },
                    params,
                  ),
          });
          continue;
        }
        if (record?.submitted !== undefined && record.submitted <= due) continue;
        hits.push({
          due,
          ...(record ? { report: record.index } : {}),
          message:
            record?.submitted !== undefined
              ? localize({ vi: 'báo cáo năm {y} nộp ngày {s}, sau hạn {due}', en: 'annual report {y} submitted on {s}, after the deadline {due}' }, params)
              : localize(
                  { vi: 'chưa nộp báo cáo năm {y} (số liệu {from} – {until}); hạn {due}', en: 'annual report {y} (data {from} to {until}) not submitted; due {due}' },
                  params,
                ),
        });
      }
      return hits;
    },
    obligations(options: AnnualReportOptions, ctx: OrganizationContext) {
      const items: Obligation[] = [];
      const holidays = ctx.holidays ?? new Set<IsoDate>();
      const list = years(options, ctx.asOf);
      const thisYear = Number(ctx.asOf.slice(0, 4));
      // After this year's deadline, next year's report is the next one to plan.
      if (`${thisYear}-${options.due}` < ctx.asOf) list.push(thisYear + 1);
      for (const year of list) {
        const record = submittedBy(ctx, year);
        if (record?.submitted !== undefined) continue;
        if (options.step === 'internal' && record?.internal !== undefined) continue;
        const period = { from: `${year - 1}-${options.period_from}`, until: `${year}-${options.period_until}` };
        const due = `${year}-${options.due}`;
        // The end of the data period (Form 08 counts as of this day): a milestone listed with the
        // first step, until it passes.
        if (options.step === 'internal' && period.until >= ctx.asOf) {
          items.push({
            kind: 'report',
            due: period.until,
            subject: `${year}#cutoff`,
            detail: localize(
              { vi: '{t} năm {y}: hết kỳ số liệu ({from} – {until}); số liệu Mẫu 08 tính đến ngày này', en: '{t}, year {y}: the data period ends ({from} to {until}); Form 08 counts as of this day' },
              { t: CUTOFF_TITLE, y: year, ...period },
            ),
            path: [],
          });
        }
        items.push({
          kind: 'report',
          due,
          subject: `${year}#${options.step}`,
          detail: localize(
            { vi: '{t} năm {y}, số liệu {from} – {until}; hạn {d}', en: '{t}, year {y}, data {from} to {until}; due {d}' },
            { t: options.step === 'internal' ? INTERNAL_TITLE : FINAL_TITLE, y: year, ...period, d: deadlineText(due, holidays) },
          ),
          path: [],
        });
      }
      return items;
    },
  },
  describe: (options, lang) => {
    // MM-DD as people read it: 19/12 in Vietnamese.
    const dm = (md: string): string => (lang === 'vi' ? `${md.slice(3, 5)}/${md.slice(0, 2)}` : md);
    const o = { ...options, due: dm(options.due), period_from: dm(options.period_from), period_until: dm(options.period_until) };
    return o.step === 'internal'
      ? lang === 'vi'
        ? `từ năm ${o.first_year}: đơn vị → chủ quản đến hết ${o.due} (số liệu ${o.period_from} – ${o.period_until})`
        : `from ${o.first_year}: units → owner by ${o.due} (data ${o.period_from} to ${o.period_until})`
      : lang === 'vi'
        ? `từ năm ${o.first_year}: chủ quản → Bộ Công an đến hết ${o.due} (số liệu ${o.period_from} – ${o.period_until})`
        : `from ${o.first_year}: owner → MPS by ${o.due} (data ${o.period_from} to ${o.period_until})`;
  },
});
