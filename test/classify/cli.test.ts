// `attt-audit classify` on the 41-system fixture (snapshots of every format), its JSON contract,
// the regime choice, the Vietnamese justification and the DOCX read back; the classification
// rules in `check` across the transition (fixtures/classify).
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { checkJson, fixture, runCli } from '../helpers.js';

const MOST = fixture('most');
const NOW = new Date('2026-11-29T03:00:00Z');

async function classifyJson(args: string[]): Promise<{ code: number; json: any; stderr: string }> {
  const { code, stdout, stderr } = await runCli(['classify', ...args, '--format', 'json'], { now: NOW });
  return { code, json: JSON.parse(stdout), stderr };
}

describe('classify fixtures/most on 29/11/2026 (current regime, Decree 331 criteria)', () => {
  it('json: the contract of the issue, snapshot', async () => {
    const { code, json, stderr } = await classifyJson([MOST]);
    expect([code, stderr]).toEqual([0, '']);
    expect(json).toMatchObject({ regime: { id: 'current', provisional: false, forced: false }, criteria: 'current', asOf: '2026-11-29' });
    expect(json.systems).toHaveLength(41);
    expect(json.summary).toEqual({ systems: 41, withFacts: 26, classified: 25, incomplete: 1, underLevel: 1 });
    for (const s of json.systems) {
      expect(Object.keys(s)).toEqual(expect.arrayContaining(['system', 'minimumLevel', 'matched', 'unknown', 'notes', 'proposedLevel', 'approvedLevel', 'judgedLevel', 'authority']));
    }
    const text = JSON.stringify(json, null, 2).replaceAll(MOST, 'fixtures/most');
    await expect(text).toMatchFileSnapshot('__snapshots__/most-2026-11-29.json');
  });

  it('the public-service system: level 3 by point b clause 2 Art 13; who appraises and approves', async () => {
    const { json } = await classifyJson([MOST]);
    const dvc = json.systems.find((s: any) => s.system === 'most-dvc');
    expect(dvc).toMatchObject({ minimumLevel: 3, approvedLevel: 4, proposedLevel: null, judgedLevel: 4, underLevel: false });
    expect(dvc.matched.map((m: any) => [m.level, m.basis, m.fact])).toEqual([
      [3, 'điểm b khoản 2 Điều 13 Nghị định số 331/2026/NĐ-CP', 'administrative_procedure: true'],
      [3, 'điểm c khoản 2 Điều 13 Nghị định số 331/2026/NĐ-CP', 'type: online_service, data_subjects.basic: 185000'],
      [2, 'điểm a khoản 2 Điều 12 Nghị định số 331/2026/NĐ-CP', 'type: online_service, conditional_business: false'],
    ]);
    // Approved on 20/05/2022: held to the Decree 85 criteria (Law 116 Art 45.1).
    expect(dvc.judged).toEqual({ criteria: 'legacy', reason: 'art45', minimumLevel: 3, basis: 'điểm c khoản 2 Điều 9 Nghị định số 85/2016/NĐ-CP' });
    // Level 4 approved: the Ministry of Public Security appraises a level-4 dossier.
    expect(dvc.authority.level).toBe(4);
    expect(dvc.authority.appraises).toMatch(/^the Ministry of Public Security/);
    const maSo = json.systems.find((s: any) => s.system === 'most-tdc-ma-so');
    expect(maSo).toMatchObject({ minimumLevel: 3, proposedLevel: 2, judgedLevel: 2, underLevel: true, judged: { criteria: 'current', reason: 'regime' } });
    expect(maSo.authority).toEqual({ level: 3, appraises: "the owner's dedicated cybersecurity unit (Decree 331 Art 18.2.a)", approves: 'the owner (Decree 331 Art 18.2.b)' });
    const email = json.systems.find((s: any) => s.system === 'most-email');
    expect(email).toMatchObject({ minimumLevel: 3, approvedLevel: 2, underLevel: false, currentHigher: true, judged: { criteria: 'legacy', minimumLevel: 2 } });
    const qlkhcn = json.systems.find((s: any) => s.system === 'most-qlkhcn');
    expect(qlkhcn.unknown).toEqual([{ criterion: 'nd331-13.2.c', level: 3, basis: 'điểm c khoản 2 Điều 13 Nghị định số 331/2026/NĐ-CP', facts: ['data_subjects.sensitive'] }]);
    const portal = json.systems.find((s: any) => s.system === 'most-cttdt');
    expect(portal.notes.map((n: any) => n.id)).toEqual(['G1', 'art45']);
    const noFacts = json.systems.find((s: any) => s.system === 'most-sso');
    expect(noFacts).toMatchObject({ minimumLevel: null, matched: [], unknown: [], notes: [{ id: 'no-facts' }] });
  });

  it.each([
    ['table', 'en'],
    ['table', 'vi'],
    ['markdown', 'en'],
  ])('%s (%s) snapshot', async (format, lang) => {
    const { code, stdout } = await runCli(['classify', MOST, '--format', format, '--lang', lang], { now: NOW });
    expect(code).toBe(0);
    await expect(stdout).toMatchFileSnapshot(`__snapshots__/most-2026-11-29.${lang}.${format === 'table' ? 'table.txt' : 'md'}`);
  });

  it('--justify: the dossier paragraphs in Vietnamese with the exact legal wording, snapshot', async () => {
    const { code, stdout } = await runCli(['classify', MOST, '--format', 'markdown', '--justify', '--lang', 'vi'], { now: NOW });
    expect(code).toBe(0);
    await expect(stdout).toMatchFileSnapshot('__snapshots__/most-2026-11-29.justify.vi.md');
    const dvc = stdout.split('\n## ').find((s) => s.startsWith('Hệ thống thông tin giải quyết thủ tục hành chính của Bộ KH&CN'))!;
    expect(dvc).toContain('là hệ thống thông tin phục vụ người dân, doanh nghiệp theo quy định tại điểm b khoản 2 Điều 9 Nghị định số 331/2026/NĐ-CP');
    expect(dvc).toContain('Hệ thống giải quyết thủ tục hành chính cho người dân, doanh nghiệp.');
    expect(dvc).toContain('xử lý dữ liệu cá nhân cơ bản của 185.000 chủ thể dữ liệu và không xử lý dữ liệu cá nhân nhạy cảm');
    expect(dvc).toContain('tiêu chí cấp độ 3 quy định tại điểm b khoản 2 Điều 13 Nghị định số 331/2026/NĐ-CP (hệ thống thông tin giải quyết thủ tục hành chính)');
    expect(dvc).toContain(
      'Căn cứ khoản 2 Điều 8 Nghị định số 331/2026/NĐ-CP, trường hợp hệ thống thông tin đồng thời đáp ứng nhiều tiêu chí thuộc các cấp độ khác nhau thì áp dụng cấp độ cao nhất. Vì vậy, đề xuất xác định Hệ thống ở cấp độ 3.',
    );
  });

  it('--format docx writes a Word document with the same paragraphs', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'attt-classify-'));
    const file = path.join(dir, 'thuyet-minh.docx');
    const { code, stderr } = await runCli(['classify', MOST, '--format', 'docx', '--output', file], { now: NOW });
    expect([code, stderr]).toEqual([0, '']);
    const zip = await JSZip.loadAsync(readFileSync(file));
    const xml = await zip.file('word/document.xml')!.async('string');
    const text = [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('');
    expect(text).toContain('THUYẾT MINH ĐỀ XUẤT CẤP ĐỘ');
    expect(text).toContain('tiêu chí cấp độ 3 quy định tại điểm b khoản 2 Điều 13 Nghị định số 331/2026/NĐ-CP');
    expect(text).toContain('Vì vậy, đề xuất xác định Hệ thống ở cấp độ 3.');
    expect(xml).toContain('w:rFonts w:ascii="Times New Roman"');
    // Never over an existing file without --force.
    const again = await runCli(['classify', MOST, '--format', 'docx', '--output', file], { now: NOW });
    expect(again.code).toBe(2);
  });
});

