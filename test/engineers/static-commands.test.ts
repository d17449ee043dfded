// `schema` and `rules` print static data: the built CLI prints the schema the build generated
// (no zod), and the rules table is drawn without cli-table3 (whose per-line truncation was
// quadratic in Vietnamese cell text). What they load is checked, not how long they take.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { boxTable, wrapText } from '../../src/formatters/common/box-table.js';
import { loadedByInstalledRun, ROOT } from '../helpers.js';

describe('schema and rules start without what they do not print', () => {
  it('the installed `schema` loads no zod and prints exactly schema/inventory.schema.json', () => {
    const { required } = loadedByInstalledRun(['schema']);
    expect(required.filter((f) => /[\\/]node_modules[\\/](zod|yaml)[\\/]/.test(f))).toEqual([]);
    const run = spawnSync(process.execPath, ['bin/attt-audit.js', 'schema'], { cwd: ROOT, encoding: 'utf8' });
    expect(run.status).toBe(0);
    expect(run.stdout).toBe(readFileSync(`${ROOT}/schema/inventory.schema.json`, 'utf8'));
  });

  it('the installed `rules` loads neither zod nor cli-table3', () => {
    const { required } = loadedByInstalledRun(['rules', '--regime', 'all', '--lang', 'vi']);
    expect(required.filter((f) => /[\\/]node_modules[\\/](zod|yaml|cli-table3)[\\/]/.test(f))).toEqual([]);
  });
});

describe('boxed table', () => {
  it('wraps at spaces by display width, splits a word longer than the column, and pads every line by its width before colour', () => {
    expect(wrapText('Nghị định 85/2016/NĐ-CP Điều 20.2.c', 12)).toEqual(['Nghị định', '85/2016/NĐ-C', 'P Điều', '20.2.c']);
    const text = boxTable([[{ text: 'Rule' }], [{ text: 'Title' }]], [[[{ text: 'a/b' }], [{ text: 'Trung tâm Công nghệ' }, { text: 'x', paint: (l) => `\u001b[2m${l}\u001b[22m` }]]], [6, 12]);
    expect(text).toBe(
      [
        '┌──────┬────────────┐',
        '│ Rule │ Title      │',
        '├──────┼────────────┤',
        '│ a/b  │ Trung tâm  │',
        '│      │ Công nghệ  │',
        '│      │ \u001b[2mx\u001b[22m          │',
        '└──────┴────────────┘',
        '',
      ].join('\n'),
    );
  });
});
