// Working days (ngày làm việc): Monday to Friday, less the public holidays and days off listed in
// rules/holidays.yaml. "N working days from receipt" counts the day of receipt as day 0
// (current-law.md §A.5). The calendar steps use date-fns on local-midnight dates, which no time
// zone can shift (dates go in and out as YYYY-MM-DD). date-fns is required on first use, so runs
// that never count working days do not load it.
import { createRequire } from 'node:module';
import { formatYmd, type IsoDate } from './date.js';

interface DateFns {
  addDays: typeof import('date-fns/addDays').addDays;
  isWeekend: typeof import('date-fns/isWeekend').isWeekend;
}

let loaded: DateFns | undefined;
function dateFns(): DateFns {
  if (!loaded) {
    const require = createRequire(import.meta.url);
    loaded = {
      addDays: (require('date-fns/addDays') as DateFns).addDays,
      isWeekend: (require('date-fns/isWeekend') as DateFns).isWeekend,
    };
  }
  return loaded;
}

const toLocal = (date: IsoDate): Date => new Date(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10)));
const fromLocal = (day: Date): IsoDate => formatYmd(day.getFullYear(), day.getMonth() + 1, day.getDate());

export function isWorkingDay(date: IsoDate, holidays: ReadonlySet<IsoDate>): boolean {
  return !dateFns().isWeekend(toLocal(date)) && !holidays.has(date);
}

/** The `n`-th working day after `start` (start = day 0, whatever day it is). */
export function addWorkingDays(start: IsoDate, n: number, holidays: ReadonlySet<IsoDate>): IsoDate {
  const { addDays, isWeekend } = dateFns();
  let day = toLocal(start);
  let left = n;
  while (left > 0) {
    day = addDays(day, 1);
    if (!isWeekend(day) && !holidays.has(fromLocal(day))) left -= 1;
  }
  return fromLocal(day);
}

/** The last working day on or before `date`: the safe submission day for a deadline on a weekend or holiday. */
export function lastWorkingDayOnOrBefore(date: IsoDate, holidays: ReadonlySet<IsoDate>): IsoDate {
  const { addDays, isWeekend } = dateFns();
  let day = toLocal(date);
  while (isWeekend(day) || holidays.has(fromLocal(day))) day = addDays(day, -1);
  return fromLocal(day);
}
