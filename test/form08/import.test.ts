// `attt-audit import`: the round trip (the Form 08 workbook written by `report` imports back into
// an inventory that produces the same form, cell for cell), a messy "last year's" sheet (title
// rows, headers without accents or in capitals, merged cells, NFD text, near-miss values, text
// dates, a cell that cannot be mapped), CSV, a sheet with the inventory's own headers, --dry-run,
// and refusing to overwrite.
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { parse } from 'yaml';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers.js';
import { readDocx, type DocxTable } from './docx-reader.js';
import { CONFIG, EXPECTED_PART1, EXPECTED_PART3 } from './expected.js';

const dir = mkdtempSync(path.join(tmpdir(), 'attt-import-'));
type Inventory = { organization?: string; systems: Record<string, unknown>[] };
const yamlIn = (d: string): Inventory[] => readdirSync(d).filter((f) => f.endsWith('.yaml')).map((f) => parse(readFileSync(path.join(d, f), 'utf8')) as Inventory);

describe('import: round trip through the Form 08 workbook', () => {
  const workbook = path.join(dir, 'form08-2026.xlsx');
  const out = path.join(dir, 'imported');
  let run: Awaited<ReturnType<typeof runCli>>;

  beforeAll(async () => {
    const made = await runCli(['report', '--config', CONFIG, '--format', 'form08', '--year', '2026', '-o', workbook]);
    expect(made.code, made.stderr).toBe(0);
    run = await runCli(['import', workbook, '-o', out, '--lang', 'en']);
  }, 60_000);

  it('imports 41 systems with no error; the only warning is the annex sheet left unread', () => {
    expect(run.code, run.stderr).toBe(0);
    expect(run.stderr).toContain('read 41 data rows (form08), imported 41 systems, 0 errors, 1 warning');
    expect(run.stderr).toContain('sheet "Phụ lục": only sheet "Mẫu số 08" is imported');
    expect(run.stderr).toContain('column (12) carries no dates: the assessments are dated 2026-12-14 (the cut-off)');
    const [inventory] = yamlIn(out);
    expect(inventory!.organization).toBe('Bộ Khoa học và Công nghệ');
    expect(inventory!.systems).toHaveLength(41);
    expect(inventory!.systems[0]).toEqual({
      id: 'he-thong-quan-tri-don-va-dich-vu-cong-truc-tuyen-ve-so-huu-c',
      name: 'Hệ thống quản trị đơn và dịch vụ công trực tuyến về sở hữu công nghiệp',
      owner: 'Cục Sở hữu trí tuệ',
      operator: 'Cục Sở hữu trí tuệ',
      level: 3,
      approval: { decision: 'Quyết định số 2654/QĐ-BKHCN', date: '2021-10-15', body: 'Bộ Khoa học và Công nghệ' },
      regulation: { decision: 'Quyết định số 101/QĐ-BKHCN', date: '2021-09-24', issuer: 'Bộ Khoa học và Công nghệ' },
      dossier: { status: 'approved' },
      protection_plan: 'deployed',
      audits: [{ date: '2026-12-14', kind: 'periodic', report: 'Mẫu số 08, cột (12)' }],
    });
  });

  it('the imported inventory is valid and produces the same form: every part-1 count and every part-3 cell', async () => {
    const validate = await runCli(['validate', out]);
    expect(validate.code, validate.stdout + validate.stderr).toBe(0);
    const again = path.join(dir, 'again.docx');
    const report = await runCli(['report', out, '--config', CONFIG, '--format', 'form08', '--year', '2026', '-o', again]);
    expect(report.code, report.stderr).toBe(0);
    const docx = await readDocx(readFileSync(again));
    const table = docx.blocks.filter((b): b is DocxTable => b.kind === 'table')[1]!;
    expect(table.rows.slice(2).map((r) => r.cells)).toEqual(EXPECTED_PART3);
    const text = docx.blocks.filter((b) => b.kind === 'p').map((b) => b.text);
    for (const [label, value] of EXPECTED_PART1) expect(text).toContain(`- ${label}: ${value}`);
  });

  it('never overwrites without --force (exit 2, nothing written); --force replaces', async () => {
    const before = readFileSync(path.join(out, 'form08-2026.yaml'), 'utf8');
    const refused = await runCli(['import', workbook, '-o', out, '--lang', 'en']);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('already exists; add --force to overwrite it');
    expect(readFileSync(path.join(out, 'form08-2026.yaml'), 'utf8')).toBe(before);
    const forced = await runCli(['import', workbook, '-o', out, '--force']);
    expect(forced.code).toBe(0);
  });

  it('--dry-run prints the YAML and the report, and writes nothing', async () => {
    const target = path.join(dir, 'dry');
    const dry = await runCli(['import', workbook, '-o', target, '--dry-run', '--lang', 'en']);
    expect(dry.code).toBe(0);
    expect(dry.stdout).toContain('# --- ');
    expect(dry.stdout).toContain('organization: Bộ Khoa học và Công nghệ');
    expect(dry.stderr).toContain('imported 41 systems, 0 errors, 1 warning (--dry-run)');
    expect(existsSync(target)).toBe(false);
  });
});

