// What the plan formatters take: the computed plan, plus what only an export needs.
import type { FormatContext } from '../formatters/types.js';
import type { PlanReport } from './compute.js';

export interface PlanFormatContext extends FormatContext {
  /** When the file is produced (iCalendar DTSTAMP). */
  now: Date;
  /** Days before each event for the iCalendar reminder. */
  remindDays: number;
}

export type PlanFormatter = (report: PlanReport, ctx: PlanFormatContext) => string;

/**
 * The same text in pieces, written as it is made: a national plan lists ~270,000 items per 100,000
 * systems, a JSON document of over 200 MB, which must never be held as one string.
 */
export type PlanChunkedFormatter = (report: PlanReport, ctx: PlanFormatContext) => Iterable<string>;
