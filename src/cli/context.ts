// Options shared by every command, resolved once: language, colour, evaluation date, rule pack.
import type { ChalkInstance } from 'chalk';
import type { Command } from 'commander';
import { FatalError } from '../errors.js';
import { isLang, langFromEnv, localize, type Lang } from '../i18n/lang.js';
import { defaultRulesDir, prebuiltDefaultRules } from '../loading/default-pack.js';
import type { LoadedRules } from '../loading/rules.js';
import { calendarDateIn, DEFAULT_TIME_ZONE, hasYearOutOfRange, isValidTimeZone, MAX_YEAR, MIN_YEAR, parseCalendarDate, type IsoDate } from '../util/date.js';
import { DEFAULT_LIMITS, type LoadOptions } from '../loading/inventory.js';
import { MAX_FILE_SIZE_CEILING } from '../util/fs-read.js';
import { HELP } from './help.js';
import { colorFor, type Io } from './io.js';

export interface GlobalOptions {
  lang?: string;
  color?: boolean;
  verbose?: boolean;
}

export interface CommandContext {
  io: Io;
  lang: Lang;
  color: ChalkInstance;
  verbose: boolean;
}

export function resolveLang(value: string | undefined, env: Io['env']): Lang {
  if (value === undefined) return langFromEnv(env);
  if (!isLang(value)) {
    throw new FatalError(localize({ vi: '--lang phải là vi hoặc en, không phải "{v}"', en: '--lang must be vi or en, not "{v}"' }, { v: value }));
  }
  return value;
}

export function commandContext(io: Io, options: GlobalOptions): CommandContext {
  return {
    io,
    lang: resolveLang(options.lang, io.env),
    color: colorFor(io.stdout, io.env, options.color),
    verbose: options.verbose ?? false,
  };
}

/** `--as-of` when given (YYYY-MM-DD or DD/MM/YYYY), else today's date in the time zone. */
export function resolveAsOf(value: string | undefined, timeZone: string | undefined, io: Io, flag = '--as-of'): IsoDate {
  const zone = timeZone ?? DEFAULT_TIME_ZONE;
  // Checking a zone loads ICU's time-zone data; the default needs no check.
  if (zone !== DEFAULT_TIME_ZONE && !isValidTimeZone(zone)) {
    throw new FatalError(localize({ vi: 'múi giờ không hợp lệ: "{z}"', en: 'unknown time zone: "{z}"' }, { z: zone }));
  }
  if (value === undefined) return calendarDateIn(io.now(), zone);
  const date = parseCalendarDate(value);
  if (date === undefined && hasYearOutOfRange(value)) {
    throw new FatalError(
      localize({ vi: '{flag}: năm phải từ {min} đến {max}, không phải "{v}"', en: '{flag}: the year must be {min}–{max}, not "{v}"' }, { v: value, flag, min: MIN_YEAR, max: MAX_YEAR }),
    );
  }
  if (date === undefined) {
    throw new FatalError(
      localize(
        { vi: '{flag} phải là ngày hợp lệ dạng YYYY-MM-DD hoặc DD/MM/YYYY, không phải "{v}"', en: '{flag} must be a valid date written YYYY-MM-DD or DD/MM/YYYY, not "{v}"' },
        { v: value, flag },
      ),
    );
  }
  return date;
}

export interface RuleOptions {
  rules?: string[];
  defaultRules?: boolean;
}

export async function loadRulePack(options: RuleOptions, io: Io, maxBytes?: number): Promise<LoadedRules> {
  const paths = [...(options.defaultRules === false ? [] : [defaultRulesDir()]), ...(options.rules ?? [])];
  if (paths.length === 0) {
    throw new FatalError({
      vi: 'không có quy tắc nào: --no-default-rules cần đi kèm ít nhất một --rules PATH',
      en: 'no rules to apply: --no-default-rules needs at least one --rules PATH',
    });
  }
  if (options.defaultRules !== false && (options.rules ?? []).length === 0) {
    const prebuilt = await prebuiltDefaultRules(io.cwd);
    if (prebuilt) return prebuilt;
  }
  const { loadRules } = await import('../loading/rules.js');
  return loadRules(paths, io.cwd, maxBytes);
}

export interface LimitOptions {
  maxFileSize?: string;
  maxAliases?: string;
  maxDepth?: string;
}

/** The resource limits every command that reads inventories accepts. */
export function addLimitOptions(command: Command, lang: Lang): Command {
  return command
    .option('--max-file-size <MB>', HELP.maxFileSize[lang])
    .option('--max-aliases <n>', HELP.maxAliases[lang])
    .option('--max-depth <n>', HELP.maxDepth[lang]);
}

function positiveNumber(flag: string, value: string | undefined, integer: boolean): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isFinite(n) || n <= 0 || (integer && !Number.isInteger(n))) {
    throw new FatalError(localize({ vi: '{f} phải là một số dương, không phải "{v}"', en: '{f} must be a positive number, not "{v}"' }, { f: flag, v: value }));
  }
  return n;
}

/** --max-file-size in bytes (default 64 MB): it bounds every file the run reads and standard input. */
export function fileSizeLimit(options: LimitOptions): number {
  const maxFileSize = positiveNumber('--max-file-size', options.maxFileSize, false);
  if (maxFileSize === undefined) return DEFAULT_LIMITS.maxFileSize;
  const bytes = Math.floor(maxFileSize * 1024 * 1024);
  if (bytes > MAX_FILE_SIZE_CEILING) {
    throw new FatalError(
      localize(
        { vi: '--max-file-size tối đa là {n} MB (văn bản dài nhất Node.js giữ được), không phải "{v}"', en: '--max-file-size can be at most {n} MB (the longest text Node.js can hold), not "{v}"' },
        { n: Math.floor(MAX_FILE_SIZE_CEILING / 1048576), v: options.maxFileSize! },
      ),
    );
  }
  return bytes;
}

export function loadOptions(options: LimitOptions, io: Io): LoadOptions {
  const maxAliasCount = positiveNumber('--max-aliases', options.maxAliases, true);
  const maxDepth = positiveNumber('--max-depth', options.maxDepth, true);
  return {
    cwd: io.cwd,
    ...(io.readStdin ? { readStdin: io.readStdin } : {}),
    // ATTT_AUDIT_PARSER=precise: the yaml parser and zod for every file, to compare with the fast path.
    ...(io.env.ATTT_AUDIT_PARSER === 'precise' ? { precise: true } : {}),
    limits: {
      maxFileSize: fileSizeLimit(options),
      maxAliasCount: maxAliasCount ?? DEFAULT_LIMITS.maxAliasCount,
      maxDepth: maxDepth ?? DEFAULT_LIMITS.maxDepth,
    },
  };
}

/** commander accumulator for repeatable options (`--rules A --rules B`). */
export function collect(value: string, previous: string[]): string[] {
  return [...previous, value];
}
