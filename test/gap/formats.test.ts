// Exact output of every gap format on fixtures/gap/small: the output is the contract.
import { describe, expect, it } from 'vitest';
import { AFTER_FIXTURES, fixture, runCli as run, type RunOptions } from '../helpers.js';

// Evaluated as of 2025-03-31 on a day after it, so that no evidence in the fixture is in the future.
const runCli = (argv: string[], options: RunOptions = {}) => run(argv, { now: AFTER_FIXTURES, ...options });

const ARGS = ['gap', fixture('gap', 'small'), '--as-of', '2025-03-31'];

describe('gap formats', () => {
  it.each([
    ['table', 'en', 'txt'],
    ['table', 'vi', 'txt'],
    ['json', 'en', 'json'],
    ['markdown', 'en', 'md'],
    ['markdown', 'vi', 'md'],
    ['csv', 'en', 'csv'],
    ['csv', 'vi', 'csv'],
    ['csv-excel', 'vi', 'excel.csv'],
    ['csv-excel', 'en', 'excel.csv'],
  ])('%s (%s)', async (format, lang, ext) => {
    const { code, stdout, stderr } = await runCli([...ARGS, '--format', format, '--lang', lang]);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    await expect(stdout).toMatchFileSnapshot(`snapshots/small.${lang}.${format === 'table' ? 'table.' : ''}${ext}`);
  });

  it('table with --compare shows before and change columns', async () => {
    const { stdout } = await runCli([...ARGS, '--compare', fixture('gap', 'small'), '--compare-as-of', '2024-12-31']);
    await expect(stdout.replaceAll(fixture('gap', 'small'), 'fixtures/gap/small')).toMatchFileSnapshot('snapshots/small.compare.en.table.txt');
  });

  it('csv with --compare adds a change column after each count', async () => {
    const { stdout } = await runCli([...ARGS, '--format', 'csv', '--compare', fixture('gap', 'small'), '--compare-as-of', '2024-12-31']);
    await expect(stdout).toMatchFileSnapshot('snapshots/small.compare.en.csv');
  });

  it('colours the table only on a terminal, and bars are drawn either way', async () => {
    const plain = await runCli(ARGS);
    const coloured = await runCli(ARGS, { tty: true, env: { TERM: 'xterm-256color' } });
    expect(plain.stdout).not.toContain('\u001b[');
    expect(coloured.stdout).toContain('\u001b[');
    expect(coloured.stdout.replace(/\u001b\[[0-9;]*m/g, '')).toBe(plain.stdout);
    expect(plain.stdout).toContain('████████████░░░░░░░░');
  });
});
