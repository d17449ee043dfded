// --format/--output pairs: one run, several reports; files written atomically, never overwritten without --force.
import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli, ROOT } from '../helpers.js';
import { tempDir } from './tmp.js';

const INVENTORY = path.join(ROOT, 'fixtures/ci/inventory');
const BASE = ['check', INVENTORY, '--as-of', '2025-03-10', '--no-config'];

describe('--format X --output FILE pairs', () => {
  it('prints the table to the terminal and writes SARIF and JUnit to files in one run', async () => {
    const dir = await tempDir();
    const { code, stdout, stderr } = await runCli([...BASE, '--format', 'sarif', '--output', 'attt.sarif', '--format', 'table', '-f', 'junit', '-o', 'reports/attt.xml'], { cwd: dir });
    expect(stderr).toBe('');
    expect(code).toBe(1);
    expect(stdout).toContain('3 systems, 3 checked');
    const sarif = JSON.parse(await readFile(path.join(dir, 'attt.sarif'), 'utf8'));
    expect(sarif.version).toBe('2.1.0');
    expect(await readFile(path.join(dir, 'reports/attt.xml'), 'utf8')).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?>\n<testsuites/);
    // No temporary files are left behind.
    expect((await readdir(dir)).sort()).toEqual(['attt.sarif', 'reports']);
    expect(await readdir(path.join(dir, 'reports'))).toEqual(['attt.xml']);
  });

  it('writes files only: nothing on standard output, no colour in files even with --color', async () => {
    const dir = await tempDir();
    const { code, stdout } = await runCli([...BASE, '--color', '--format', 'table', '--output', 'out.txt'], { cwd: dir, tty: true });
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(await readFile(path.join(dir, 'out.txt'), 'utf8')).not.toContain('\u001b[');
  });

  it('refuses to overwrite an existing file without --force (exit 2, nothing written), and replaces it with --force', async () => {
    const dir = await tempDir();
    await writeFile(path.join(dir, 'attt.sarif'), 'old');
    const refused = await runCli([...BASE, '--format', 'json', '--output', 'new.json', '--format', 'sarif', '--output', 'attt.sarif'], { cwd: dir });
    expect(refused.code).toBe(2);
    expect(refused.stderr).toBe('attt-audit: error: attt.sarif already exists; add --force to overwrite it\n');
    expect(await readFile(path.join(dir, 'attt.sarif'), 'utf8')).toBe('old');
    expect(await readdir(dir)).toEqual(['attt.sarif']);
    const forced = await runCli([...BASE, '--format', 'sarif', '--output', 'attt.sarif', '--force'], { cwd: dir });
    expect(forced.code).toBe(1);
    expect(JSON.parse(await readFile(path.join(dir, 'attt.sarif'), 'utf8')).version).toBe('2.1.0');
  });

  it.each([
    [['--format', 'table', '--format', 'json'], 'attt-audit: error: only one format can go to standard output (got table, json); add --output FILE after the others\n'],
    [['--output', 'x.json', '--format', 'json'], 'attt-audit: error: --output x.json must follow the --format it writes (for example: --format sarif --output x.json)\n'],
    [['--format', 'json', '--output', 'a.json', '--output', 'b.json'], 'attt-audit: error: --output b.json must follow the --format it writes (for example: --format sarif --output b.json)\n'],
    [['--format', 'json', '-o', 'same', '--format', 'sarif', '-o', 'same'], 'attt-audit: error: two outputs write to the same file same\n'],
    [['--format', 'xml'], "attt-audit: error: option '-f, --format <format>' argument 'xml' is invalid. Allowed choices are table, json, sarif, junit, github, gitlab, markdown.\n"],
  ])('rejects %j with exit 2', async (flags, message) => {
    const dir = await tempDir();
    const { code, stdout, stderr } = await runCli([...BASE, ...flags], { cwd: dir });
    expect({ code, stdout, stderr }).toEqual({ code: 2, stdout: '', stderr: message });
    expect(await readdir(dir)).toEqual([]);
  });

  it('says it in Vietnamese too', async () => {
    const { stderr } = await runCli([...BASE, '--lang', 'vi', '--format', 'table', '--format', 'json']);
    expect(stderr).toBe('attt-audit: lỗi: chỉ một định dạng được in ra màn hình (table, json); thêm --output FILE sau các định dạng còn lại\n');
  });
});