describe('regime and flags', () => {
  it('on 26/12/2024 the legacy criteria apply: nothing is under its level', async () => {
    const { json } = await classifyJson([MOST, '--as-of', '2024-12-26']);
    expect(json).toMatchObject({ regime: { id: 'legacy' }, criteria: 'legacy' });
    expect(json.summary).toEqual({ systems: 41, withFacts: 26, classified: 25, incomplete: 0, underLevel: 0 });
    expect(json.systems.find((s: any) => s.system === 'most-tdc-ma-so').matched[0].basis).toBe('điểm a khoản 2 Điều 8 Nghị định số 85/2016/NĐ-CP');
  });

  it('in the interim window (Law 116 in force, Decree 331 not yet) the Decree 85 criteria apply, provisionally', async () => {
    const { json } = await classifyJson([MOST, '--as-of', '2026-08-18']);
    expect(json).toMatchObject({ regime: { id: 'current', provisional: true }, criteria: 'legacy' });
    const { json: next } = await classifyJson([MOST, '--as-of', '2026-08-19']);
    expect(next).toMatchObject({ regime: { id: 'current', provisional: false }, criteria: 'current' });
  });

  it('--regime current forces the Decree 331 criteria on an earlier date, with a warning', async () => {
    const { json, stderr } = await classifyJson([MOST, '--as-of', '2024-12-26', '--regime', 'current']);
    expect(json).toMatchObject({ regime: { id: 'current', forced: true }, criteria: 'current' });
    expect(json.regime.warning).toMatch(/outside/);
    expect(stderr).toMatch(/^attt-audit: warning: --regime current/);
  });

  it.each([
    [['--regime', 'new'], /--regime must be auto, legacy, current; not "new"/],
    [['--justify'], /--justify needs --format markdown or docx/],
    [['--format', 'docx'], /this binary format needs --output FILE/],
  ])('%j stops the run with exit 2', async (args, message) => {
    const { code, stdout, stderr } = await runCli(['classify', MOST, ...args], { now: NOW });
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toMatch(message);
  });

  it('--help lists the flags', async () => {
    const { stdout } = await runCli(['classify', '--help']);
    for (const flag of ['--regime', '--as-of', '--format', '--justify', '--output']) expect(stdout).toContain(flag);
  });
});

