// attt-audit reads the file system synchronously. It reads its inputs one after another anyway,
// and each asynchronous call is two to four round trips through libuv's thread pool: about 5 ms
// over a check of the 41-system fixture, more on a busy machine. The functions that read stay
// `async` where their callers await them, so this choice stays local to the modules that read.
import { statSync, type Stats } from 'node:fs';

/** The file's stats, or undefined when it cannot be read (missing, no permission…). */
export function statOrUndefined(file: string): Stats | undefined {
  try {
    // Without an exception for a missing file: most of these probes find nothing (the config
    // file is looked for in every parent directory).
    return statSync(file, { throwIfNoEntry: false });
  } catch {
    return undefined;
  }
}
