// What the gap formatters render: a report, and optionally the report it is compared with.
import type { FormatContext } from '../formatters/types.js';
import type { GapComparison } from './compare.js';
import type { GapReport } from './compute.js';

export interface GapResult {
  report: GapReport;
  comparison?: GapComparison;
}

export type GapFormatter = (result: GapResult, ctx: FormatContext) => string;