describe('import: last year\'s sheet, as people fill it', () => {
  const file = path.join(dir, 'bao-cao-2025.xlsx');
  const out = path.join(dir, 'from-2025');
  let run: Awaited<ReturnType<typeof runCli>>;

  beforeAll(async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('BC 2025');
    ws.getCell('A1').value = 'BÁO CÁO KẾT QUẢ CÔNG TÁC BẢO ĐẢM AN TOÀN THÔNG TIN NĂM 2025';
    ws.getCell('A2').value = 'Kỳ báo cáo: từ ngày 15/12/2024 đến ngày 14/12/2025';
    // Headers without accents, in capitals, written out, one split over a merged two-column cell.
    const headers = ['TT', 'TEN HE THONG THONG TIN', 'Chủ quản hệ thống thông tin', 'đơn vị vận hành httt', 'Cấp độ đề xuất', 'Tình trạng phê duyệt cấp độ', 'Quyết định phê duyệt cấp độ', 'Quy chế bảo đảm an ninh mạng cho hệ thống', 'Dự kiến thời điểm phê duyệt HSĐXCĐ', 'Đã triển khai đầy đủ PA BĐANM', 'Dự kiến thời điểm triển khai đầy đủ PA BĐANM', 'Đã kiểm tra, đánh giá ANM', 'Ghi chú'];
    headers.forEach((h, i) => (ws.getCell(4, i + 1).value = h));
    const rows: (string | number | Date | null)[][] = [
      [1, 'Cổng thông tin điện tử'.normalize('NFD'), 'Bộ Khoa học và Công nghệ', 'Trung tâm Công nghệ thông tin', 3, 'Đã phê duyệt', 'Quyết định số 2876/QĐ-BKHCN, ngày 22/11/2021, Bộ Khoa học và Công nghệ', 'Quyết định số 15/QĐ-BKHCN ngày 01/11/2021 của Bộ Khoa học và Công nghệ', null, 'Đã triển khai đầy đủ', null, 'Trước khi đưa vào sử dụng, Định kỳ', 'ghi chú tự do'],
      [2, 'Hệ thống thư điện tử', null, 'Trung tâm Công nghệ thông tin', 2, 'Đang dự thảo', null, null, '30/6/2026', 'Một số hạng mục', new Date(Date.UTC(2026, 8, 30)), null, null],
      [3, 'Hệ thống một cửa điện tử', null, 'Văn phòng Bộ', 'ba', 'Chờ ý kiến', null, null, 'quý II/2026', 'Chưa triển khai', '31/12/2026', 'Định kỳ', null],
      [null, null, null, null, null, null, null, null, null, null, null, null, null],
      [4, null, null, 'Văn phòng Bộ', 2, 'Đang dự thảo', null, null, null, null, null, null, null],
    ];
    rows.forEach((values, r) => values.forEach((v, c) => { if (v !== null) ws.getCell(5 + r, c + 1).value = v; }));
    // The owner written once for the first three rows, in a merged cell.
    ws.mergeCells('C5:C7');
    await wb.xlsx.writeFile(file);
    run = await runCli(['import', file, '-o', out, '--lang', 'en']);
  }, 60_000);

  it('reports every cell it cannot map with sheet, row and column, and the near misses as warnings', () => {
    expect(run.code).toBe(1);
    const lines = run.stderr.split('\n').filter((l) => /: (error|warning): /.test(l)).map((l) => l.replace(`${file}, `, ''));
    expect(lines).toEqual([
      'attt-audit: warning: sheet "BC 2025", row 4, column M: column "Ghi chú" matches no field: kept in attributes.ghi_chu',
      'attt-audit: warning: sheet "BC 2025", row 5, column F: "Đã phê duyệt" read as "Đã được phê duyệt" (the form\'s value)',
      'attt-audit: warning: sheet "BC 2025", row 6, column J: "Một số hạng mục" read as "Đã triển khai một số hạng mục" (the form\'s value)',
      'attt-audit: error: sheet "BC 2025", row 7, column E: "ba" is not a level 1–5; text kept in attributes.form08_col5',
      'attt-audit: error: sheet "BC 2025", row 7, column F: "Chờ ý kiến" is not a column (6) state: Đang dự thảo, Đã gửi thẩm định, Đã thẩm định, Đã được phê duyệt; text kept in attributes.form08_col6',
      'attt-audit: error: sheet "BC 2025", row 7, column I: "quý II/2026" is not a dd/mm/yyyy date; text kept in attributes.form08_col9',
      'attt-audit: error: sheet "BC 2025", row 9, column B: a row with data but no system name (column 2): not imported',
    ]);
    expect(run.stderr).toContain('read 4 data rows (form08), imported 3 systems, 4 errors, 3 warnings');
  });

  it('writes what it could map: NFC names, merged owner, dates, enums, both assessments, free text kept', () => {
    const [inventory] = yamlIn(out);
    expect(inventory!.organization).toBe('Bộ Khoa học và Công nghệ');
    expect(inventory!.systems).toEqual([
      {
        id: 'cong-thong-tin-dien-tu',
        name: 'Cổng thông tin điện tử',
        owner: 'Trung tâm Công nghệ thông tin',
        operator: 'Trung tâm Công nghệ thông tin',
        level: 3,
        approval: { decision: 'Quyết định số 2876/QĐ-BKHCN', date: '2021-11-22', body: 'Bộ Khoa học và Công nghệ' },
        regulation: { decision: 'Quyết định số 15/QĐ-BKHCN', date: '2021-11-01', issuer: 'Bộ Khoa học và Công nghệ' },
        dossier: { status: 'approved' },
        protection_plan: 'deployed',
        audits: [
          { date: '2025-12-14', kind: 'pre_operation', report: 'Mẫu số 08, cột (12)' },
          { date: '2025-12-14', kind: 'periodic', report: 'Mẫu số 08, cột (12)' },
        ],
        attributes: { ghi_chu: 'ghi chú tự do' },
      },
      {
        id: 'he-thong-thu-dien-tu',
        name: 'Hệ thống thư điện tử',
        owner: 'Trung tâm Công nghệ thông tin',
        operator: 'Trung tâm Công nghệ thông tin',
        proposed_level: 2,
        dossier: { status: 'drafting', expected_approval: '2026-06-30' },
        protection_plan: 'partially_deployed',
        protection_plan_expected: '2026-09-30',
      },
      {
        id: 'he-thong-mot-cua-dien-tu',
        name: 'Hệ thống một cửa điện tử',
        owner: 'Văn phòng Bộ',
        operator: 'Văn phòng Bộ',
        protection_plan: 'none',
        protection_plan_expected: '2026-12-31',
        audits: [{ date: '2025-12-14', kind: 'periodic', report: 'Mẫu số 08, cột (12)' }],
        attributes: { form08_col5: 'ba', form08_col6: 'Chờ ý kiến', form08_col9: 'quý II/2026' },
      },
    ]);
  });
});

