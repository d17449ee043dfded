// Where a command's reports go. Pairing rule for `--format X --output FILE`: each --output binds
// to the --format just before it; a --format with no --output after it goes to standard output;
// at most one format may go to standard output. Without any --format, the config's `outputs:` (or
// the command's default format) apply. Files are written atomically and never replace an existing
// file without --force (or `force: true` in the config entry).
import path from 'node:path';
import type { ProjectConfig } from '../config/config-file.js';
import { FatalError } from '../errors.js';
import { localize, type Localized } from '../i18n/lang.js';
import { displayName } from '../loading/files.js';
import { lstatSync, realpathSync, type Stats } from 'node:fs';
import { describeErrorCode, NOT_REGULAR_NAMES, notRegularKind } from '../util/fs-read.js';
import { statOrUndefined } from '../util/fs-sync.js';
import { appendFile, mkdir } from '../util/fs-write.js';
import { FileExistsError, writeFileAtomic } from '../util/write-atomic.js';
import type { Io } from './io.js';

/** `--format` and `--output` values in the order they were given on the command line. */
export type OutputToken = { format: string } | { file: string };

export interface OutputTarget {
  format: string;
  /** Absolute path; absent = standard output (also for `--output -`). */
  file?: string;
  force: boolean;
  /** Named by the config file's `outputs:`, not on the command line: never replaces an existing file. */
  fromConfig?: boolean;
}

export interface PlanOptions {
  formats: readonly string[];
  defaultFormat: string;
  force: boolean;
  config?: ProjectConfig;
  cwd: string;
}

/** `--output -` is standard output. */
export const STDOUT_NAME = '-';

export function planOutputs(tokens: readonly OutputToken[], options: PlanOptions): OutputTarget[] {
  let targets: OutputTarget[];
  if (tokens.length > 0) {
    targets = [];
    // Formats that already have their --output (a file, or `-`).
    const bound = new Set<OutputTarget>();
    for (const token of tokens) {
      if ('format' in token) {
        targets.push({ format: token.format, force: options.force });
        continue;
      }
      const last = targets[targets.length - 1];
      if (!last || bound.has(last)) {
        throw new FatalError(
          localize(
            {
              vi: '--output {f} phải đứng ngay sau --format mà nó ghi (ví dụ: --format sarif --output {f})',
              en: '--output {f} must follow the --format it writes (for example: --format sarif --output {f})',
            },
            { f: token.file },
          ),
        );
      }
      bound.add(last);
      if (token.file !== STDOUT_NAME) last.file = path.resolve(options.cwd, token.file);
    }
  } else if (options.config?.outputs) {
    const config = options.config;
    targets = config.outputs!.map((o) => {
      if (!options.formats.includes(o.format)) {
        throw new FatalError(
          localize(
            { vi: '"outputs.format": định dạng không tồn tại "{v}"; các định dạng: {list}', en: '"outputs.format": unknown format "{v}"; formats: {list}' },
            { v: o.format, list: options.formats.join(', ') },
          ),
          { file: config.shown, ...o.position },
        );
      }
      if (o.file !== undefined) checkInsideConfigTree(o.file, config, options.cwd, o.position);
      // A config's `force: true` no longer replaces anything (see existsMessage).
      return { format: o.format, ...(o.file ? { file: o.file } : {}), force: false, fromConfig: true };
    });
  } else {
    targets = [{ format: options.defaultFormat, force: options.force }];
  }
  const toStdout = targets.filter((t) => t.file === undefined);
  if (toStdout.length > 1) {
    throw new FatalError(
      localize(
        {
          vi: 'chỉ một định dạng được in ra màn hình ({list}); thêm --output FILE sau các định dạng còn lại',
          en: 'only one format can go to standard output (got {list}); add --output FILE after the others',
        },
        { list: toStdout.map((t) => t.format).join(', ') },
      ),
    );
  }
  const seen = new Set<string>();
  for (const t of targets) {
    if (t.file === undefined) continue;
    if (seen.has(t.file)) {
      throw new FatalError(localize({ vi: 'hai đầu ra cùng ghi vào {f}', en: 'two outputs write to the same file {f}' }, { f: displayName(t.file, options.cwd) }));
    }
    seen.add(t.file);
  }
  return targets;
}

/**
 * A config file comes with the repository it configures (in CI, from a pull request): the files it
 * names must stay inside its own directory tree, after `..` and symbolic links are resolved, and
 * never inside a `.git` directory (a hook or `.git/config` would run what the report contains).
 */
