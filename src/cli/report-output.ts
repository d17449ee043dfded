// Shared by the report commands (gap, plan): where the text goes, and how inventory problems are
// reported without hiding the report.
import { FatalError } from '../errors.js';
import { localize, type Lang } from '../i18n/lang.js';
import type { LoadedInventory } from '../loading/inventory.js';
import { TOOL } from '../version.js';
import { FileExistsError, writeFileAtomic } from '../util/write-atomic.js';
import path from 'node:path';
import type { Io } from './io.js';

export interface OutputOptions {
  output?: string;
  force?: boolean;
}

/** To stdout, or atomically to `--output FILE` (an existing file only with `--force`). Bytes (a workbook) only to a file. */
export async function writeReport(text: string | Uint8Array, options: OutputOptions, io: Io): Promise<void> {
  if (options.output === undefined || options.output === '-') {
    if (typeof text !== 'string') {
      throw new FatalError({ vi: 'định dạng nhị phân này cần --output TỆP', en: 'this binary format needs --output FILE' });
    }
    io.stdout.write(text);
    return;
  }
  const file = path.resolve(io.cwd, options.output);
  try {
    await writeFileAtomic(file, text, { overwrite: options.force === true });
  } catch (error) {
    if (error instanceof FileExistsError) {
      throw new FatalError(
        localize({ vi: 'tệp đã tồn tại: {f} (dùng --force để ghi đè)', en: 'file already exists: {f} (use --force to overwrite)' }, { f: options.output }),
      );
    }
    const code = (error as NodeJS.ErrnoException).code ?? String(error);
    throw new FatalError(localize({ vi: 'không ghi được tệp {f}: {e}', en: 'cannot write {f}: {e}' }, { f: options.output, e: code }));
  }
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
