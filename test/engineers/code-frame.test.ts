// YAML syntax errors in the terminal table: a short code frame (the offending line, a caret under
// the column), made visible and capped; a duplicate key is named. Machine formats carry no frame.
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers.js';
import { tempDir, writeTree } from '../ci/tmp.js';

async function check(files: Record<string, string>, ...flags: string[]) {
  const dir = await tempDir('attt-frame-');
  await writeTree(dir, files);
  return runCli(['check', ...Object.keys(files), '--as-of', '2025-01-01', '--no-config', ...flags], { cwd: dir });
}

/** The lines of the table between the file name and the blank line after its findings. */
const block = (stdout: string): string => stdout.slice(0, stdout.indexOf('\n\n'));

describe('code frame under a YAML syntax error', () => {
  it('shows the line and a caret under the column', async () => {
    const { code, stdout } = await check({ 'a.yaml': 'systems:\n  - id: a\n    name: "Cổng dịch vụ\n    owner: X\n' });
    expect(code).toBe(1);
    expect(block(stdout)).toBe(
      [
        'a.yaml',
        '  (file problems)',
        '     3:11  error  YAML syntax error: unclosed double quote (")  inventory/yaml-syntax',
        '           │     name: "Cổng dịch vụ',
        '           │           ^',
      ].join('\n'),
    );
  });

  it('names a duplicate key, in English and Vietnamese', async () => {
    const files = { 'a.yaml': 'systems:\n  - id: a\n    name: A\n    owner: X\n    name: B\n' };
    const en = await check(files);
    expect(block(en.stdout)).toBe(
      [
        'a.yaml',
        '  (file problems)',
        '     5:5  error  YAML syntax error: duplicate key "name" in the same mapping  inventory/duplicate-key',
        '          │     name: B',
        '          │     ^',
      ].join('\n'),
    );
    const vi = await check(files, '--lang', 'vi');
    expect(vi.stdout).toContain('lỗi cú pháp YAML: khóa "name" bị lặp lại trong cùng một ánh xạ');
  });

  it('control characters in the line are shown escaped, and the caret still lines up', async () => {
    const { stdout } = await check({ 'a.yaml': 'systems:\n  - id: a\n    name: [\u001b, "x\n' });
    expect(stdout).not.toContain('\u001b');
    expect(block(stdout).split('\n').slice(2, 5)).toEqual([
      '     3:15  error  YAML syntax error: unclosed double quote (")                    inventory/yaml-syntax',
      '           │     name: [\\u001b, "x',
      '           │                    ^',
    ]);
  });

  it('a very long line is cut to 60 characters on each side of the column', async () => {
    const pairs = Array.from({ length: 500 }, (_, i) => `k${i}: 1`).join(', ');
    const line = `    attributes: { a: 1, ${pairs}, a: 2, ${pairs.replaceAll('k', 'm')} }`;
    const { stdout } = await check({ 'a.yaml': `systems:\n  - id: a\n    name: A\n    owner: X\n${line}\n` });
    const [finding, frame, caret] = block(stdout).split('\n').slice(2);
    const column = line.indexOf(', a: 2') + 3;
    expect(finding).toContain(`5:${column}  error  YAML syntax error: duplicate key "a" in the same mapping`);
    const indent = ' '.repeat(5 + `5:${column}`.length + 2);
    expect(frame).toBe(`${indent}│ …${line.slice(column - 61, column - 1)}${line.slice(column - 1, column + 59)}…`);
    expect(caret).toBe(`${indent}│ ${' '.repeat(61)}^`);
  });

  it('JSON and SARIF carry no code frame', async () => {
    const files = { 'a.yaml': 'systems:\n  - id: a\n    name: "A\n' };
    for (const format of ['json', 'sarif', 'github']) {
      const { stdout } = await check(files, '--format', format);
      expect(stdout).not.toContain('^');
      expect(stdout).not.toMatch(/excerpt|│/);
    }
  });
});
