// Every form08/* consistency rule tripped by its own fixture (fixtures/form08/trips/): the errors
// stop the document (exit 1, nothing written, the rule named on stderr with where to fix it);
// --draft writes it anyway, stamped, and still exits 1; warnings do not stop it and are listed on
// stderr and in the document's appendix.
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers.js';
import { readDocx } from './docx-reader.js';
import { CONFIG } from './expected.js';

const dir = mkdtempSync(path.join(tmpdir(), 'attt-form08-checks-'));
const TRIPS = 'fixtures/form08/trips';
let n = 0;

async function report(fixture: string, extra: string[] = [], config = CONFIG) {
  const output = path.join(dir, `out-${(n += 1)}.docx`);
  const run = await runCli(['report', `${TRIPS}/${fixture}`, '--config', config, '--format', 'form08', '--year', '2026', '-o', output, ...extra]);
  const rules = [...run.stderr.matchAll(/: (error|warning|lỗi|cảnh báo) (form08\/[a-z0-9-]+)/g)].map((m) => `${m[1] === 'error' || m[1] === 'lỗi' ? 'error' : 'warning'} ${m[2]}`);
  return { ...run, output, rules: [...new Set(rules)].sort() };
}

describe('form08/* consistency rules', () => {
  it('a form that adds up: no finding, written, exit 0', async () => {
    const run = await report('clean.yaml');
    expect(run.rules).toEqual([]);
    expect(run.code).toBe(0);
    expect(existsSync(run.output)).toBe(true);
  });

  const cases: [string, string[], RegExp][] = [
    ['row-count.yaml', ['error form08/row-count'], /part 1 counts 2 systems but part 3 has 1 row: 1 inventory entry could not be read/],
    ['approved-count.yaml', ['error form08/approval-decision', 'error form08/approved-count'], /part 1 line 5 counts 1 approved system but 2 rows say "Đã được phê duyệt"; rows marked approved with no decision by the cut-off: 2/],
    ['approval-decision.yaml', ['error form08/approval-decision'], /trips\/approval-decision\.yaml:\d+:\d+: row 2 "Hệ thống thiếu cơ quan phê duyệt" is approved but column \(7\) lacks approving body \(approval\.body\)/],
    ['expected-approval.yaml', ['error form08/expected-approval'], /trips\/expected-approval\.yaml:\d+:\d+: row 2 "Hệ thống chưa có thời điểm dự kiến phê duyệt" is not approved but has no expected approval date \(dossier\.expected_approval\)/],
    ['expected-deployment.yaml', ['error form08/expected-deployment'], /row 2 "Hệ thống triển khai một số hạng mục" has its plan not fully deployed but no expected date \(protection_plan_expected\)/],
    ['regulation.yaml', ['error form08/regulation'], /row 2 "Hệ thống có quy chế ban hành sau ngày phê duyệt": the regulation was issued on 15\/04\/2026, after the level approval of 02\/03\/2026[\s\S]*row 3 "Hệ thống không có quy chế" was approved on 02\/03\/2026 but has no security regulation/],
    ['periodic-count.yaml', ['error form08/approved-count', 'error form08/periodic-count'], /part 1 line 6 counts 1 approved, periodically assessed systems but 2 approved rows show "Định kỳ" in column \(12\)/],
    ['level.yaml', ['error form08/level'], /row 2 "Hệ thống chưa đề xuất cấp độ" has no proposed level/],
    ['status.yaml', ['error form08/expected-approval', 'error form08/status'], /row 2 "Hệ thống không ghi tình trạng hồ sơ": the level dossier's state is unknown \(write dossier\.status\)/],
  ];

  it.each(cases)('%s trips %j: no document, exit 1, the reason on stderr', async (fixture, rules, message) => {
    const run = await report(fixture, ['--lang', 'en']);
    expect(run.rules).toEqual(rules);
    expect(run.stderr).toMatch(message);
    expect(run.stderr).toContain('not writing');
    expect(run.code).toBe(1);
    expect(existsSync(run.output)).toBe(false);
  });

  it('part 2 incomplete: the missing keys named, pointing into the config file', async () => {
    const run = await report('clean.yaml', ['--lang', 'en'], `${TRIPS}/part2-incomplete.config.yaml`);
    expect(run.rules).toEqual(['error form08/part2']);
    expect(run.stderr).toMatch(/part2-incomplete\.config\.yaml:4:5: part 2: the owner lacks phone \(organization\.owner in the config file\)/);
    expect(run.stderr).toMatch(/part2-incomplete\.config\.yaml:10:5: part 2: the dedicated unit lacks mandate \(mandate document\), email \(organization\.dedicated_unit in the config file\)/);
    expect(run.code).toBe(1);
  });

  it('messages in Vietnamese with --lang vi', async () => {
    const run = await report('expected-approval.yaml', ['--lang', 'vi']);
    expect(run.stderr).toContain('lỗi form08/expected-approval');
    expect(run.stderr).toContain('chưa được phê duyệt nhưng thiếu thời điểm dự kiến phê duyệt');
    expect(run.stderr).toContain('không ghi');
  });

  it('--draft writes the document anyway, stamped, with the errors in its appendix, and exits 1', async () => {
    const run = await report('regulation.yaml', ['--draft', '--lang', 'en']);
    expect(run.code).toBe(1);
    const docx = await readDocx(readFileSync(run.output));
    expect(Object.values(docx.headers)).toEqual(['DỰ THẢO / DRAFT', 'DỰ THẢO / DRAFT']);
    const text = docx.blocks.filter((b) => b.kind === 'p').map((b) => b.text);
    expect(text).toContain('Appendix: consistency checks of this report (attt-audit)');
    expect(text.some((t) => t.startsWith('error form08/regulation ') && t.includes('after the level approval of 02/03/2026'))).toBe(true);
  });

  it('a warning does not stop the document: on stderr and in the appendix, exit 0', async () => {
    const run = await report('past-date.yaml', ['--lang', 'vi']);
    expect(run.rules).toEqual(['warning form08/past-date']);
    expect(run.code).toBe(0);
    const docx = await readDocx(readFileSync(run.output));
    const text = docx.blocks.filter((b) => b.kind === 'p').map((b) => b.text);
    expect(text).toContain('Phụ lục: kết quả kiểm tra tính nhất quán của báo cáo (attt-audit)');
    expect(text.some((t) => t.startsWith('cảnh báo form08/past-date ') && t.includes('thời điểm dự kiến phê duyệt 30/09/2026 đã qua'))).toBe(true);
    expect(Object.values(docx.headers).join('')).not.toContain('DỰ THẢO');
  });
});

describe('report --format form08: usage', () => {
  it('bad extension, bad year, --year or --draft without form08: exit 2 with one line', async () => {
    const cases: [string[], string][] = [
      [['--format', 'form08', '-o', path.join(dir, 'x.pdf')], '--format form08 writes a .docx, .xlsx or .html file, not'],
      [['--format', 'form08', '--year', '26', '-o', path.join(dir, 'y.docx')], '--year must be a year from 2016 to 2100, not "26"'],
      [['--year', '2026', '-o', path.join(dir, 'z.xlsx')], '--year and --draft only apply to --format form08'],
      [['--draft', '-o', path.join(dir, 'z.html')], '--year and --draft only apply to --format form08'],
    ];
    for (const [args, message] of cases) {
      const run = await runCli(['report', `${TRIPS}/clean.yaml`, '--config', CONFIG, '--lang', 'en', ...args]);
      expect(run.code).toBe(2);
      expect(run.stderr).toContain(message);
      expect(run.stderr.trim().split('\n')).toHaveLength(1);
    }
  });

  it('a .docx output means form08 without --format', async () => {
    const run = await runCli(['report', `${TRIPS}/clean.yaml`, '--config', CONFIG, '--year', '2026', '-o', path.join(dir, 'implicit.docx')]);
    expect(run.code, run.stderr).toBe(0);
    expect(existsSync(path.join(dir, 'implicit.docx'))).toBe(true);
  });
});

describe('report --format form08: text that XML cannot hold', () => {
  it('control characters and lone surrogates from the inventory never reach the DOCX or the XLSX', async () => {
    const { writeFileSync } = await import('node:fs');
    const inventory = path.join(dir, 'controls.yaml');
    writeFileSync(inventory, readFileSync(`${TRIPS}/clean.yaml`, 'utf8').replace('name: Hệ thống mẫu đạt yêu cầu', 'name: "Hệ thống\\u0007 mẫu\\ud800 đạt\\u001b yêu cầu"'));
    for (const ext of ['docx', 'xlsx']) {
      const output = path.join(dir, `controls.${ext}`);
      const run = await runCli(['report', inventory, '--config', CONFIG, '--format', 'form08', '--year', '2026', '-o', output]);
      expect(run.code, run.stderr).toBe(0);
      const { default: JSZip } = await import('jszip');
      const zip = await JSZip.loadAsync(readFileSync(output));
      for (const name of Object.keys(zip.files).filter((n) => n.endsWith('.xml'))) {
        const xml = await zip.file(name)!.async('string');
        expect(xml, name).not.toMatch(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]|\ud800(?![\udc00-\udfff])/);
      }
    }
    const docx = await readDocx(readFileSync(path.join(dir, 'controls.docx')));
    const table = docx.blocks.filter((b) => b.kind === 'table')[1] as { rows: { cells: string[] }[] };
    expect(table.rows[2]!.cells[1]).toBe('Hệ thống mẫu đạt yêu cầu');
  });
});

