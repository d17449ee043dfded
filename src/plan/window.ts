// The plan's window: `--within 90d`, `--quarter 2025-Q3`, or `--from D1 --to D2`. Both ends are
// inclusive: an obligation due on the last day of the window is in it.
import { FatalError } from '../errors.js';
import { localize } from '../i18n/lang.js';
import { addDays, addMonths, daysInMonth, formatYmd, parseCalendarDate, type IsoDate } from '../util/date.js';

export interface PlanWindow {
  from: IsoDate;
  to: IsoDate;
}

export interface WindowOptions {
  within?: string;
  quarter?: string;
  from?: string;
  to?: string;
}

export const DEFAULT_WITHIN = '90d';
const DURATION = /^(\d{1,4})\s*([dwmy])$/i;
const QUARTER = /^(\d{4})-?Q([1-4])$/i;

/** `90d`, `12w`, `3m`, `1y` from the evaluation date; months and years are calendar months (month-end clamped). */
export function windowWithin(text: string, asOf: IsoDate): PlanWindow {
  const m = DURATION.exec(text.trim());
  if (!m) {
    throw new FatalError(
      localize(
        { vi: '--within phải là một khoảng như 90d, 12w, 3m hoặc 1y (ngày, tuần, tháng, năm), không phải "{v}"', en: '--within must be a duration such as 90d, 12w, 3m or 1y (days, weeks, months, years), not "{v}"' },
        { v: text },
      ),
    );
  }
  const n = Number(m[1]);
  const unit = m[2]!.toLowerCase();
  const to = unit === 'd' ? addDays(asOf, n) : unit === 'w' ? addDays(asOf, 7 * n) : addMonths(asOf, unit === 'm' ? n : 12 * n);
  return { from: asOf, to };
}

/** The first quarter of a year is January–March: `2025-Q3` is 2025-07-01 to 2025-09-30. */
export function quarterWindow(year: number, quarter: number): PlanWindow {
  const first = (quarter - 1) * 3 + 1;
  return { from: formatYmd(year, first, 1), to: formatYmd(year, first + 2, daysInMonth(year, first + 2)) };
}

/** `2025-Q3` (also `2025Q3`, any case), or `current` / `next`: the quarter of the evaluation date, or the one after. */
export function windowQuarter(text: string, asOf: IsoDate): PlanWindow {
  const value = text.trim().toLowerCase();
  const year = Number(asOf.slice(0, 4));
  const quarter = Math.floor((Number(asOf.slice(5, 7)) - 1) / 3) + 1;
  if (value === 'current') return quarterWindow(year, quarter);
  if (value === 'next') return quarter === 4 ? quarterWindow(year + 1, 1) : quarterWindow(year, quarter + 1);
  const m = QUARTER.exec(value);
  if (!m || Number(m[1]) < 1) {
    throw new FatalError(
      localize(
        { vi: '--quarter phải có dạng YYYY-Qn với n từ 1 đến 4 (ví dụ 2025-Q3), hoặc current, next; không phải "{v}"', en: '--quarter must be YYYY-Qn with n from 1 to 4 (for example 2025-Q3), or current or next; not "{v}"' },
        { v: text },
      ),
    );
  }
  return quarterWindow(Number(m[1]), Number(m[2]));
}

function date(flag: string, text: string): IsoDate {
  const parsed = parseCalendarDate(text);
  if (parsed === undefined) {
    throw new FatalError(
      localize(
        { vi: '{flag} phải là ngày hợp lệ dạng YYYY-MM-DD hoặc DD/MM/YYYY, không phải "{v}"', en: '{flag} must be a valid date written YYYY-MM-DD or DD/MM/YYYY, not "{v}"' },
        { flag, v: text },
      ),
    );
  }
  return parsed;
}

/** Exactly one way of giving the window; none means `--within 90d`. */
export function resolveWindow(options: WindowOptions, asOf: IsoDate): PlanWindow {
  const given = [options.within !== undefined, options.quarter !== undefined, options.from !== undefined || options.to !== undefined].filter(Boolean).length;
  if (given > 1) {
    throw new FatalError({
      vi: 'chỉ dùng một trong --within, --quarter hoặc --from/--to',
      en: 'use only one of --within, --quarter, or --from with --to',
    });
  }
  if (options.quarter !== undefined) return windowQuarter(options.quarter, asOf);
  if (options.from !== undefined || options.to !== undefined) {
    if (options.from === undefined || options.to === undefined) {
      throw new FatalError({ vi: '--from và --to phải đi cùng nhau', en: '--from and --to go together: give both' });
    }
    const window = { from: date('--from', options.from), to: date('--to', options.to) };
    if (window.from > window.to) {
      throw new FatalError(localize({ vi: '--from ({f}) phải không sau --to ({t})', en: '--from ({f}) must not be after --to ({t})' }, { f: window.from, t: window.to }));
    }
    return window;
  }
  return windowWithin(options.within ?? DEFAULT_WITHIN, asOf);
}
