// Finding the config file, apart from reading it: most runs have none, and then the config
// module (zod, yaml) never needs to load.
import path from 'node:path';
import { statOrUndefined } from '../util/fs-sync.js';

export const CONFIG_FILE_NAME = 'attt-audit.config.yaml';

/** The nearest `attt-audit.config.yaml` in `cwd` or one of its parents. */
export async function discoverConfig(cwd: string): Promise<string | undefined> {
  let dir = path.resolve(cwd);
  for (;;) {
    const candidate = path.join(dir, CONFIG_FILE_NAME);
    const info = statOrUndefined(candidate);
    if (info?.isFile()) return candidate;
    const parent = path.dirname(dir);
    if (parent === dir) return undefined;
    dir = parent;
  }
}
