// Moments (date and time of day) in Viet Nam time, for incident deadlines counted in hours.
// Viet Nam has kept UTC+7 without daylight saving since 1976, so an offset is all it takes.
import { formatYmd, isValidYmd, type IsoDate } from './date.js';

/** `YYYY-MM-DDTHH:MM:SS+07:00`: the wall-clock time in Viet Nam. Compares correctly as a string. */
export type VietnamDateTime = string;

const VIETNAM_OFFSET_MINUTES = 7 * 60;
const DATE_TIME =
  /^(\d{4})-(\d{2})-(\d{2})(?:(?:[T ])(\d{2}):(\d{2})(?::(\d{2}))?(?:(Z)|([+-])(\d{2}):?(\d{2}))?)?$/;

const pad = (n: number): string => String(n).padStart(2, '0');

/**
 * Parses `YYYY-MM-DD HH:MM` (Viet Nam time), `YYYY-MM-DDTHH:MM[:SS][+07:00]` (another offset or `Z`
 * is converted to Viet Nam time) or a bare date (00:00 that day). Undefined for anything else.
 */
export function parseVietnamDateTime(text: string): VietnamDateTime | undefined {
  const m = DATE_TIME.exec(text.trim());
  if (!m) return undefined;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const [hour, minute, second] = [Number(m[4] ?? 0), Number(m[5] ?? 0), Number(m[6] ?? 0)];
  if (!isValidYmd(year, month, day) || hour > 23 || minute > 59 || second > 59) return undefined;
  if (m[4] === undefined && (m[7] !== undefined || m[8] !== undefined)) return undefined;
  let offset = VIETNAM_OFFSET_MINUTES;
  if (m[7] === 'Z') offset = 0;
  else if (m[8] !== undefined) {
    const [oh, om] = [Number(m[9]), Number(m[10])];
    if (oh > 14 || om > 59) return undefined;
    offset = (m[8] === '-' ? -1 : 1) * (oh * 60 + om);
  }
  const utcMs = Date.UTC(year, month - 1, day, hour, minute, second) - offset * 60_000;
  return fromEpochMs(utcMs);
}

/** Milliseconds since the epoch of a Viet Nam moment. */
export function toEpochMs(moment: VietnamDateTime): number {
  return Date.parse(moment);
}

export function fromEpochMs(ms: number): VietnamDateTime {
  const local = new Date(ms + VIETNAM_OFFSET_MINUTES * 60_000);
  return `${formatYmd(local.getUTCFullYear(), local.getUTCMonth() + 1, local.getUTCDate())}T${pad(local.getUTCHours())}:${pad(local.getUTCMinutes())}:${pad(local.getUTCSeconds())}+07:00`;
}

export function addHours(moment: VietnamDateTime, hours: number): VietnamDateTime {
  return fromEpochMs(toEpochMs(moment) + hours * 3_600_000);
}

/** The calendar date of a moment, in Viet Nam. */
export function dateOf(moment: VietnamDateTime): IsoDate {
  return moment.slice(0, 10);
}

/** `29/11/2026 14:30` or `2026-11-29 14:30`, for messages. */
export function formatMoment(moment: VietnamDateTime, lang: 'vi' | 'en'): string {
  const [y, mo, d] = [moment.slice(0, 4), moment.slice(5, 7), moment.slice(8, 10)];
  const time = moment.slice(11, 16);
  return lang === 'vi' ? `${d}/${mo}/${y} ${time}` : `${y}-${mo}-${d} ${time}`;
}
