// Files the tool writes (reports, baselines, `init`) appear whole or not at all: the text goes to a
// temporary file in the same directory, which is then renamed (or linked, when an existing file
// must not be replaced) onto the target. A reader never sees half a report.
import { randomBytes } from 'node:crypto';
import { link, mkdir, rename, stat, unlink, writeFile } from 'node:fs/promises';
import path from 'node:path';

export class FileExistsError extends Error {
  constructor(readonly file: string) {
    super(`${file} already exists`);
    this.name = 'FileExistsError';
  }
}

export async function fileExists(file: string): Promise<boolean> {
  return stat(file).then(
    () => true,
    () => false,
  );
}

/**
 * Writes `text` to `file` atomically, creating missing parent directories. Without `overwrite`,
 * an existing file is left untouched and FileExistsError is thrown (the check and the write are one
 * step: `link` fails if the name exists). With it, `rename` replaces the old file in one step.
 */
export async function writeFileAtomic(file: string, text: string, options: { overwrite: boolean }): Promise<void> {
  const dir = path.dirname(file);
  await mkdir(dir, { recursive: true });
  const temp = path.join(dir, `.${path.basename(file)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  await writeFile(temp, text, { flag: 'wx' });
  try {
    if (options.overwrite) {
      await rename(temp, file);
      return;
    }
    try {
      await link(temp, file);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'EEXIST') throw new FileExistsError(file);
      // Some file systems have no hard links: fall back to check-then-rename.
      if (code !== 'EPERM' && code !== 'ENOTSUP' && code !== 'EOPNOTSUPP' && code !== 'ENOSYS') throw error;
      if (await fileExists(file)) throw new FileExistsError(file);
      await rename(temp, file);
      return;
    }
    await unlink(temp);
  } catch (error) {
    await unlink(temp).catch(() => undefined);
    throw error;
  }
}
