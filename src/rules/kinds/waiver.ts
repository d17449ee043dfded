// waiver/*: exceptions must stay accountable. `when` picks what is reported about each waiver:
//   expired    — past its expiry date; the finding it covered counts again
//   expiring   — still active but expires within `within_days` of the evaluation date
//   unused     — active, yet it suppressed no finding (stale exceptions must not pile up)
//   unapproved — the policy requires `approved_by` and it is missing, so the waiver does not apply
// The engine evaluates this kind after suppression, with the system's waivers in force
// (in-file ones unless `--no-waivers`, then those from a waivers file) and which of them were used.
import { localize, type Localized } from '../../i18n/lang.js';
import type { Waiver } from '../../model/inventory-schema.js';
import { addDays, daysBetween } from '../../util/date.js';
import type { Hit, Obligation } from '../kind.js';
import { defineKind, type Zod } from '../kind.js';

export const waiverOptions = (z: Zod) =>
  z.strictObject({
    kind: z.literal('waiver'),
    when: z.enum(['expired', 'expiring', 'unused', 'unapproved']).default('expired'),
    within_days: z.number().int().nonnegative().max(3660).default(30),
  });

function subject(waiver: Waiver): string {
  return waiver.layer ? `${waiver.rule} (${waiver.layer})` : waiver.rule;
}

export function isApproved(waiver: Waiver): boolean {
  return waiver.approved_by !== undefined && waiver.approved_by.trim() !== '';
}

/** Each waiver in force falls due on its expiry: the `expired` rule carries the items. */
function waiverObligations(waivers: readonly Waiver[], asOf: string): Obligation[] {
  const seen = new Map<string, number>();
  return waivers.map((waiver, index) => {
    const base = waiver.layer ? `${waiver.rule}#${waiver.layer}` : waiver.rule;
    const n = (seen.get(base) ?? 0) + 1;
    seen.set(base, n);
    return {
      kind: 'waiver',
      subject: n === 1 ? base : `${base}#${n}`,
      ...(waiver.layer ? { layer: waiver.layer } : {}),
      due: waiver.expires,
      forRule: waiver.rule,
      detail: localize(
        waiver.expires < asOf
          ? { vi: 'ngoại lệ cho "{r}" đã hết hạn sau ngày {d}: {reason}', en: 'waiver for "{r}" expired after {d}: {reason}' }
          : { vi: 'ngoại lệ cho "{r}" có hiệu lực đến hết ngày {d}: {reason}', en: 'waiver for "{r}" is active until {d}: {reason}' },
        { r: subject(waiver), d: waiver.expires, reason: waiver.reason },
      ),
      path: ['waivers', index, 'expires'],
    };
  });
}

export const waiverKind = defineKind({
  kind: 'waiver',
  options: waiverOptions,
  reviewsWaivers: true,
  planKind: 'waiver',
  obligations(system, options, ctx) {
    return options.when === 'expired' ? waiverObligations(ctx.waivers ?? system.waivers, ctx.asOf) : [];
  },
  evaluate(system, options, ctx) {
    const { asOf } = ctx;
    const waivers = ctx.waivers ?? system.waivers;
    const hits: Hit[] = [];
    waivers.forEach((waiver, index) => {
      const hit = (path: (string | number)[], message: Localized, due?: string): void => {
        hits.push({
          path,
          waiver: index,
          waivedRule: waiver.rule,
          ...(waiver.layer ? { layer: waiver.layer } : {}),
          ...(due ? { due } : {}),
          message,
        });
      };
      const params = { rule: subject(waiver), d: waiver.expires, system: system.id };
      const expired = waiver.expires < asOf;
      const unapproved = ctx.requireApprovedBy === true && !isApproved(waiver);
      switch (options.when) {
        case 'expired':
          if (expired) hit(['expires'], localize({ vi: 'ngoại lệ cho "{rule}" đã hết hạn ngày {d}', en: 'waiver for "{rule}" expired on {d}' }, params));
          break;
        case 'unapproved':
          if (!expired && unapproved) {
            hit(
              [],
              localize(
                {
                  vi: 'ngoại lệ cho "{rule}" thiếu "approved_by" (người phê duyệt) mà chính sách yêu cầu, nên không được áp dụng',
                  en: 'waiver for "{rule}" has no "approved_by", which the waiver policy requires, so it does not apply',
                },
                params,
              ),
            );
          }
          break;
        case 'expiring':
          if (!expired && !unapproved && waiver.expires <= addDays(asOf, options.within_days)) {
            hit(
              ['expires'],
              localize(
                { vi: 'ngoại lệ cho "{rule}" sẽ hết hạn ngày {d} (còn {n} ngày)', en: 'waiver for "{rule}" expires on {d} (in {n:day|days})' },
                { ...params, n: daysBetween(asOf, waiver.expires) },
              ),
              waiver.expires,
            );
          }
          break;
        case 'unused':
          if (expired || unapproved || ctx.usedWaivers?.has(index)) break;
          hit(
            ['rule'],
            ctx.systemKnown === false
              ? localize(
                  {
                    vi: 'ngoại lệ cho "{rule}" chỉ tới hệ thống "{system}" không có trong danh mục đã kiểm tra (hoặc không hợp lệ)',
                    en: 'waiver for "{rule}" names system "{system}", which is not in the audited inventory (or is invalid)',
                  },
                  params,
                )
              : localize(
                  {
                    vi: 'ngoại lệ cho "{rule}" không miễn trừ phát hiện nào; hãy gỡ bỏ nếu không còn cần',
                    en: 'waiver for "{rule}" matches no finding; remove it if it is no longer needed',
                  },
                  params,
                ),
          );
          break;
      }
    });
    return hits;
  },
  describe(options, lang) {
    switch (options.when) {
      case 'expired':
        return lang === 'vi' ? 'ngày hết hạn < ngày đánh giá' : 'expiry before the evaluation date';
      case 'expiring':
        return lang === 'vi' ? `hết hạn trong vòng ${options.within_days} ngày` : `expires within ${options.within_days} days`;
      case 'unused':
        return lang === 'vi' ? 'ngoại lệ còn hiệu lực nhưng không miễn trừ phát hiện nào' : 'active waiver that suppresses no finding';
      case 'unapproved':
        return lang === 'vi' ? 'thiếu approved_by khi chính sách yêu cầu' : 'no approved_by while the policy requires one';
    }
  },
});
