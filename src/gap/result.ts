// What the gap formatters render: a report, and optionally the report it is compared with.
import type { FormatContext } from '../formatters/types.js';
import type { GapComparison } from './compare.js';
import type { GapReport } from './compute.js';

export interface GapResult {
  report: GapReport;
  comparison?: GapComparison;
}

/**
 * A gap format, in pieces written as they come: a national inventory's matrix is one line (or one
 * JSON object) per operating system, and the whole output is never held as one string (issue 17).
 */
export type GapFormatter = (result: GapResult, ctx: FormatContext) => Iterable<string>;
