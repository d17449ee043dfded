// Everything the CLI touches in the outside world, injectable so tests run it in-process.
import { fstatSync, writeSync } from 'node:fs';
import { isatty } from 'node:tty';
import { FatalError } from '../errors.js';
import { localize } from '../i18n/lang.js';
import { describeErrorCode } from '../util/fs-read.js';
import { Chalk, type ChalkInstance } from 'chalk';

export interface OutputStream {
  write(text: string): unknown;
  isTTY?: boolean;
}

export interface Io {
  stdout: OutputStream;
  stderr: OutputStream;
  env: Readonly<Record<string, string | undefined>>;
  cwd: string;
  now: () => Date;
  /** Standard input, at most `maxBytes` (else a ReadError: too large). */
  readStdin?: (maxBytes: number) => Promise<Buffer>;
}

/**
 * Colour follows the usual conventions: `--no-color` and a non-empty NO_COLOR turn it off,
 * FORCE_COLOR (0–3) forces a level, otherwise colour only on a terminal that is not "dumb".
 */
export function colorFor(stream: OutputStream, env: Io['env'], flag: boolean | undefined): ChalkInstance {
  if (flag === false) return new Chalk({ level: 0 });
  const force = env.FORCE_COLOR;
  if (force !== undefined && force !== '') {
    const level = force === 'true' ? 1 : force === 'false' ? 0 : Number(force);
    if (Number.isInteger(level) && level >= 0 && level <= 3) return new Chalk({ level: level as 0 | 1 | 2 | 3 });
  }
  if (flag === true) return new Chalk({ level: 1 });
  if (env.NO_COLOR) return new Chalk({ level: 0 });
  if (!stream.isTTY || env.TERM === 'dumb') return new Chalk({ level: 0 });
  return new Chalk({ level: env.COLORTERM === 'truecolor' ? 3 : 2 });
}

/**
 * Standard output or error of the real process (fd 1 or 2). When it is a file, a pipe, a socket or
 * a character device that is not a terminal (/dev/null, /dev/full) — CI logs, `> report.json`,
 * `| head` — text goes straight to the descriptor with fs.writeSync, as Node's own stream does
 * for files: creating process.stdout would load Node's stream classes, ~2.5 ms of start-up. A
 * terminal (and anything on Windows) gets process.stdout or process.stderr, as does the rest of
 * the output if the descriptor turns out to be non-blocking.
 * A reader that goes away (`attt-audit check … | head`, EPIPE) ends the output without an error:
 * that is the reader's choice.
 */
export function standardStream(fd: 1 | 2): OutputStream {
  let stream: NodeJS.WriteStream | undefined;
  const real = (): NodeJS.WriteStream => {
    if (stream === undefined) {
      stream = fd === 1 ? process.stdout : process.stderr;
      stream.on('error', (error: NodeJS.ErrnoException) => {
        if (error.code !== 'EPIPE') throw error;
      });
    }
    return stream;
  };
  if (!writesDirectly(fd)) {
    return {
      write: (text) => real().write(text),
      get isTTY() {
        return real().isTTY;
      },
    };
  }
  let closed = false;
  let scratch = Buffer.allocUnsafe(0);
  return {
    isTTY: false,
    write(text) {
      if (stream !== undefined) return stream.write(text);
      if (closed) return false;
      // Encoded into one reused buffer: a new Buffer per write (Buffer.from) doubled the cost of
      // writing a national inventory's 93 MB report (issue 17). UTF-8 takes at most 3 bytes per UTF-16 unit.
      if (scratch.length < text.length * 3) scratch = Buffer.allocUnsafe(text.length * 3);
      const length = scratch.write(text, 'utf8');
      let offset = 0;
      try {
        while (offset < length) offset += writeSync(fd, scratch, offset, length - offset);
      } catch (error) {
        const code = (error as NodeJS.ErrnoException).code;
        // The stream writes later: it gets its own copy, the scratch buffer is reused.
        if (code === 'EAGAIN') return real().write(Buffer.from(scratch.subarray(offset, length)));
        // A full disk (`> /dev/full`) or another failure: one line and exit 2, as for a report file.
        if (code !== 'EPIPE') {
          throw new FatalError(
            localize({ vi: 'không ghi được ra {s}: {e}', en: 'cannot write to {s}: {e}' }, {
              s: fd === 1 ? { vi: 'đầu ra chuẩn', en: 'standard output' } : { vi: 'đầu ra lỗi chuẩn', en: 'standard error' },
              e: describeErrorCode(code ?? String(error)),
            }),
          );
        }
        closed = true;
        return false;
      }
      return true;
    },
  };
}

function writesDirectly(fd: number): boolean {
  if (process.platform === 'win32') return false;
  try {
    const stat = fstatSync(fd);
    if (stat.isFile() || stat.isFIFO() || stat.isSocket()) return true;
    // A character device that is not a terminal: /dev/null, /dev/full…
    return stat.isCharacterDevice() && !isatty(fd);
  } catch {
    return false;
  }
}
