// field: custom rules without TypeScript. A dotted path into the system (as written in the
// inventory) and one condition: equals, exists, in, or max_age.
import type { z } from 'zod';
import { localize, type Localized } from '../../i18n/lang.js';
import type { SystemRecord } from '../../model/inventory-schema.js';
import { addDays, addMonths, parseCalendarDate, type IsoDate } from '../../util/date.js';
import { defineKind, type Zod } from '../kind.js';

const DURATION = /^(\d+)([dmy])$/;

/** From 1d to 100 years: 0d or 99999999y would make the rule fail always or never. */
function isSaneDuration(duration: string): boolean {
  const [, amount, unit] = DURATION.exec(duration) ?? [];
  const n = Number(amount);
  return n >= 1 && n <= (unit === 'd' ? 36_600 : unit === 'm' ? 1200 : 100);
}

export const fieldOptions = (z: Zod) => {
  const scalar = z.union([z.string(), z.number(), z.boolean(), z.null()]);
  return z
    .strictObject({
      kind: z.literal('field'),
      path: z.string().regex(/^[A-Za-z0-9_]+(\.[A-Za-z0-9_]+)*$/, 'a dotted path such as attributes.dr_site'),
      equals: scalar.optional(),
      exists: z.boolean().optional(),
      in: z.array(scalar).min(1).optional(),
      max_age: z.string().regex(DURATION, 'a duration such as 90d, 6m or 2y').refine(isSaneDuration, 'a duration from 1 day to 100 years, such as 90d, 6m or 2y').optional(),
    })
    .refine((o) => [o.equals !== undefined, o.exists !== undefined, o.in !== undefined, o.max_age !== undefined].filter(Boolean).length === 1, {
      message: 'exactly one of equals, exists, in, max_age',
    });
};
type FieldOptions = z.output<ReturnType<typeof fieldOptions>>;

/** Own properties only: a path can never reach `__proto__` or `constructor`. */
export function readPath(system: SystemRecord, path: string): unknown {
  let node: unknown = system;
  for (const segment of path.split('.')) {
    if (node === null || typeof node !== 'object' || !Object.hasOwn(node, segment)) return undefined;
    node = (node as Record<string, unknown>)[segment];
  }
  return node;
}

function oldestAllowed(asOf: IsoDate, duration: string): IsoDate {
  const [, amount, unit] = DURATION.exec(duration)!;
  const n = Number(amount);
  return unit === 'd' ? addDays(asOf, -n) : addMonths(asOf, unit === 'm' ? -n : -12 * n);
}

function show(value: unknown): string {
  return value === undefined ? '—' : JSON.stringify(value);
}

function failure(options: FieldOptions, value: unknown, asOf: IsoDate): Localized | undefined {
  const params = { path: options.path, actual: show(value) };
  if (options.exists !== undefined) {
    const present = value !== undefined && value !== null;
    if (present === options.exists) return undefined;
    return options.exists
      ? localize({ vi: 'thiếu "{path}"', en: '"{path}" is missing' }, params)
      : localize({ vi: '"{path}" không được khai báo (đang là {actual})', en: '"{path}" must not be set (found {actual})' }, params);
  }
  if (options.equals !== undefined) {
    if (value === options.equals) return undefined;
    return localize({ vi: '"{path}" phải bằng {expected} (đang là {actual})', en: '"{path}" must equal {expected} (found {actual})' }, {
      ...params,
      expected: show(options.equals),
    });
  }
  if (options.in !== undefined) {
    if (options.in.some((allowed) => allowed === value)) return undefined;
    return localize({ vi: '"{path}" phải là một trong {list} (đang là {actual})', en: '"{path}" must be one of {list} (found {actual})' }, {
      ...params,
      list: options.in.map(show).join(', '),
    });
  }
  const date = typeof value === 'string' ? parseCalendarDate(value) : undefined;
  const oldest = oldestAllowed(asOf, options.max_age!);
  if (date !== undefined && date >= oldest && date <= asOf) return undefined;
  return localize(
    { vi: '"{path}" phải là ngày trong khoảng {max} gần nhất (từ {from}; đang là {actual})', en: '"{path}" must be a date within the last {max} (since {from}; found {actual})' },
    { ...params, max: options.max_age, from: oldest },
  );
}

export const fieldKind = defineKind({
  kind: 'field',
  options: fieldOptions,
  evaluate(system, options, { asOf }) {
    const value = readPath(system, options.path);
    const message = failure(options, value, asOf);
    return message ? [{ path: options.path.split('.'), message }] : [];
  },
  describe(options, lang) {
    const op =
      options.exists !== undefined ? (options.exists ? 'exists' : 'absent')
      : options.equals !== undefined ? `= ${show(options.equals)}`
      : options.in !== undefined ? `∈ [${options.in.map(show).join(', ')}]`
      : (lang === 'vi' ? `không cũ hơn ${options.max_age}` : `not older than ${options.max_age}`);
    return `${options.path} ${op}`;
  },
});
