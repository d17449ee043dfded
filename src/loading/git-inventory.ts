// Reads inventories as they were at a git revision, without a checkout: `git ls-tree` lists the
// files, `git show REV:path` reads each one. git runs through execFile with an argument array
// (never a shell), and a revision that could be read as an option is refused.
import { execFile } from 'node:child_process';
import { realpath } from 'node:fs/promises';
import path from 'node:path';
import { FatalError } from '../errors.js';
import { localize } from '../i18n/lang.js';
import { displayName } from './files.js';
import { loadInventoryBytes, type LoadedInventory, type LoadOptions } from './inventory.js';

const YAML_FILE = /\.ya?ml$/i;
const MAX_OUTPUT = 256 * 1024 * 1024;

function git(args: readonly string[], cwd: string): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    execFile('git', [...args], { cwd, encoding: 'buffer', maxBuffer: MAX_OUTPUT, windowsHide: true }, (error, stdout, stderr) => {
      if (error) {
        const code = (error as NodeJS.ErrnoException).code;
        const detail = Buffer.from(stderr).toString('utf8').trim().split('\n')[0] || error.message;
        reject(code === 'ENOENT' ? new GitMissing() : new FatalError(localize({ vi: 'git báo lỗi: {d}', en: 'git failed: {d}' }, { d: detail })));
      } else {
        resolve(stdout);
      }
    });
  });
}

class GitMissing extends FatalError {
  constructor() {
    super({ vi: 'không tìm thấy lệnh git (cần để đọc một phiên bản git)', en: 'git is not installed (needed to read a git revision)' });
  }
}

/** The commit a revision names, or undefined when it names none (or git is not usable here). */
export async function resolveRevision(revision: string, cwd: string): Promise<string | undefined> {
  if (revision === '' || revision.startsWith('-')) return undefined;
  try {
    const out = await git(['rev-parse', '--verify', '--quiet', '--end-of-options', `${revision}^{commit}`], cwd);
    return out.toString('utf8').trim() || undefined;
  } catch (error) {
    if (error instanceof GitMissing) throw error;
    return undefined;
  }
}

/** Loads the same inventory paths as they were at `revision`; files are named `REV:path`. */
export async function loadInventoriesAtRevision(revision: string, paths: readonly string[], options: LoadOptions): Promise<LoadedInventory> {
  const commit = await resolveRevision(revision, options.cwd);
  if (commit === undefined) {
    throw new FatalError(
      localize(
        { vi: '--compare "{r}" không phải đường dẫn tồn tại, cũng không phải phiên bản git (nhánh, thẻ, commit)', en: '--compare "{r}" is neither an existing path nor a git revision (branch, tag, commit)' },
        { r: revision },
      ),
    );
  }
  const top = (await git(['rev-parse', '--show-toplevel'], options.cwd)).toString('utf8').trim();
  const root = await realpath(top);
  const cwdReal = await realpath(options.cwd);
  const sources: { file: string; bytes: Uint8Array }[] = [];
  const seen = new Set<string>();
  for (const arg of paths) {
    const inRepo = path.relative(root, path.resolve(cwdReal, arg)).split(path.sep).join('/');
    if (inRepo.startsWith('..') || path.isAbsolute(inRepo)) {
      throw new FatalError(localize({ vi: 'đường dẫn nằm ngoài kho git: {p}', en: 'path is outside the git repository: {p}' }, { p: arg }));
    }
    const listing = await git(['ls-tree', '-r', '-z', '--name-only', '--full-tree', commit, '--', inRepo === '' ? '.' : inRepo], root);
    const names = listing
      .toString('utf8')
      .split('\0')
      .filter((name) => name !== '' && YAML_FILE.test(name) && !hiddenBelow(name, inRepo))
      .sort();
    if (names.length === 0) {
      throw new FatalError(
        localize({ vi: 'không có tệp kiểm kê *.yaml/*.yml nào tại {p} trong phiên bản {r}', en: 'no *.yaml/*.yml inventory at {p} in revision {r}' }, { p: arg, r: revision }),
      );
    }
    for (const name of names) {
      if (seen.has(name)) continue;
      seen.add(name);
      sources.push({ file: `${revision}:${displayName(path.join(root, name), cwdReal)}`, bytes: await git(['show', `${commit}:${name}`], root) });
    }
  }
  return loadInventoryBytes(sources, options.limits);
}

/** Skips what directory expansion skips on disk: hidden entries and node_modules below the argument. */
function hiddenBelow(name: string, base: string): boolean {
  const below = base === '' || base === '.' ? name : name.slice(base.length + 1);
  return below.split('/').some((part) => part.startsWith('.') || part === 'node_modules');
}
