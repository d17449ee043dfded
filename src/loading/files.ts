// Expands path arguments into the YAML files to read, in a stable order.
import { readdirSync, readFileSync, realpathSync } from 'node:fs';
import path from 'node:path';
import { FatalError } from '../errors.js';
import { localize, type Localized } from '../i18n/lang.js';
import { statOrUndefined } from '../util/fs-sync.js';

const YAML_FILE = /\.ya?ml$/i;

/** A file argument is taken as is; a directory yields every `*.yaml`/`*.yml` below it, sorted. */
export async function expandPaths(args: readonly string[], cwd: string): Promise<string[]> {
  const files: string[] = [];
  for (const arg of args) {
    const absolute = path.resolve(cwd, arg);
    const info = statOrUndefined(absolute);
    if (!info) {
      throw new FatalError(localize({ vi: 'không tìm thấy đường dẫn: {p}', en: 'path does not exist: {p}' }, { p: arg }));
    }
    if (info.isDirectory()) {
      const found = listYamlFiles(absolute, new Set());
      if (found.length === 0) {
        throw new FatalError(
          localize({ vi: 'thư mục không chứa tệp kiểm kê *.yaml/*.yml nào: {p}', en: 'directory holds no *.yaml/*.yml inventory: {p}' }, { p: arg }),
        );
      }
      files.push(...found);
    } else {
      files.push(absolute);
    }
  }
  return [...new Set(files)];
}

function listYamlFiles(dir: string, seen: Set<string>): string[] {
  // Following symlinked directories is useful; remembering real paths stops a symlink loop.
  const real = realpathSync.native(dir);
  if (seen.has(real)) return [];
  seen.add(real);
  const entries = readdirSync(dir, { withFileTypes: true });
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const out: string[] = [];
  for (const entry of entries) {
    const full = path.join(dir, entry.name);
    if (entry.name.startsWith('.') || entry.name === 'node_modules') continue;
    let isDir = entry.isDirectory();
    let isFile = entry.isFile();
    if (entry.isSymbolicLink()) {
      const target = statOrUndefined(full);
      isDir = target?.isDirectory() ?? false;
      // A dangling link named like an inventory is kept, so reading it fails loudly instead of it vanishing.
      isFile = target ? target.isFile() : true;
    }
    if (isDir) out.push(...listYamlFiles(full, seen));
    else if (isFile && YAML_FILE.test(entry.name)) out.push(full);
  }
  return out;
}

/** How a file is named in findings: relative to the working directory, with forward slashes. */
export function displayName(absolute: string, cwd: string): string {
  const relative = path.relative(cwd, absolute);
  return (relative === '' ? absolute : relative).split(path.sep).join('/');
}

/** Reads a file the run cannot do without (config, waivers file); failing to read it stops the run (exit 2). */
export async function readRequiredFile(absolute: string, shown: string, what: Localized): Promise<Buffer> {
  try {
    return readFileSync(absolute);
  } catch (error) {
    const e = (error as NodeJS.ErrnoException).code ?? String(error);
    throw new FatalError({ vi: `không đọc được ${what.vi}: ${e}`, en: `cannot read ${what.en}: ${e}` }, { file: shown });
  }
}
