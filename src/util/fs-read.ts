// The one way attt-audit reads a file or standard input: every input may be hostile, so every read
// is bounded (the --max-file-size limit) and only regular files are read. A character device
// (/dev/zero), a FIFO or a socket is refused before a single byte is read, and opening never
// blocks (O_NONBLOCK: a FIFO without a writer would otherwise hang the run).
import { closeSync, constants, fstatSync, openSync, readdirSync, readSync, statSync, type Dirent, type Stats } from 'node:fs';
import { constants as bufferConstants } from 'node:buffer';
import { localize, type Localized } from '../i18n/lang.js';

/**
 * The default --max-file-size. The fast reader audits a 64 MB inventory in about 4 s and 0.6 GB
 * (2-core machine); the limit keeps every run within 10 s and 1 GB and far below V8's largest
 * string (2^29 − 24 UTF-16 units, ~512 M), which a file near the old 512 MB default overflowed.
 */
export const DEFAULT_MAX_FILE_SIZE = 64 * 1024 * 1024;

/**
 * The highest --max-file-size accepted: a file is decoded into one string, and V8's longest string
 * is 2^29 − 24 UTF-16 units; UTF-8 never decodes into more units than it has bytes.
 */
export const MAX_FILE_SIZE_CEILING = bufferConstants.MAX_STRING_LENGTH;

/**
 * Largest file given to the precise YAML parser (config, rule and waivers files, and inventories the
 * fast path declines): it needs ~60 bytes of memory and ~0.6 s per MB, so 8 MB stays within 10 s
 * and 1 GB. The smaller of this and --max-file-size applies.
 */
export const PRECISE_YAML_MAX_SIZE = 8 * 1024 * 1024;

export type NotRegularKind = 'directory' | 'character-device' | 'block-device' | 'fifo' | 'socket' | 'other';

export type ReadFailure =
  | { reason: 'too-large'; limit: number; /** Known for a regular file; absent for a stream. */ size?: number }
  | { reason: 'not-regular'; kind: NotRegularKind }
  | { reason: 'system'; code: string };

/** A read that failed; `text` says why in both languages, without the file name (the caller shows it). */
export class ReadError extends Error {
  readonly text: Localized;
  constructor(readonly failure: ReadFailure) {
    const text = readFailureText(failure);
    super(text.en);
    this.name = 'ReadError';
    this.text = text;
  }
  get code(): string | undefined {
    return this.failure.reason === 'system' ? this.failure.code : undefined;
  }
}

export const NOT_REGULAR_NAMES: Record<NotRegularKind, Localized> = {
  directory: { vi: 'một thư mục', en: 'a directory' },
  'character-device': { vi: 'một thiết bị ký tự', en: 'a character device' },
  'block-device': { vi: 'một thiết bị khối', en: 'a block device' },
  fifo: { vi: 'một ống có tên (FIFO)', en: 'a named pipe (FIFO)' },
  socket: { vi: 'một socket', en: 'a socket' },
  other: { vi: 'một đối tượng đặc biệt', en: 'a special file' },
};

const MB = 1024 * 1024;

/** What a system error code means, for messages: the code stays visible (it is what people search for). */
export function describeErrorCode(code: string): Localized {
  const meaning: Record<string, Localized> = {
    ELOOP: { vi: 'vòng lặp liên kết tượng trưng', en: 'a symbolic link loop' },
    EACCES: { vi: 'không có quyền', en: 'permission denied' },
    EPERM: { vi: 'không được phép', en: 'operation not permitted' },
    ENOSPC: { vi: 'ổ đĩa đã đầy', en: 'no space left on the device' },
    EDQUOT: { vi: 'vượt hạn mức ổ đĩa', en: 'disk quota exceeded' },
    EROFS: { vi: 'hệ thống tệp chỉ đọc', en: 'read-only file system' },
    ENAMETOOLONG: { vi: 'tên tệp quá dài', en: 'file name too long' },
    EIO: { vi: 'lỗi vào/ra', en: 'input/output error' },
  };
  const m = meaning[code];
  return m ? { vi: `${code} (${m.vi})`, en: `${code} (${m.en})` } : { vi: code, en: code };
}

