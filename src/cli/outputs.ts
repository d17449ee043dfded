// Where a command's reports go. Pairing rule for `--format X --output FILE`: each --output binds
// to the --format just before it; a --format with no --output after it goes to standard output;
// at most one format may go to standard output. Without any --format, the config's `outputs:` (or
// the command's default format) apply. Files are written atomically and never replace an existing
// file without --force (or `force: true` in the config entry).
import path from 'node:path';
import type { ProjectConfig } from '../config/config-file.js';
import { FatalError } from '../errors.js';
import { localize } from '../i18n/lang.js';
import { displayName } from '../loading/files.js';
import { statOrUndefined } from '../util/fs-sync.js';
import { appendFile, mkdir } from '../util/fs-write.js';
import { FileExistsError, writeFileAtomic } from '../util/write-atomic.js';
import type { Io } from './io.js';

/** `--format` and `--output` values in the order they were given on the command line. */
export type OutputToken = { format: string } | { file: string };

export interface OutputTarget {
  format: string;
  /** Absolute path; absent = standard output. */
  file?: string;
  force: boolean;
}

export interface PlanOptions {
  formats: readonly string[];
  defaultFormat: string;
  force: boolean;
  config?: ProjectConfig;
  cwd: string;
}

export function planOutputs(tokens: readonly OutputToken[], options: PlanOptions): OutputTarget[] {
  let targets: OutputTarget[];
  if (tokens.length > 0) {
    targets = [];
    for (const token of tokens) {
      if ('format' in token) {
        targets.push({ format: token.format, force: options.force });
        continue;
      }
      const last = targets[targets.length - 1];
      if (!last || last.file !== undefined) {
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
      last.file = path.resolve(options.cwd, token.file);
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
      return { format: o.format, ...(o.file ? { file: o.file } : {}), force: o.force || options.force };
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

function existsMessage(file: string, cwd: string): FatalError {
  return new FatalError(
    localize({ vi: 'tệp {f} đã tồn tại; thêm --force để ghi đè', en: '{f} already exists; add --force to overwrite it' }, { f: displayName(file, cwd) }),
  );
}

/** Fails before any work is done when a target exists (without force) or is a directory. */
export async function checkTargets(targets: readonly OutputTarget[], cwd: string): Promise<void> {
  for (const t of targets) {
    if (t.file === undefined) continue;
    const info = statOrUndefined(t.file);
    if (info?.isDirectory()) {
      throw new FatalError(localize({ vi: '{f} là một thư mục, không phải tệp', en: '{f} is a directory, not a file' }, { f: displayName(t.file, cwd) }));
    }
    if (info && !t.force) throw existsMessage(t.file, cwd);
  }
}

/** Writes every rendered output: files first (atomically), then standard output. */
export async function emitOutputs(targets: readonly OutputTarget[], render: (target: OutputTarget) => string | Iterable<string>, io: Io): Promise<void> {
  let stdout: string | Iterable<string> | undefined;
  for (const t of targets) {
    const text = render(t);
    if (t.file === undefined) {
      stdout = text;
      continue;
    }
    try {
      await mkdir(path.dirname(t.file), { recursive: true });
      await writeFileAtomic(t.file, text, { overwrite: t.force });
    } catch (error) {
      if (error instanceof FileExistsError) throw existsMessage(t.file, io.cwd);
      throw new FatalError(
        localize({ vi: 'không ghi được {f}: {e}', en: 'cannot write {f}: {e}' }, { f: displayName(t.file, io.cwd), e: (error as NodeJS.ErrnoException).code ?? String(error) }),
      );
    }
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
