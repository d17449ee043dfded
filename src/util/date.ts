// Calendar dates as ISO strings ('YYYY-MM-DD'). They compare correctly as strings and carry no
// time of day, so no time-zone shift can move them. Arithmetic goes through UTC day numbers.
// Only years 1900–9999 are accepted as input: four digits keep string order right, and the range is
// far wider than any real record. Computed dates past 9999-12-31 are written as 9999-12-31.

export type IsoDate = string;

const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;
const VIETNAMESE = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/;

export const MIN_YEAR = 1900;
export const MAX_YEAR = 9999;

export function isValidYmd(year: number, month: number, day: number): boolean {
  return year >= MIN_YEAR && year <= MAX_YEAR && month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

/** A date written like a date (YYYY-MM-DD or DD/MM/YYYY) whose year is outside MIN_YEAR–MAX_YEAR, for a precise message. */
export function hasYearOutOfRange(text: string): boolean {
  const m = ISO.exec(text.trim()) ?? VIETNAMESE.exec(text.trim());
  if (!m) return false;
  const year = Number(text.trim().includes('/') ? m[3] : m[1]);
  return year < MIN_YEAR || year > MAX_YEAR;
}

/** Milliseconds of a UTC date; Date.UTC alone reads years 0–99 as 1900–1999. */
function utc(year: number, monthIndex: number, day: number): number {
  const date = new Date(0);
  date.setUTCFullYear(year, monthIndex, day);
  return date.getTime();
}

export function daysInMonth(year: number, month: number): number {
  // Arithmetic (no Date objects) for whole months 1–12: it runs for every date an inventory holds.
  if (Number.isInteger(year) && Math.abs(year) < 200_000 && (month === 2 || (Number.isInteger(month) && month >= 1 && month <= 12))) {
    if (month === 2) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
    return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
  }
  return new Date(utc(year, month, 0)).getUTCDate();
}

export function formatYmd(year: number, month: number, day: number): IsoDate {
  if (year > MAX_YEAR) return `${MAX_YEAR}-12-31`;
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** Parses `YYYY-MM-DD` or the Vietnamese day-first `DD/MM/YYYY`; undefined for anything else or an impossible date. */
export function parseCalendarDate(text: string): IsoDate | undefined {
  const trimmed = text.trim();
  let m = ISO.exec(trimmed);
  if (m) {
    const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
    return isValidYmd(y, mo, d) ? formatYmd(y, mo, d) : undefined;
  }
  m = VIETNAMESE.exec(trimmed);
  if (m) {
    const [d, mo, y] = [Number(m[1]), Number(m[2]), Number(m[3])];
    return isValidYmd(y, mo, d) ? formatYmd(y, mo, d) : undefined;
  }
  return undefined;
}

function parts(date: IsoDate): [number, number, number] {
  return [Number(date.slice(0, 4)), Number(date.slice(5, 7)), Number(date.slice(8, 10))];
}

/** Adds calendar months, clamping to the month's last day: 2024-08-31 + 6 months = 2025-02-28. */
export function addMonths(date: IsoDate, months: number): IsoDate {
  const [y, m, d] = parts(date);
  const index = y * 12 + (m - 1) + months;
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  return formatYmd(year, month, Math.min(d, daysInMonth(year, month)));
}

export function toDayNumber(date: IsoDate): number {
  const [y, m, d] = parts(date);
  return Math.round(utc(y, m - 1, d) / 86_400_000);
}

export function fromDayNumber(day: number): IsoDate {
  const dt = new Date(day * 86_400_000);
  return formatYmd(dt.getUTCFullYear(), dt.getUTCMonth() + 1, dt.getUTCDate());
}

export function addDays(date: IsoDate, days: number): IsoDate {
  return fromDayNumber(toDayNumber(date) + days);
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  return toDayNumber(to) - toDayNumber(from);
}

export const DEFAULT_TIME_ZONE = 'Asia/Ho_Chi_Minh';
/** 1976-01-01T00:00:00+07:00. */
const VIETNAM_FIXED_OFFSET_SINCE = Date.UTC(1975, 11, 31, 17);

/** The calendar date that `instant` falls on in `timeZone` (not in the machine's zone, not in UTC). */
export function calendarDateIn(instant: Date, timeZone: string = DEFAULT_TIME_ZONE): IsoDate {
  // Viet Nam has kept UTC+7 without daylight saving since 1976: no need to load ICU's zone data.
  if (timeZone === DEFAULT_TIME_ZONE && instant.getTime() >= VIETNAM_FIXED_OFFSET_SINCE) {
    return fromDayNumber(Math.floor((instant.getTime() + 7 * 3_600_000) / 86_400_000));
  }
  const fmt = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
  const found = fmt.formatToParts(instant);
  const get = (type: string): number => Number(found.find((p) => p.type === type)?.value);
  return formatYmd(get('year'), get('month'), get('day'));
}

export function isValidTimeZone(timeZone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone });
    return true;
  } catch {
    return false;
  }
}

export function maxDate(dates: readonly IsoDate[]): IsoDate | undefined {
  let best: IsoDate | undefined;
  for (const d of dates) if (best === undefined || d > best) best = d;
  return best;
}