export function readFailureText(failure: ReadFailure): Localized {
  switch (failure.reason) {
    case 'too-large':
      return failure.size === undefined
        ? localize({ vi: 'dữ liệu vào quá lớn: hơn {max} MB (--max-file-size)', en: 'input too large: more than {max} MB (--max-file-size)' }, { max: (failure.limit / MB).toFixed(1) })
        : localize(
            { vi: 'tệp quá lớn: {size} MB, giới hạn {max} MB (--max-file-size)', en: 'file too large: {size} MB, limit {max} MB (--max-file-size)' },
            { size: (failure.size / MB).toFixed(1), max: (failure.limit / MB).toFixed(1) },
          );
    case 'not-regular':
      return localize(
        {
          vi: 'không phải tệp thông thường mà là {kind}; attt-audit chỉ đọc tệp thông thường (và đầu vào chuẩn qua "-")',
          en: 'not a regular file but {kind}; attt-audit reads only regular files (and standard input as "-")',
        },
        { kind: NOT_REGULAR_NAMES[failure.kind] },
      );
    case 'system':
      return localize({ vi: 'không đọc được: {e}', en: 'cannot read: {e}' }, { e: describeErrorCode(failure.code) });
  }
}

export function notRegularKind(info: Stats): NotRegularKind | undefined {
  if (info.isFile()) return undefined;
  if (info.isDirectory()) return 'directory';
  if (info.isCharacterDevice()) return 'character-device';
  if (info.isBlockDevice()) return 'block-device';
  if (info.isFIFO()) return 'fifo';
  if (info.isSocket()) return 'socket';
  return 'other';
}

function specialKindOf(file: string): NotRegularKind | undefined {
  try {
    return notRegularKind(statSync(file));
  } catch {
    return undefined;
  }
}

function systemError(error: unknown): ReadError {
  if (error instanceof ReadError) return error;
  return new ReadError({ reason: 'system', code: (error as NodeJS.ErrnoException).code ?? 'EIO' });
}

/**
 * Reads a regular file of at most `maxBytes` bytes. Throws ReadError: too large (checked from the
 * size before reading, and again while reading, since a file can grow), not a regular file, or a
 * system error (ENOENT, EACCES, ELOOP…).
 */
export function readFileBounded(file: string, maxBytes: number): Buffer {
  let fd: number;
  try {
    // O_NONBLOCK: opening a FIFO must not wait for a writer; it is refused just below.
    fd = openSync(file, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  } catch (error) {
    // A Unix socket cannot be opened at all (ENXIO): name it like the other special files.
    const kind = (error as NodeJS.ErrnoException).code === 'ENXIO' ? specialKindOf(file) : undefined;
    throw kind ? new ReadError({ reason: 'not-regular', kind }) : systemError(error);
  }
  try {
    const info = fstatSync(fd);
    const kind = notRegularKind(info);
    if (kind) throw new ReadError({ reason: 'not-regular', kind });
    if (info.size > maxBytes) throw new ReadError({ reason: 'too-large', size: info.size, limit: maxBytes });
    // Room for one byte more than the size: a file that grows while it is read is noticed, and
    // read on (the buffer grows) only up to the limit.
    let buffer = Buffer.allocUnsafe(Math.min(info.size, maxBytes) + 1);
    let length = 0;
    for (;;) {
      if (length === buffer.length) {
        const larger = Buffer.allocUnsafe(Math.min(maxBytes + 1, buffer.length * 2));
        buffer.copy(larger);
        buffer = larger;
      }
      const n = readSync(fd, buffer, length, buffer.length - length, null);
      if (n === 0) break;
      length += n;
      if (length > maxBytes) throw new ReadError({ reason: 'too-large', size: length, limit: maxBytes });
    }
    return buffer.subarray(0, length);
  } catch (error) {
    throw systemError(error);
  } finally {
    closeSync(fd);
  }
}

/**
 * Reads a stream (standard input) up to `maxBytes`; stops reading as soon as it has more, so
 * `check - < /dev/zero` ends at the limit instead of filling the memory.
 */
export async function readStreamBounded(stream: AsyncIterable<Buffer | string> & { destroy?: () => void }, maxBytes: number): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let length = 0;
  for await (const chunk of stream) {
    const bytes = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
    length += bytes.length;
    if (length > maxBytes) {
      stream.destroy?.();
      throw new ReadError({ reason: 'too-large', limit: maxBytes });
    }
    chunks.push(bytes);
  }
  return Buffer.concat(chunks, length);
}

/** The entries of a directory, sorted by name; a directory that cannot be listed throws ReadError (EACCES…). */
export function listDirectory(dir: string): Dirent[] {
  let entries: Dirent[];
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch (error) {
    throw systemError(error);
  }
  return entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}
