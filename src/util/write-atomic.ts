// Report files are written atomically: into a temporary file beside the target, then renamed, so
// a reader never sees half a file. An existing file is replaced only when the caller allows it.
// The temporary file never outlives the run: it is removed when the write fails (a full disk),
// and when the run is interrupted (SIGINT, SIGTERM, SIGHUP) or exits while writing.
import { unlinkSync } from 'node:fs';
import path from 'node:path';
import { link, rename, unlink, writeFile } from './fs-write.js';

export class FileExistsError extends Error {}

/** Temporary files being written now; removed by the handlers below if the run ends meanwhile. */
const pending = new Set<string>();
const SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;

function removePending(): void {
  for (const temp of pending) {
    try {
      unlinkSync(temp);
    } catch {
      // Already gone.
    }
  }
  pending.clear();
}

function onSignal(signal: NodeJS.Signals): void {
  removePending();
  unwatch();
  // Die of the same signal, as if it had not been caught (exit status 128 + n for the shell).
  process.kill(process.pid, signal);
}

function watch(): void {
  if (pending.size > 1) return;
  for (const signal of SIGNALS) process.on(signal, onSignal);
  process.on('exit', removePending);
}

function unwatch(): void {
  if (pending.size > 0) return;
  for (const signal of SIGNALS) process.removeListener(signal, onSignal);
  process.removeListener('exit', removePending);
}

export async function writeFileAtomic(file: string, content: string | Uint8Array | Iterable<string> | AsyncIterable<Uint8Array>, options: { overwrite: boolean }): Promise<void> {
  // Loaded here, not at start-up: most runs write no file.
  const { randomBytes } = await import('node:crypto');
  const temp = path.join(path.dirname(file), `.${path.basename(file)}.${randomBytes(6).toString('hex')}.tmp`);
  pending.add(temp);
  watch();
  try {
    await writeFile(temp, content, { flag: 'wx' });
    if (options.overwrite) {
      await rename(temp, file);
    } else {
      // link() fails if the target exists, so a file that appears meanwhile is not clobbered either.
      await link(temp, file).catch((error: NodeJS.ErrnoException) => {
        throw error.code === 'EEXIST' ? new FileExistsError(file) : error;
      });
    }
  } finally {
    // After a rename there is nothing left to remove; after a link, or a failed write, the temporary name goes.
    await unlink(temp).catch(() => undefined);
    pending.delete(temp);
    unwatch();
  }
}