describe('import: CSV and plain sheets with the inventory\'s own headers', () => {
  it('reads a semicolon CSV with a byte-order mark and inventory keys as headers', async () => {
    const csv = path.join(dir, 'he-thong.csv');
    writeFileSync(
      csv,
      '\ufeffid;name;owner;level;approval.decision;approval.date;approval.body;protection_plan;dossier.status\r\n' +
        'qlvb;"Quản lý văn bản; điều hành";Trung tâm CNTT;3;QĐ 512/QĐ-BKHCN;15/03/2022;Bộ KH&CN;deployed;approved\r\n' +
        'email;Thư điện tử;Trung tâm CNTT;;;;;none;drafting\r\n',
    );
    const out = path.join(dir, 'csv-out');
    const run = await runCli(['import', csv, '-o', out, '--lang', 'en']);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stderr).toContain('read 2 data rows (inventory), imported 2 systems, 0 errors, 0 warnings');
    expect(yamlIn(out)[0]!.systems).toEqual([
      { id: 'qlvb', name: 'Quản lý văn bản; điều hành', owner: 'Trung tâm CNTT', level: 3, approval: { decision: 'QĐ 512/QĐ-BKHCN', date: '2022-03-15', body: 'Bộ KH&CN' }, protection_plan: 'deployed', dossier: { status: 'approved' } },
      { id: 'email', name: 'Thư điện tử', owner: 'Trung tâm CNTT', protection_plan: 'none', dossier: { status: 'drafting' } },
    ]);
  });

  it('strips control characters from what it reads (nothing reaches the terminal)', async () => {
    const csv = path.join(dir, 'hostile.csv');
    writeFileSync(csv, 'id,name,owner,level\r\nx,"Tên\u001b[31m đỏ\u0007",Đơn vị,7\r\n');
    const run = await runCli(['import', csv, '-o', path.join(dir, 'hostile-out'), '--lang', 'en']);
    expect(run.code).toBe(1);
    expect(run.stderr).not.toMatch(/[\u0000-\u0008\u000b-\u001f]/);
    expect(run.stderr).toContain('row 2, column D: "7" is not a level 1–5');
  });

  it('a file that is not a spreadsheet, or of another type, stops the run (exit 2)', async () => {
    const fake = path.join(dir, 'fake.xlsx');
    writeFileSync(fake, 'not a zip');
    const bad = await runCli(['import', fake, '--lang', 'en']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('is not a valid .xlsx file');
    const other = await runCli(['import', path.join(dir, 'x.ods'), '--lang', 'en']);
    expect(other.code).toBe(2);
    expect(other.stderr).toContain('import reads .xlsx or .csv files');
  });
});

describe('import: bounded work on a hostile workbook', () => {
  it('refuses a zip that declares too many entries before inflating anything (exit 2)', async () => {
    const { default: JSZip } = await import('jszip');
    const zip = new JSZip();
    // 2,001 files and their folder: over the 2,000 entries allowed.
    for (let i = 0; i < 2001; i += 1) zip.file(`x/${i}.xml`, '');
    const file = path.join(dir, 'many-entries.xlsx');
    writeFileSync(file, await zip.generateAsync({ type: 'uint8array' }));
    const run = await runCli(['import', file, '--lang', 'en']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('the spreadsheet unzips too large (2002 entries');
  });
});
