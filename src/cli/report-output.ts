// Shared by the report commands (gap, plan): where the text goes, and how inventory problems are
// reported without hiding the report.
import { FatalError } from '../errors.js';
import type { Lang } from '../i18n/lang.js';
import type { LoadedInventory } from '../loading/inventory.js';
import { TOOL } from '../version.js';
import path from 'node:path';
import { checkTargets, STDOUT_NAME, writeTarget, type OutputTarget } from './outputs.js';
import type { Io } from './io.js';

export interface OutputOptions {
  output?: string;
  force?: boolean;
  /** Only to suggest a file name when --output is a directory. */
  format?: string;
}

/** The file target of `--output FILE` (`-` and no --output: standard output, undefined). */
function fileTarget(options: OutputOptions, cwd: string): OutputTarget | undefined {
  if (options.output === undefined || options.output === STDOUT_NAME) return undefined;
  return { format: options.format ?? 'table', file: path.resolve(cwd, options.output), force: options.force === true };
}

/** Refuses early, before any work, an --output that cannot be written (see outputs.ts). */
export async function checkReportTarget(options: OutputOptions, io: Io): Promise<void> {
  const target = fileTarget(options, io.cwd);
  if (target) await checkTargets([target], io.cwd);
}

/**
 * To stdout, or atomically to `--output FILE` (an existing regular file only with `--force`, never
 * one of `inputs`, the files the run read). Bytes (a workbook) only to a file. Text in pieces (a
 * streamed format) is written piece by piece.
 */
export async function writeReport(text: string | Uint8Array | Iterable<string>, options: OutputOptions, io: Io, inputs: readonly string[] = []): Promise<void> {
  const target = fileTarget(options, io.cwd);
  if (target === undefined) {
    if (text instanceof Uint8Array) {
      throw new FatalError({ vi: 'định dạng nhị phân này cần --output TỆP', en: 'this binary format needs --output FILE' });
    }
    if (typeof text === 'string') io.stdout.write(text);
    else for (const piece of text) io.stdout.write(piece);
    return;
  }
  await writeTarget(target, text, inputs, io.cwd);
}

/**
 * One line per inventory problem on stderr. The report is still produced from the systems that
 * could be read; the caller exits 1 so a script notices that some systems were left out.
 */
export function warnInventoryProblems(inventory: LoadedInventory, io: Io, lang: Lang): boolean {
  const prefix = `${TOOL.name}: ${lang === 'vi' ? 'cảnh báo' : 'warning'}: `;
  for (const p of inventory.problems) {
    io.stderr.write(`${prefix}${p.file}:${p.position.line}:${p.position.column}: ${p.message[lang]} (${p.rule})\n`);
  }
  return inventory.problems.length > 0;
}
