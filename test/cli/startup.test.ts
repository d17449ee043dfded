// What a plain check loads at start-up, in the installed command (bin/ → dist/cli.cjs): not the
// Node module the source avoids on purpose (node:fs/promises, which brings readline and watchers).
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers.js';

/** Node's own modules a run of bin/attt-audit.js loaded (process.moduleLoadList), with its output in a pipe. */
function nodeModulesLoaded(args: string[]): string[] {
  const probe = [
    "process.argv.splice(1, 0, 'bin/attt-audit.js');",
    "process.on('exit', () => process.stderr.write('\\nloaded: ' + JSON.stringify(process.moduleLoadList) + '\\n'));",
    "require('./bin/attt-audit.js');",
  ].join(' ');
  const run = spawnSync(process.execPath, ['-e', probe, '--', ...args], { cwd: ROOT, encoding: 'utf8' });
  return JSON.parse(/^loaded: (.*)$/m.exec(run.stderr)![1]!);
}

describe('start-up', () => {
  it('a check of the 41 systems loads neither node:fs/promises nor readline', () => {
    if (!existsSync(path.join(ROOT, 'dist', 'cli.cjs'))) throw new Error('dist/cli.cjs is missing: run `npm run build` (npm test does)');
    const loaded = nodeModulesLoaded(['check', 'fixtures/most', '--as-of', '2024-12-26']);
    expect(loaded).toContain('NativeModule fs');
    expect(loaded.filter((m) => /fs\/promises|readline/.test(m))).toEqual([]);
  });
});