function checkInsideConfigTree(file: string, config: ProjectConfig, cwd: string, position: { line: number; column: number }): void {
  const root = realPathOfExisting(path.dirname(config.file));
  const real = realPathOfExisting(file);
  const relative = path.relative(root, real);
  const outside = relative === '' || relative.startsWith('..') || path.isAbsolute(relative);
  if (!outside && !relative.split(path.sep).includes('.git')) return;
  throw new FatalError(
    localize(
      {
        vi: '"outputs.file": {f} nằm ngoài thư mục của tệp cấu hình ({d}); tệp cấu hình chỉ được ghi báo cáo vào bên trong thư mục của nó (không vào .git); hãy dùng --output trên dòng lệnh',
        en: '"outputs.file": {f} is outside the directory of the config file ({d}); a config file may only write reports inside its own directory tree (not into .git); use --output on the command line instead',
      },
      { f: displayName(file, cwd), d: path.relative(cwd, path.dirname(config.file)).split(path.sep).join('/') || '.' },
    ),
    { file: config.shown, ...position },
  );
}

/** The real path of `file`: its deepest existing ancestor resolved (symbolic links followed), then the rest appended. */
function realPathOfExisting(file: string): string {
  const rest: string[] = [];
  let current = path.resolve(file);
  for (;;) {
    try {
      return path.join(realpathSync.native(current), ...rest);
    } catch {
      const parent = path.dirname(current);
      if (parent === current) return path.join(current, ...rest);
      rest.unshift(path.basename(current));
      current = parent;
    }
  }
}

function existsMessage(target: OutputTarget, cwd: string): FatalError {
  const f = displayName(target.file!, cwd);
  if (target.fromConfig) {
    return new FatalError(
      localize(
        {
          vi: 'tệp {f} đã tồn tại; tệp cấu hình không được ghi đè tệp (kể cả với "force: true"): xóa tệp đó, hoặc ghi rõ trên dòng lệnh: --format {format} --output {f} --force',
          en: '{f} already exists; a config file cannot replace a file (not even with "force: true"): delete it, or name it on the command line: --format {format} --output {f} --force',
        },
        { f, format: target.format },
      ),
    );
  }
  return new FatalError(localize({ vi: 'tệp {f} đã tồn tại; thêm --force để ghi đè', en: '{f} already exists; add --force to overwrite it' }, { f }));
}

/**
 * Why `target` must not be written, if it must not: a directory, a special file or a symbolic
 * link is never replaced (not even with --force: `-o /dev/null --force` must leave /dev/null
 * alone); an input of the run is never an output; an existing regular file only with --force.
 */
function targetProblem(target: OutputTarget, inputs: readonly string[], cwd: string): FatalError | undefined {
  const file = target.file!;
  let info: Stats;
  try {
    info = lstatSync(file);
  } catch {
    return undefined; // Nothing there yet (or an unusable parent: the write says why).
  }
  const f = displayName(file, cwd);
  if (info.isDirectory()) {
    return new FatalError(
      localize(
        { vi: '{f} là một thư mục; --output cần tên tệp, ví dụ {f}/{example}', en: '{f} is a directory; --output needs a file name, e.g. {f}/{example}' },
        { f, example: `attt-audit.${EXTENSIONS[target.format] ?? target.format}` },
      ),
    );
  }
  if (info.isSymbolicLink() || notRegularKind(info)) {
    const kind: Localized = info.isSymbolicLink() ? { vi: 'một liên kết tượng trưng', en: 'a symbolic link' } : NOT_REGULAR_NAMES[notRegularKind(info)!];
    return new FatalError(
      localize(
        {
          vi: '{f} là {kind}, không phải tệp thông thường; attt-audit chỉ ghi đè tệp thông thường (dùng --output - để in ra đầu ra chuẩn)',
          en: '{f} is {kind}, not a regular file; attt-audit only ever replaces regular files (use --output - for standard output)',
        },
        { f, kind },
      ),
    );
  }
  for (const input of inputs) {
    const other = statOrUndefined(input);
    if (other && other.ino === info.ino && other.dev === info.dev) {
      return new FatalError(
        localize(
          { vi: '{f} là tệp đầu vào của lần chạy này; báo cáo không bao giờ ghi đè tệp đầu vào', en: '{f} is an input of this run; a report never replaces an input file' },
          { f },
        ),
      );
    }
  }
  if (target.fromConfig || !target.force) return existsMessage(target, cwd);
  return undefined;
}

const EXTENSIONS: Record<string, string> = { table: 'txt', json: 'json', sarif: 'sarif', junit: 'xml', github: 'txt', gitlab: 'json', markdown: 'md', baseline: 'json', html: 'html', xlsx: 'xlsx', pdf: 'pdf', csv: 'csv', 'csv-excel': 'csv', text: 'txt', ics: 'ics' };

