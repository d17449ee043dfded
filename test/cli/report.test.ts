// `attt-audit report` as a command: where it writes, what it refuses, its exit codes, and that its
// heavy parts (exceljs) load only when a report needs them.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadedByInstalledRun, ROOT, runCli, systemYaml, tempDir } from '../helpers.js';

const MOST = path.join(ROOT, 'fixtures', 'most');

describe('report command', () => {
  it('writes the HTML report to --output and says so on stderr', async () => {
    const dir = tempDir({});
    const { code, stdout, stderr } = await runCli(['report', MOST, '--as-of', '2024-12-26', '--output', 'report.html'], { cwd: dir });
    expect({ code, stdout, stderr }).toEqual({ code: 0, stdout: '', stderr: 'attt-audit: wrote report.html\n' });
    expect(readdirSync(dir)).toEqual(['report.html']);
    const html = readFileSync(path.join(dir, 'report.html'), 'utf8');
    expect(html.startsWith('<!doctype html>\n<html lang="en">')).toBe(true);
  });

  it('never replaces an existing file without --force, and leaves no temporary file behind', async () => {
    const dir = tempDir({ 'report.html': 'keep me' });
    const refused = await runCli(['report', MOST, '--output', 'report.html'], { cwd: dir });
    expect(refused).toEqual({ code: 2, stdout: '', stderr: 'attt-audit: error: report.html already exists; add --force to overwrite it\n' });
    expect(readFileSync(path.join(dir, 'report.html'), 'utf8')).toBe('keep me');

    const vi = await runCli(['report', MOST, '--output', 'report.html', '--lang', 'vi'], { cwd: dir });
    expect(vi.stderr).toBe('attt-audit: lỗi: tệp report.html đã tồn tại; thêm --force để ghi đè\n');

    const forced = await runCli(['report', MOST, '--as-of', '2024-12-26', '--output', 'report.html', '--force'], { cwd: dir });
    expect(forced.code).toBe(0);
    expect(readFileSync(path.join(dir, 'report.html'), 'utf8')).toContain('13/41');
    expect(readdirSync(dir)).toEqual(['report.html']);
  });

  it('takes the format from --format, else from the output extension', async () => {
    const dir = tempDir({});
    expect((await runCli(['report', MOST, '-o', 'book.xlsx'], { cwd: dir })).code).toBe(0);
    expect(readFileSync(path.join(dir, 'book.xlsx')).subarray(0, 2).toString('latin1')).toBe('PK');
    expect((await runCli(['report', MOST, '-o', 'book.bin', '--format', 'xlsx'], { cwd: dir })).code).toBe(0);
    expect(readFileSync(path.join(dir, 'book.bin')).subarray(0, 2).toString('latin1')).toBe('PK');
    expect((await runCli(['report', MOST, '-o', 'page.htm'], { cwd: dir })).code).toBe(0);
    expect(readFileSync(path.join(dir, 'page.htm'), 'utf8').startsWith('<!doctype html>')).toBe(true);
  });

  it('prints HTML to standard output with --output -, but never a workbook', async () => {
    const html = await runCli(['report', MOST, '--output', '-']);
    expect(html.code).toBe(0);
    expect(html.stdout.startsWith('<!doctype html>')).toBe(true);
    expect(html.stderr).toBe('');
    const xlsx = await runCli(['report', MOST, '--output', '-', '--format', 'xlsx']);
    expect(xlsx).toEqual({ code: 2, stdout: '', stderr: 'attt-audit: error: this binary format needs --output FILE\n' });
  });

  it('exits 2 with one clear line on bad usage', async () => {
    expect(await runCli(['report', MOST])).toEqual({
      code: 2,
      stdout: '',
      stderr: 'attt-audit: error: missing --output FILE: the report is written to a file\n',
    });
    const format = await runCli(['report', MOST, '-o', 'x.pdf', '--format', 'pdf']);
    expect(format.code).toBe(2);
    expect(format.stderr).toBe("attt-audit: error: option '-f, --format <format>' argument 'pdf' is invalid. Allowed choices are html, xlsx, form08.\n");
    const date = await runCli(['report', MOST, '-o', '-', '--as-of', '2024-02-30']);
    expect(date).toEqual({ code: 2, stdout: '', stderr: 'attt-audit: error: --as-of must be a valid date written YYYY-MM-DD or DD/MM/YYYY, not "2024-02-30"\n' });
    // Missing directories are created (as for check); a file where a directory should be is not.
    const dir = tempDir({ 'plain-file': 'x' });
    const notDir = await runCli(['report', MOST, '-o', 'plain-file/report.html'], { cwd: dir });
    expect(notDir).toEqual({ code: 2, stdout: '', stderr: 'attt-audit: error: cannot write plain-file/report.html: part of its path is a file, not a directory\n' });
  });

  it('still writes the report when some entries cannot be read, and exits 1', async () => {
    const dir = tempDir({
      'inventory.yaml': ['systems:', systemYaml('good', 'level: 2\napproval: {decision: QĐ 1, date: 2024-01-10}'), '  - id: bad', '    name: 5'].join('\n'),
    });
    const { code, stderr } = await runCli(['report', 'inventory.yaml', '--as-of', '2024-12-26', '-o', 'r.html'], { cwd: dir });
    expect(code).toBe(1);
    expect(stderr).toContain('attt-audit: warning: inventory.yaml:');
    expect(stderr).toContain('attt-audit: wrote r.html\n');
    const html = readFileSync(path.join(dir, 'r.html'), 'utf8');
    expect(html).toContain('1 entry could not be read and are not counted (see Findings)');
    expect(html).toContain('<code>good</code>');
  });

  it('documents itself in both languages', async () => {
    const en = await runCli(['report', '--help']);
    expect(en.stdout.replace(/\s+/g, ' ')).toContain('a report people open: self-contained HTML (prints to A4), an Excel workbook (.xlsx), or the annual report on Form 08 (--format form08: .docx, .xlsx, .html)');
    expect(en.stdout).toContain('--output <file>');
    expect(en.stdout).toContain('--force');
    const vi = await runCli(['report', '--help', '--lang', 'vi']);
    expect(vi.stdout.replace(/\s+/g, ' ')).toContain('báo cáo để đọc và lưu hồ sơ: HTML tự chứa (in ra A4 được), bảng tính Excel (.xlsx), hoặc báo cáo năm theo Mẫu số 08 (--format form08: .docx, .xlsx, .html)');
    const list = await runCli(['--help']);
    expect(list.stdout).toMatch(/report \[options\] \[paths\.\.\.\]/);
  });

  it('loads exceljs only when a report needs it, and no dependency at all for a plain check', () => {
    // The packages a run of the installed command required (the bundle requires its dependencies when used).
    const packagesLoaded = (args: string[]): string[] => {
      const files = loadedByInstalledRun(args).required;
      return [...new Set(files.flatMap((file) => /node_modules[\\/]((?:@[^\\/]+[\\/])?[^\\/]+)/.exec(file)?.[1] ?? []))].sort();
    };
    expect(packagesLoaded(['check', 'fixtures/most', '--as-of', '2024-12-26'])).toEqual([]);
    const dir = tempDir({});
    expect(packagesLoaded(['report', 'fixtures/most', '--as-of', '2024-12-26', '--format', 'xlsx', '--output', path.join(dir, 'book.xlsx')])).toContain('exceljs');
  });

});
