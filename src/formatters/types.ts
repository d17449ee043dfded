// Formatters are pure functions from a result to text. Only the CLI writes to streams or files.
import type { ChalkInstance } from 'chalk';
import type { AuditResult } from '../engine/audit.js';
import type { Lang } from '../i18n/lang.js';

export interface FormatContext {
  lang: Lang;
  color: ChalkInstance;
  tool: { name: string; version: string };
  /**
   * The working directory relative to the repository root ('' at the root, the default). CI formats
   * (SARIF, GitHub, GitLab) name files relative to the repository root, as their consumers expect.
   */
  repoPrefix?: string;
  /** `check --only-new`: the result lists only new findings, and this many known or waived ones were left out. */
  hiddenFindings?: number;
}

export type Formatter = (result: AuditResult, ctx: FormatContext) => string;

/**
 * The same text in pieces, for outputs too large to hold as one string: a million systems make a
 * JSON report of about 800 million characters, beyond what a JavaScript string can hold.
 */
export type ChunkedFormatter = (result: AuditResult, ctx: FormatContext) => Iterable<string>;
