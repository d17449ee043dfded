// Expands path arguments into the YAML files to read, in a stable order, and reads required files.
import { lstatSync, realpathSync, statSync, type Stats } from 'node:fs';
import path from 'node:path';
import { FatalError } from '../errors.js';
import { localize, type Localized } from '../i18n/lang.js';
import { describeErrorCode, listDirectory, readFileBounded, ReadError } from '../util/fs-read.js';
import { statOrUndefined } from '../util/fs-sync.js';

const YAML_FILE = /\.ya?ml$/i;

/** A directory below a path argument that could not be listed (EACCES…): its files are unknown. */
export interface UnlistedDirectory {
  absolute: string;
  error: ReadError;
}

/**
 * A file argument is taken as is; a directory yields every `*.yaml`/`*.yml` below it, sorted.
 * A missing argument stops the run; a sub-directory that cannot be listed is returned in
 * `unlisted`, so the caller decides (an inventory reports it and audits the rest).
 */
export async function expandPathsListing(args: readonly string[], cwd: string): Promise<{ files: string[]; unlisted: UnlistedDirectory[] }> {
  const files: string[] = [];
  const unlisted: UnlistedDirectory[] = [];
  for (const arg of args) {
    const absolute = path.resolve(cwd, arg);
    const info = statArgument(absolute, arg);
    if (info.isDirectory()) {
      const before = unlisted.length;
      const found = listYamlFiles(absolute, new Set(), unlisted);
      if (found.length === 0 && unlisted.length === before) {
        throw new FatalError(
          localize({ vi: 'thư mục không chứa tệp danh mục *.yaml/*.yml nào: {p}', en: 'directory holds no *.yaml/*.yml inventory: {p}' }, { p: arg }),
        );
      }
      files.push(...found);
    } else {
      files.push(absolute);
    }
  }
  return { files: [...new Set(files)], unlisted };
}

/** Like expandPathsListing, for files the run cannot do without (rules): a directory that cannot be listed stops the run. */
export async function expandPaths(args: readonly string[], cwd: string): Promise<string[]> {
  const { files, unlisted } = await expandPathsListing(args, cwd);
  const first = unlisted[0];
  if (first) {
    throw new FatalError(
      localize({ vi: 'không đọc được thư mục {p}: {e}', en: 'cannot list the directory {p}: {e}' }, { p: displayName(first.absolute, cwd), e: describeErrorCode(first.error.code ?? 'EIO') }),
    );
  }
  return files;
}

/** A path argument's stats, or a message that says precisely why there are none. */
function statArgument(absolute: string, arg: string): Stats {
  try {
    return statSync(absolute);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'EIO';
    if (code === 'ELOOP') {
      throw new FatalError(localize({ vi: 'vòng lặp liên kết tượng trưng: {p} (ELOOP)', en: 'symbolic link loop: {p} (ELOOP)' }, { p: arg }));
    }
    if (code === 'ENOENT' && isSymbolicLink(absolute)) {
      throw new FatalError(localize({ vi: 'liên kết tượng trưng trỏ tới nơi không tồn tại: {p}', en: 'dangling symbolic link: {p}' }, { p: arg }));
    }
    if (code === 'ENOENT' || code === 'ENOTDIR') {
      throw new FatalError(localize({ vi: 'không tìm thấy đường dẫn: {p}', en: 'path does not exist: {p}' }, { p: arg }));
    }
    throw new FatalError(localize({ vi: 'không đọc được đường dẫn {p}: {e}', en: 'cannot read the path {p}: {e}' }, { p: arg, e: describeErrorCode(code) }));
  }
}

function isSymbolicLink(absolute: string): boolean {
  try {
    return lstatSync(absolute).isSymbolicLink();
  } catch {
    return false;
  }
}

function listYamlFiles(dir: string, seen: Set<string>, unlisted: UnlistedDirectory[]): string[] {
  // Following symlinked directories is useful; remembering real paths stops a symlink loop.
  let entries;
  try {
    const real = realpathSync.native(dir);
    if (seen.has(real)) return [];
    seen.add(real);
    entries = listDirectory(dir);
  } catch (error) {
    unlisted.push({ absolute: dir, error: error instanceof ReadError ? error : new ReadError({ reason: 'system', code: (error as NodeJS.ErrnoException).code ?? 'EIO' }) });
    return [];
  }
  const out: string[] = [];
  for (const entry of entries) {
    const full = path.join(dir, entry.name);
    if (entry.name.startsWith('.') || entry.name === 'node_modules') continue;
    let isDir = entry.isDirectory();
    if (entry.isSymbolicLink()) isDir = statOrUndefined(full)?.isDirectory() ?? false;
    if (isDir) out.push(...listYamlFiles(full, seen, unlisted));
    // Anything else named like an inventory is kept — a dangling link, a FIFO, a device — so
    // reading it fails loudly instead of it vanishing.
    else if (YAML_FILE.test(entry.name)) out.push(full);
  }
  return out;
}

/** How a file is named in findings: relative to the working directory, with forward slashes. */
export function displayName(absolute: string, cwd: string): string {
  const relative = path.relative(cwd, absolute);
  return (relative === '' ? absolute : relative).split(path.sep).join('/');
}

/**
 * Reads a file the run cannot do without (config, waivers file, baseline) through the bounded
 * reader; failing to read it stops the run (exit 2) with the file named.
 */
export async function readRequiredFile(absolute: string, shown: string, what: Localized, maxBytes: number): Promise<Buffer> {
  try {
    return readFileBounded(absolute, maxBytes);
  } catch (error) {
    const e = readErrorDetail(error);
    throw new FatalError(localize({ vi: 'không đọc được {what}: {e}', en: 'cannot read {what}: {e}' }, { what, e }), { file: shown });
  }
}

/** Why a read failed, for "cannot read X: …" messages: the error code (with its meaning), or the bounded reader's reason. */
export function readErrorDetail(error: unknown): Localized {
  if (!(error instanceof ReadError)) return describeErrorCode((error as NodeJS.ErrnoException).code ?? String(error));
  return error.failure.reason === 'system' ? describeErrorCode(error.failure.code) : error.text;
}
