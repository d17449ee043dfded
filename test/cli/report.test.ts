// `attt-audit report` as a command: where it writes, what it refuses, its exit codes, and that its
// heavy parts (exceljs) load only when a report needs them.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadedByInstalledRun, ROOT, runCli, systemYaml, tempDir } from '../helpers.js';
import { CHROMIUM } from '../report/chromium.js';

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
    const format = await runCli(['report', MOST, '-o', 'x.doc', '--format', 'doc']);
    expect(format.code).toBe(2);
    expect(format.stderr).toBe("attt-audit: error: option '-f, --format <format>' argument 'doc' is invalid. Allowed choices are html, xlsx, pdf, form08.\n");
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
    expect(en.stdout.replace(/\s+/g, ' ')).toContain('a report people open: self-contained HTML (prints to A4), a PDF (printed through Chromium), an Excel workbook (.xlsx), or the annual report on Form 08 (--format form08: .docx, .xlsx, .html)');
    expect(en.stdout).toContain('--output <file>');
    expect(en.stdout).toContain('--force');
    const vi = await runCli(['report', '--help', '--lang', 'vi']);
    expect(vi.stdout.replace(/\s+/g, ' ')).toContain('báo cáo để đọc và lưu hồ sơ: HTML tự chứa (in ra A4 được), bản PDF (in qua Chromium), bảng tính Excel (.xlsx), hoặc báo cáo năm theo Mẫu số 08 (--format form08: .docx, .xlsx, .html)');
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


  it('-o FILE.pdf prints the summary to PDF through the installed Chromium', async () => {
    const dir = tempDir({});
    const { code, stderr } = await runCli(['report', MOST, '--as-of', '2024-12-26', '-o', 'bao-cao.pdf'], { cwd: dir, env: { CHROMIUM_PATH: CHROMIUM } });
    expect({ code, stderr }).toEqual({ code: 0, stderr: 'attt-audit: wrote bao-cao.pdf\n' });
    const pdf = readFileSync(path.join(dir, 'bao-cao.pdf'));
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page\b/g) ?? []).length;
    expect(pages).toBeGreaterThan(3);
    expect(pages).toBeLessThanOrEqual(8);
    expect(readdirSync(dir)).toEqual(['bao-cao.pdf']);
  }, 60_000);

  it('-o FILE.pdf without a browser: exit 2 before any work, one clear line, nothing written', async () => {
    const dir = tempDir({});
    expect(await runCli(['report', MOST, '-o', 'bao-cao.pdf'], { cwd: dir, env: { CHROMIUM_PATH: path.join(dir, 'no-chromium') } })).toEqual({
      code: 2,
      stdout: '',
      stderr: `attt-audit: error: cannot print a PDF: no Chromium or Chrome found (CHROMIUM_PATH=${path.join(dir, 'no-chromium')}). Install Chromium (or set CHROMIUM_PATH), or write an .html file and print it to PDF from a browser\n`,
    });
    expect((await runCli(['report', MOST, '-o', 'bao-cao.pdf', '--lang', 'vi'], { cwd: dir, env: { CHROMIUM_PATH: '/nonexistent/chromium' } })).stderr).toBe(
      'attt-audit: lỗi: không in được PDF: không tìm thấy Chromium hoặc Chrome (CHROMIUM_PATH=/nonexistent/chromium). Cài Chromium (hoặc đặt CHROMIUM_PATH), hoặc ghi tệp .html rồi in ra PDF từ trình duyệt\n',
    );
    expect(readdirSync(dir)).toEqual([]);
  });

  it('never writes one format under another\'s name: an unknown extension, or a --format the name contradicts (exit 2, nothing written)', async () => {
    const dir = tempDir({});
    expect(await runCli(['report', MOST, '-o', 'report.txt'], { cwd: dir })).toEqual({
      code: 2,
      stdout: '',
      stderr: 'attt-audit: error: cannot tell which format to write as "report.txt": name the file .html, .xlsx or .pdf (Form 08: .docx), or give --format\n',
    });
    expect(await runCli(['report', MOST, '-o', 'book.xlsx', '--format', 'html'], { cwd: dir })).toEqual({
      code: 2,
      stdout: '',
      stderr: 'attt-audit: error: will not write a html report as "book.xlsx": .xlsx is another format\'s extension\n',
    });
    expect((await runCli(['report', MOST, '-o', 'page.pdf', '--format', 'xlsx'], { cwd: dir })).code).toBe(2);
    expect((await runCli(['report', MOST, '-o', 'page.html', '--format', 'pdf'], { cwd: dir })).code).toBe(2);
    expect((await runCli(['report', MOST, '-o', 'page.csv', '--format', 'html'], { cwd: dir })).code).toBe(2);
    expect(readdirSync(dir)).toEqual([]);
  });

  it('--quarter: the report is about that quarter, evaluated on its last day, and says so in the header', async () => {
    const dir = tempDir({});
    const { code } = await runCli(['report', MOST, '--quarter', '2024-Q3', '-o', 'q3.html', '--lang', 'vi'], { cwd: dir });
    expect(code).toBe(0);
    const html = readFileSync(path.join(dir, 'q3.html'), 'utf8');
    expect(html).toContain('<dt>Kỳ báo cáo</dt><dd><strong>Quý 3/2024 (từ 01/07/2024 đến 30/09/2024)</strong></dd>');
    expect(html).toContain('<dt>Ngày đánh giá</dt><dd><strong>30/09/2024</strong>');
    // --as-of chooses another evaluation date; the period stays.
    await runCli(['report', MOST, '--quarter', '2024-Q3', '--as-of', '2024-10-05', '-o', 'q3b.html'], { cwd: dir });
    const later = readFileSync(path.join(dir, 'q3b.html'), 'utf8');
    expect(later).toContain('<dt>Reporting period</dt><dd><strong>2024-Q3 (2024-07-01 to 2024-09-30)</strong></dd>');
    expect(later).toContain('<dt>Evaluation date</dt><dd><strong>2024-10-05</strong>');
    // The quarter still running (the test clock is 2024-12-26): evaluated today.
    await runCli(['report', MOST, '--quarter', 'current', '-o', 'q4.html'], { cwd: dir });
    expect(readFileSync(path.join(dir, 'q4.html'), 'utf8')).toContain('<dt>Evaluation date</dt><dd><strong>2024-12-26</strong>');
  });

  it('--quarter: refuses a quarter not yet begun, a bad quarter, and Form 08 (exit 2)', async () => {
    expect(await runCli(['report', MOST, '--quarter', '2025-Q1', '-o', 'x.html'])).toEqual({
      code: 2,
      stdout: '',
      stderr: 'attt-audit: error: 2025-Q1 begins on 2025-01-01, after the evaluation date 2024-12-26: a report is about a period that has begun; for what falls due in it, use plan --quarter\n',
    });
    expect((await runCli(['report', MOST, '--quarter', '2025-Q1', '-o', 'x.html', '--lang', 'vi'])).stderr).toBe(
      'attt-audit: lỗi: quý 1/2025 bắt đầu từ 01/01/2025, sau ngày đánh giá 26/12/2024: báo cáo nói về một kỳ đã bắt đầu; các việc đến hạn trong quý đó xem bằng plan --quarter\n',
    );
    expect((await runCli(['report', MOST, '--quarter', '2024-Q5', '-o', 'x.html'])).code).toBe(2);
    expect(await runCli(['report', MOST, '--quarter', '2024-Q3', '--format', 'form08', '-o', 'x.docx'])).toEqual({
      code: 2,
      stdout: '',
      stderr: 'attt-audit: error: Form 08 is an annual report: use --year, not --quarter\n',
    });
  });
});
