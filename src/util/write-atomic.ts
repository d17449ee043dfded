// Report files are written atomically: into a temporary file beside the target, then renamed, so
// a reader never sees half a file. An existing file is replaced only when the caller allows it.
import { link, rename, unlink, writeFile } from './fs-write.js';
import path from 'node:path';

export class FileExistsError extends Error {}

export async function writeFileAtomic(file: string, content: string | Uint8Array | Iterable<string>, options: { overwrite: boolean }): Promise<void> {
  // Loaded here, not at start-up: most runs write no file.
  const { randomBytes } = await import('node:crypto');
  const temp = path.join(path.dirname(file), `.${path.basename(file)}.${randomBytes(6).toString('hex')}.tmp`);
  await writeFile(temp, content, { flag: 'wx' });
  try {
    if (options.overwrite) {
      await rename(temp, file);
    } else {
      // link() fails if the target exists, so a file that appears meanwhile is not clobbered either.
      await link(temp, file).catch((error: NodeJS.ErrnoException) => {
        throw error.code === 'EEXIST' ? new FileExistsError(file) : error;
      });
    }
  } finally {
    await unlink(temp).catch(() => undefined);
  }
}