describe('classification rules in check, across the transition (fixtures/classify)', () => {
  const classificationFindings = async (asOf: string): Promise<string[]> => {
    const { json } = await checkJson([fixture('classify'), '--as-of', asOf]);
    return json.findings.filter((f) => /^classification\/|^approval\/conflicted/.test(f.rule)).map((f) => `${f.rule} ${f.system} ${f.severity}`);
  };

  it('legacy regime (01/06/2025): only missing facts are reported', async () => {
    expect(await classificationFindings('2025-06-01')).toEqual(['classification/incomplete cls-incomplete warning', 'classification/incomplete cls-secret warning']);
  });

  it('current regime (29/11/2026): Art 45 approvals judged by the legacy criteria, new proposals by Decree 331, conflicted appraisal', async () => {
    expect(await classificationFindings('2026-11-29')).toEqual([
      'classification/current-higher cls-art45 info',
      'classification/current-higher cls-interim info',
      'classification/under-level cls-new-under error',
      'approval/conflicted-appraisal cls-conflict error',
      'classification/incomplete cls-incomplete warning',
      'classification/incomplete cls-secret warning',
    ]);
  });

  it('a system under investment before 01/07/2026 keeps the Decree 85 criteria until 31/12/2026 (Decree 331 Art 39.1)', async () => {
    expect(await classificationFindings('2026-12-31')).not.toContain('classification/under-level cls-t2 error');
    expect(await classificationFindings('2027-01-01')).toContain('classification/under-level cls-t2 error');
  });

  it('the under-level message names the deciding criterion and its article', async () => {
    const { json } = await checkJson([fixture('classify'), '--as-of', '2026-11-29', '--lang', 'vi']);
    const f = json.findings.find((x) => x.rule === 'classification/under-level')!;
    expect(f.message).toBe(
      'cấp độ đề xuất là cấp độ 2, thấp hơn cấp độ tối thiểu là cấp độ 3 theo điểm b khoản 2 Điều 13 Nghị định số 331/2026/NĐ-CP (hệ thống thông tin giải quyết thủ tục hành chính)',
    );
    expect(f.line).toBe(34);
  });

  it('fixtures/most: no classification finding on 26/12/2024; on 29/11/2026 exactly the three the facts support', async () => {
    const rules = async (asOf: string) =>
      (await checkJson([MOST, '--as-of', asOf])).json.findings.filter((f) => /^classification\/|conflicted/.test(f.rule)).map((f) => `${f.rule} ${f.system}`);
    expect(await rules('2024-12-26')).toEqual([]);
    expect(await rules('2026-11-29')).toEqual(['classification/under-level most-tdc-ma-so', 'classification/current-higher most-email', 'classification/incomplete most-qlkhcn']);
  });
});

