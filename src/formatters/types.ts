// Formatters are pure functions from a result to text. Only the CLI writes to streams or files.
import type { ChalkInstance } from 'chalk';
import type { AuditResult } from '../engine/audit.js';
import type { Lang } from '../i18n/lang.js';

export interface FormatContext {
  lang: Lang;
  color: ChalkInstance;
  tool: { name: string; version: string };
}

export type Formatter = (result: AuditResult, ctx: FormatContext) => string;
