// The string-returning gap formatter type of before issue 17, for the oracles.
import type { FormatContext } from '../../../src/formatters/types.js';
import type { GapResult } from '../../../src/gap/result.js';

export type { GapResult };
export type GapFormatter = (result: GapResult, ctx: FormatContext) => string;