describe('gap and the report show the classified systems and those under the minimum', () => {
  it('gap JSON and table, current and legacy regime', async () => {
    const current = await runCli(['gap', MOST, '--as-of', '2026-11-29', '--format', 'json']);
    expect(JSON.parse(current.stdout).classification).toEqual({ criteria: 'current', operating: 41, withFacts: 26, classified: 25, underLevel: 1 });
    const legacy = await runCli(['gap', MOST, '--as-of', '2024-12-26', '--format', 'json']);
    expect(JSON.parse(legacy.stdout).classification).toEqual({ criteria: 'legacy', operating: 41, withFacts: 26, classified: 25, underLevel: 0 });
    const table = await runCli(['gap', MOST, '--as-of', '2026-11-29', '--lang', 'vi']);
    expect(table.stdout).toContain(
      'Phân loại cấp độ (tiêu chí Nghị định 331/2026): 25/41 hệ thống đang vận hành đã xác định được cấp độ tối thiểu theo dữ kiện (26 có dữ kiện); 1 hệ thống thấp hơn cấp độ tối thiểu',
    );
  });

  it('a pack without a classification-level rule leaves the under-level count unmeasured', async () => {
    const { stdout } = await runCli(['gap', MOST, '--as-of', '2026-11-29', '--format', 'json', '--no-default-rules', '--rules', fixture('rules', 'custom.yaml')]);
    expect(JSON.parse(stdout).classification).toMatchObject({ classified: 25, underLevel: null });
  });

  it('the HTML report has a classification card', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'attt-classify-'));
    const file = path.join(dir, 'report.html');
    const { code } = await runCli(['report', MOST, '--as-of', '2026-11-29', '-o', file], { now: NOW });
    expect(code).toBe(0);
    const html = readFileSync(file, 'utf8');
    expect(html).toMatch(/data-figure="classification">\s*<h3>Classified by the legal criteria<\/h3>\s*<div><span class="big">25\/41<\/span><\/div>/);
  });

  it('the Excel summary sheet has the classification line', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'attt-classify-'));
    const file = path.join(dir, 'report.xlsx');
    const { code } = await runCli(['report', MOST, '--as-of', '2026-11-29', '--format', 'xlsx', '-o', file, '--lang', 'vi'], { now: NOW });
    expect(code).toBe(0);
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(file);
    const cells: string[] = [];
    book.worksheets[0]!.eachRow((row) => row.eachCell((cell) => void cells.push(String(cell.value))));
    expect(cells).toContain('Phân loại cấp độ theo tiêu chí');
    expect(cells).toContain(
      'Phân loại cấp độ (tiêu chí Nghị định 331/2026): 25/41 hệ thống đang vận hành đã xác định được cấp độ tối thiểu theo dữ kiện (26 có dữ kiện); 1 hệ thống thấp hơn cấp độ tối thiểu',
    );
  });

});

describe('the dedicated unit from the config', () => {
  it('names the conflict when a dossier appraised by the dedicated unit does not say which unit it was', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'attt-classify-'));
    writeFileSync(path.join(dir, 'attt-audit.config.yaml'), 'organization:\n  dedicated_unit:\n    name: Trung tâm Công nghệ thông tin\n');
    writeFileSync(
      path.join(dir, 'he-thong.yaml'),
      [
        'systems:',
        '  - id: sso',
        '    name: Hệ thống xác thực tập trung',
        '    owner: Trung tâm Công nghệ thông tin',
        '    proposed_level: 3',
        '    dossier: { status: appraised, appraised: 2026-09-15, appraiser: dedicated_unit }',
        '    classification: { type: infrastructure, information: [private], infrastructure_scope: sector_or_province }',
        '',
      ].join('\n'),
    );
    const run = async (config: string[]) => JSON.parse((await runCli(['classify', 'he-thong.yaml', '--format', 'json', ...config], { cwd: dir, now: NOW })).stdout).systems[0].authority.appraises;
    expect(await run([])).toBe('a capable subordinate unit assigned by the owner, or an independent appraisal council (Decree 331 Art 18.4)');
    expect(await run(['--no-config'])).toBe("the owner's dedicated cybersecurity unit (Decree 331 Art 18.2.a)");
  });
});
