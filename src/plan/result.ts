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
