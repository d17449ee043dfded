// Errors that stop a run before it can audit anything (exit 2). Everything wrong inside an
// inventory is a finding instead, so the rest still gets audited.
import type { Localized } from './i18n/lang.js';

export const ExitCode = { Ok: 0, Findings: 1, Fatal: 2 } as const;
export type ExitCode = (typeof ExitCode)[keyof typeof ExitCode];

export interface Location {
  file: string;
  line?: number;
  column?: number;
}

/** A run that cannot start: bad flags, a missing path, an invalid rule or config file. */
export class FatalError extends Error {
  constructor(
    readonly text: Localized,
    readonly location?: Location,
    options?: { cause?: unknown },
  ) {
    super(text.en, options);
    this.name = 'FatalError';
  }
}

export function formatLocation(location: Location | undefined): string {
  if (!location) return '';
  let out = location.file;
  if (location.line !== undefined) out += `:${location.line}`;
  if (location.line !== undefined && location.column !== undefined) out += `:${location.column}`;
  return out;
}

/** Several problems at once (a rule pack with many mistakes); each is still one line with its own position. */
export class AggregateFatalError extends FatalError {
  constructor(readonly problems: FatalError[]) {
    super(problems[0]!.text, problems[0]!.location);
  }
}
