// What a plain check loads at start-up, in the installed command (bin/ → dist/cli.cjs): not the
// Node module the source avoids on purpose (node:fs/promises, which brings readline and watchers).
import { describe, expect, it } from 'vitest';
import { loadedByInstalledRun } from '../helpers.js';

describe('start-up', () => {
  it('a check of the 41 systems loads neither node:fs/promises nor readline', () => {
    const loaded = loadedByInstalledRun(['check', 'fixtures/most', '--as-of', '2024-12-26']).nodeModules;
    expect(loaded).toContain('NativeModule fs');
    expect(loaded.filter((m) => /fs\/promises|readline/.test(m))).toEqual([]);
  });
});
