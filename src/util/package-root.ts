// The installed package's root, found from this module's location, so the bundled CLI (dist/)
// and the sources under test (src/) both find the shipped rule pack.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

let found: string | undefined;

export function packageRoot(): string {
  found ??= search();
  return found;
}

function search(): string {
  let dir = path.dirname(fileURLToPath(import.meta.url));
  for (;;) {
    if (existsSync(path.join(dir, 'package.json')) && existsSync(path.join(dir, 'rules'))) return dir;
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error('attt-audit: cannot find the package root (package.json beside rules/)');
    dir = parent;
  }
}