/** Fails before any work is done when a target cannot be written (see targetProblem). `inputs`: absolute paths of files the run reads. */
export async function checkTargets(targets: readonly OutputTarget[], cwd: string, inputs: readonly string[] = []): Promise<void> {
  for (const t of targets) {
    if (t.file === undefined) continue;
    const problem = targetProblem(t, inputs, cwd);
    if (problem) throw problem;
  }
}

/** Writes one file atomically, checking the target again (inputs are all known by now). */
export async function writeTarget(target: OutputTarget, content: string | Uint8Array | Iterable<string> | AsyncIterable<Uint8Array>, inputs: readonly string[], cwd: string): Promise<void> {
  const file = target.file!;
  const problem = targetProblem(target, inputs, cwd);
  if (problem) throw problem;
  try {
    await mkdir(path.dirname(file), { recursive: true });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code !== 'EEXIST' && code !== 'ENOTDIR') throw writeError(file, error, cwd);
    throw new FatalError(
      localize(
        { vi: 'không ghi được {f}: một phần của đường dẫn là tệp, không phải thư mục', en: 'cannot write {f}: part of its path is a file, not a directory' },
        { f: displayName(file, cwd) },
      ),
    );
  }
  try {
    await writeFileAtomic(file, content, { overwrite: target.force });
  } catch (error) {
    if (error instanceof FileExistsError) throw existsMessage(target, cwd);
    throw writeError(file, error, cwd);
  }
}

/** One line for a failed write: the code and its meaning (`ENOSPC (no space left on the device)`), never a stack trace. */
function writeError(file: string, error: unknown, cwd: string): FatalError {
  const code = (error as NodeJS.ErrnoException).code ?? String(error);
  return new FatalError(localize({ vi: 'không ghi được {f}: {e}', en: 'cannot write {f}: {e}' }, { f: displayName(file, cwd), e: describeErrorCode(code) }));
}

/** Writes every rendered output: files first (atomically), then standard output. */
export async function emitOutputs(targets: readonly OutputTarget[], render: (target: OutputTarget) => string | Iterable<string>, io: Io, inputs: readonly string[] = []): Promise<void> {
  let stdout: string | Iterable<string> | undefined;
  for (const t of targets) {
    const text = render(t);
    if (t.file === undefined) {
      stdout = text;
      continue;
    }
    await writeTarget(t, text, inputs, io.cwd);
  }
  if (stdout !== undefined) writeInChunks(io, stdout);
}

/** A national inventory's report can be 100 MB: written in slices, it never needs a second, encoded copy in memory. */
function writeInChunks(io: Io, output: string | Iterable<string>): void {
  if (typeof output !== 'string') {
    for (const piece of output) writeInChunks(io, piece);
    return;
  }
  const text = output;
  const CHUNK = 1 << 20;
  if (text.length <= CHUNK) {
    io.stdout.write(text);
    return;
  }
  let start = 0;
  while (start < text.length) {
    let end = Math.min(start + CHUNK, text.length);
    // Never split a surrogate pair between two writes.
    if (end < text.length && text.charCodeAt(end - 1) >= 0xd800 && text.charCodeAt(end - 1) <= 0xdbff) end -= 1;
    io.stdout.write(text.slice(start, end));
    start = end;
  }
}

/** With the `github` format, GitHub Actions also gets the Markdown summary on the job page. */
export async function appendStepSummary(targets: readonly OutputTarget[], markdown: () => string, io: Io): Promise<void> {
  const summary = io.env.GITHUB_STEP_SUMMARY;
  if (!summary || !targets.some((t) => t.format === 'github')) return;
  try {
    await appendFile(path.resolve(io.cwd, summary), `${markdown()}\n`);
  } catch (error) {
    throw new FatalError(
      localize({ vi: 'không ghi được GITHUB_STEP_SUMMARY ({f}): {e}', en: 'cannot append to GITHUB_STEP_SUMMARY ({f}): {e}' }, { f: summary, e: (error as NodeJS.ErrnoException).code ?? String(error) }),
    );
  }
}

/** The working directory relative to the enclosing git repository's root ('' at the root or outside a repository). */
export async function repoPrefix(cwd: string): Promise<string> {
  let dir = path.resolve(cwd);
  for (;;) {
    if (statOrUndefined(path.join(dir, '.git'))) {
      return path.relative(dir, path.resolve(cwd)).split(path.sep).join('/');
    }
    const parent = path.dirname(dir);
    if (parent === dir) return '';
    dir = parent;
  }
}
