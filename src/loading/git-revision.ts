// Inventories as they were at a git revision, without a checkout: `git ls-tree` lists the files,
// `git show REV:./path` reads each one. git runs through execFile with an argument array (never a
// shell), and a revision that could be read as an option is refused, so nothing can be injected.
import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { FatalError } from '../errors.js';
import { localize } from '../i18n/lang.js';
import { DEFAULT_MAX_FILE_SIZE, PRECISE_YAML_MAX_SIZE, ReadError } from '../util/fs-read.js';
import { loadInventoryBytes, type InventoryLimits, type LoadedInventory } from './inventory.js';

const run = promisify(execFile);
const YAML_FILE = /\.ya?ml$/i;

/** Output over `maxBuffer` bytes stops git and throws ReadError (too large): a blob is read within --max-file-size. */
async function git(args: string[], cwd: string, maxBuffer = 64 * 1024 * 1024): Promise<Buffer> {
  try {
    const { stdout } = await run('git', args, { cwd, encoding: 'buffer', maxBuffer, windowsHide: true });
    return stdout;
  } catch (error) {
    const e = error as NodeJS.ErrnoException & { stderr?: Buffer };
    if (e.code === 'ERR_CHILD_PROCESS_STDIO_MAXBUFFER') throw new ReadError({ reason: 'too-large', limit: maxBuffer });
    if (e.code === 'ENOENT') {
      throw new FatalError({ vi: 'không tìm thấy lệnh git (cần để đọc một phiên bản git)', en: 'git is not installed (needed to read a git revision)' });
    }
    const detail = e.stderr?.toString('utf8').trim().split('\n')[0] || e.message;
    throw new FatalError(localize({ vi: 'git {cmd} thất bại: {d}', en: 'git {cmd} failed: {d}' }, { cmd: args[0]!, d: detail }));
  }
}

/** Whether `ref` names a commit here (false outside a repository, or for anything option-like). */
export async function isRevision(ref: string, cwd: string): Promise<boolean> {
  if (ref === '' || ref.startsWith('-')) return false;
  try {
    await git(['rev-parse', '--verify', '--quiet', '--end-of-options', `${ref}^{commit}`], cwd);
    return true;
  } catch (error) {
    if (error instanceof FatalError && /not installed/.test(error.text.en)) throw error;
    return false;
  }
}

/** The blob at `ref:./file` (relative to cwd), or undefined when the file did not exist there. */
export async function readAtRef(ref: string, file: string, cwd: string): Promise<Buffer | undefined> {
  const relative = toGitPath(file, cwd);
  const listed = await git(['ls-tree', '-z', '--name-only', ref, '--', relative], cwd);
  if (listed.length === 0) return undefined;
  return git(['show', `${ref}:./${relative}`], cwd, PRECISE_YAML_MAX_SIZE);
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

export interface AtRefOptions {
  limits?: Partial<InventoryLimits>;
  /** Prefix for file names in findings (`REV:` for a comparison); none keeps today's names. */
  label?: string;
  /** A path that did not exist at the revision: contributes nothing, or stops the run. */
  missing: 'empty' | 'error';
}

/**
 * Loads the inventories that `paths` named at revision `ref`, the way `loadInventories` loads them
 * today: directories give every *.yaml/*.yml below them (hidden entries and node_modules skipped),
 * in directory-walk order; file names are relative to cwd.
 */
export async function loadInventoriesAtRef(ref: string, paths: readonly string[], cwd: string, options: AtRefOptions): Promise<LoadedInventory> {
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
    if (found.length === 0 && options.missing === 'error') {
      throw new FatalError(
        localize({ vi: 'không có tệp danh mục *.yaml/*.yml nào tại {p} trong phiên bản {r}', en: 'no *.yaml/*.yml inventory at {p} in revision {r}' }, { p: arg, r: ref }),
      );
    }
    files.push(...found.sort(compareBySegments));
  }
  const limit = options.limits?.maxFileSize ?? DEFAULT_MAX_FILE_SIZE;
  const sources: { file: string; bytes: Uint8Array | ReadError }[] = [];
  for (const file of files) {
    const bytes = await git(['show', `${ref}:./${file}`], cwd, limit).catch((error: unknown) => {
      if (error instanceof ReadError) return error;
      throw error;
    });
    sources.push({ file: `${options.label ?? ''}${file}`, bytes });
  }
  return loadInventoryBytes(sources, options.limits);
}
