// `--since REF`: the inventory as it was at a git revision, read with `git ls-tree` and `git show`
// (no checkout, nothing in the work tree changes). git runs through execFile with an argument
// array, never a shell, so a revision or path cannot inject a command.
import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { FatalError } from '../errors.js';
import { localize } from '../i18n/lang.js';
import { loadInventoryBytes, type InventoryLimits, type LoadedInventory } from '../loading/inventory.js';

const run = promisify(execFile);
const YAML_FILE = /\.ya?ml$/i;

async function git(args: string[], cwd: string): Promise<Buffer> {
  try {
    const { stdout } = await run('git', args, { cwd, encoding: 'buffer', maxBuffer: 512 * 1024 * 1024, windowsHide: true });
    return stdout;
  } catch (error) {
    const e = error as NodeJS.ErrnoException & { stderr?: Buffer };
    if (e.code === 'ENOENT') {
      throw new FatalError({ vi: '--since cần lệnh git, nhưng không tìm thấy git', en: '--since needs git, which was not found' });
    }
    const detail = e.stderr?.toString('utf8').trim().split('\n')[0] ?? e.message;
    throw new FatalError(localize({ vi: 'git {cmd} thất bại: {d}', en: 'git {cmd} failed: {d}' }, { cmd: args[0]!, d: detail }));
  }
}

/** The blob at `ref:./file` (relative to cwd), or undefined when the file did not exist there. */
export async function readAtRef(ref: string, file: string, cwd: string): Promise<Buffer | undefined> {
  const relative = toGitPath(file, cwd);
  const listed = await git(['ls-tree', '-z', '--name-only', ref, '--', relative], cwd);
  if (listed.length === 0) return undefined;
  return git(['show', `${ref}:./${relative}`], cwd);
}

function compareBySegments(a: string, b: string): number {
  const x = a.split('/');
  const y = b.split('/');
  for (let i = 0; i < Math.min(x.length, y.length); i += 1) {
    if (x[i] !== y[i]) return x[i]! < y[i]! ? -1 : 1;
  }
  return x.length - y.length;
}

function toGitPath(arg: string, cwd: string): string {
  const relative = path.relative(cwd, path.resolve(cwd, arg)).split(path.sep).join('/');
  return relative === '' ? '.' : relative;
}

/**
 * Loads the inventories that `paths` named at revision `ref`, the way `loadInventories` loads them
 * today: directories give every *.yaml/*.yml below them (hidden entries and node_modules skipped),
 * sorted; file names are relative to cwd, so a finding keeps its file name across the two runs.
 * A path that did not exist at `ref` contributes nothing (all its findings are new).
 */
export async function loadInventoriesAtRef(
  ref: string,
  paths: readonly string[],
  cwd: string,
  limits: Partial<InventoryLimits> = {},
): Promise<LoadedInventory> {
  if (ref.startsWith('-')) {
    throw new FatalError(localize({ vi: '--since: revision không hợp lệ "{r}"', en: '--since: invalid revision "{r}"' }, { r: ref }));
  }
  try {
    await git(['rev-parse', '--verify', '--quiet', '--end-of-options', `${ref}^{commit}`], cwd);
  } catch {
    throw new FatalError(
      localize({ vi: '--since: không tìm thấy revision git "{r}"', en: '--since: unknown git revision "{r}" (is this a git repository, and was the ref fetched?)' }, { r: ref }),
    );
  }
  const files: string[] = [];
  for (const arg of paths) {
    const base = toGitPath(arg, cwd);
    const listed = (await git(['ls-tree', '-r', '-z', '--name-only', ref, '--', base], cwd)).toString('utf8').split('\0').filter(Boolean);
    const found: string[] = [];
    for (const name of listed) {
      const inside = base === '.' ? name : name === base ? path.posix.basename(name) : name.slice(base.length + 1);
      const hidden = inside.split('/').some((part) => part.startsWith('.') || part === 'node_modules');
      if ((name === base || (YAML_FILE.test(name) && !hidden)) && !files.includes(name)) found.push(name);
    }
    // The order a directory walk gives (entries sorted by name at each level), as expandPaths does.
    files.push(...found.sort(compareBySegments));
  }
  const sources: { file: string; bytes: Uint8Array }[] = [];
  for (const file of files) sources.push({ file, bytes: await git(['show', `${ref}:./${file}`], cwd) });
  return loadInventoryBytes(sources, limits);
}