describe('report --format form08: messages on the terminal', () => {
  it('a system name with escape sequences is quoted without them', async () => {
    const { writeFileSync } = await import('node:fs');
    const inventory = path.join(dir, 'escape.yaml');
    writeFileSync(inventory, readFileSync(`${TRIPS}/level.yaml`, 'utf8').replace('name: Hệ thống chưa đề xuất cấp độ', 'name: "Hệ thống\\u001b[2J\\u001b]0;x\\u0007 chưa đề xuất"'));
    const run = await runCli(['report', inventory, '--config', CONFIG, '--format', 'form08', '--year', '2026', '--lang', 'en', '-o', path.join(dir, 'escape.docx')]);
    expect(run.code).toBe(1);
    // Shown visibly, as every message on stderr (SECURITY.md: nothing reaches a terminal as a control character).
    expect(run.stderr).toContain('row 2 "Hệ thống\\u001b[2J\\u001b]0;x\\u0007 chưa đề xuất" has no proposed level');
    expect(run.stderr).not.toMatch(/[\u0000-\u0008\u000b-\u001f]/);
  });
});

describe('column (12) and who assessed', () => {
  it('from 19/08/2026 the operator\'s own assessment is not shown, and not counted in part 1', async () => {
    const output = path.join(dir, 'assessor.docx');
    const run = await runCli(['report', 'fixtures/form08/operator-audits.yaml', '--config', CONFIG, '--format', 'form08', '--year', '2026', '-o', output]);
    expect(run.code, run.stderr).toBe(0);
    const docx = await readDocx(readFileSync(output));
    const table = docx.blocks.filter((b) => b.kind === 'table')[1] as { rows: { cells: string[] }[] };
    expect(table.rows.slice(2).map((r) => [r.cells[1], r.cells[11]])).toEqual([
      ['Đánh giá bởi đơn vị độc lập', 'Trước khi đưa vào sử dụng; Định kỳ'],
      ['Tự đánh giá sau ngày 19/08/2026', ''],
      ['Tự đánh giá trước ngày 19/08/2026', 'Định kỳ'],
    ]);
    const text = docx.blocks.filter((b) => b.kind === 'p').map((b) => b.text);
    expect(text).toContain('- Tổng số hệ thống thông tin đã phê duyệt cấp độ được kiểm tra, đánh giá an ninh mạng định kỳ theo quy định: 2');
  });
});

describe('annex 1: systems with grounds for the national-security-critical list', () => {
  it('is a table when the inventory records classification.national_security_critical', async () => {
    const output = path.join(dir, 'critical.docx');
    const run = await runCli(['report', 'fixtures/form08/national-critical.yaml', '--config', CONFIG, '--format', 'form08', '--year', '2026', '-o', output]);
    expect(run.code, run.stderr).toBe(0);
    const docx = await readDocx(readFileSync(output));
    const text = docx.blocks.map((b) => (b.kind === 'p' ? b.text : b.rows.map((r) => r.cells.join(' | ')).join('\n')));
    const at = text.indexOf('Phụ lục 1. Danh sách hệ thống thông tin có căn cứ đề xuất đưa vào Danh mục hệ thống thông tin quan trọng về an ninh quốc gia');
    expect(at).toBeGreaterThan(0);
    expect(text[at + 1]).toBe('STT | Tên HTTT | Cấp độ đề xuất\n1 | Hệ thống có căn cứ đề xuất vào Danh mục | 3');
    expect(text).toContain('- Tổng số hệ thống thông tin đã được phân loại (đã xác định được loại hình hệ thống thông tin): 2');
  });
});
