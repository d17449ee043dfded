// Temporary directories for tests that write files or run git.
import { mkdtemp, mkdir, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';

export async function tempDir(prefix = 'attt-'): Promise<string> {
  return mkdtemp(path.join(os.tmpdir(), prefix));
}

/** Writes files given as { 'relative/path': text } under dir. */
export async function writeTree(dir: string, files: Record<string, string>): Promise<void> {
  for (const [name, text] of Object.entries(files)) {
    await mkdir(path.dirname(path.join(dir, name)), { recursive: true });
    await writeFile(path.join(dir, name), text);
  }
}

/** A valid operating system entry; `extra` is YAML appended under it (indented by the caller). */
export function system(id: string, extra = ''): string {
  return `  - id: ${id}\n    name: Hệ thống ${id}\n    owner: Văn phòng\n${extra}`;
}
