// Everything the CLI touches in the outside world, injectable so tests run it in-process.
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
  readStdin?: () => Promise<Buffer>;
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
