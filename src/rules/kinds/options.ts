// Option types shared by the kinds of the current regime, built on the zod that the loader hands in.
import { isValidYmd } from '../../util/date.js';
import type { Zod } from '../kind.js';

/** A calendar date written YYYY-MM-DD in a rule file. */
export function isoDateOption(z: Zod) {
  return z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, 'a date written YYYY-MM-DD')
    .refine((d) => isValidYmd(Number(d.slice(0, 4)), Number(d.slice(5, 7)), Number(d.slice(8, 10))), 'an existing calendar date');
}

/** A day of the year written MM-DD (a recurring deadline such as 12-24). */
export function monthDayOption(z: Zod) {
  return z
    .string()
    .regex(/^\d{2}-\d{2}$/, 'a day of the year written MM-DD')
    .refine((d) => isValidYmd(2024, Number(d.slice(0, 2)), Number(d.slice(3, 5))), 'an existing day of the year');
}
