// The Form 08 workbook of the 41-system fixture read back with exceljs: the form sheet (heading,
// part 1 counts as numbers, part 2, the part-3 table with every cell; counts and levels numbers,
// expected dates real date cells), the header rows printed on every page, landscape A4, the
// annex sheet, and the draft stamp.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers.js';
import { CONFIG, EXPECTED_PART1, EXPECTED_PART3 } from './expected.js';

const dir = mkdtempSync(path.join(tmpdir(), 'attt-form08-xlsx-'));

async function makeWorkbook(name: string, extra: string[] = []): Promise<ExcelJS.Workbook> {
  const output = path.join(dir, name);
  const run = await runCli(['report', '--config', CONFIG, '--format', 'form08', '--year', '2026', '-o', output, ...extra]);
  expect(run.code, run.stderr).toBe(0);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(output);
  return workbook;
}

let book: ExcelJS.Workbook;
let draft: ExcelJS.Workbook;
beforeAll(async () => {
  book = await makeWorkbook('form08.xlsx');
  draft = await makeWorkbook('draft.xlsx', ['--draft']);
}, 60_000);

/** A cell as the form shows it: dates dd/mm/yyyy, numbers as digits, empty as "". */
function shown(cell: ExcelJS.Cell): string {
  const v = cell.value;
  if (v === null || v === undefined) return '';
  if (v instanceof Date) return `${String(v.getUTCDate()).padStart(2, '0')}/${String(v.getUTCMonth() + 1).padStart(2, '0')}/${v.getUTCFullYear()}`;
  return String(v);
}

function findRow(ws: ExcelJS.Worksheet, column: number, text: string): number {
  for (let r = 1; r <= ws.rowCount; r += 1) if (shown(ws.getCell(r, column)) === text) return r;
  throw new Error(`no row with "${text}" in column ${column}`);
}

describe('Form 08 workbook', () => {
  it('has the form sheet and the annex sheet, and no findings sheet when the form is clean', () => {
    expect(book.worksheets.map((w) => w.name)).toEqual(['Mẫu số 08', 'Phụ lục']);
  });

  it('the heading block and the addressee', () => {
    const ws = book.getWorksheet('Mẫu số 08')!;
    expect([1, 2, 3].map((r) => [shown(ws.getCell(r, 1)), shown(ws.getCell(r, 6))])).toEqual([
      ['BỘ KHOA HỌC VÀ CÔNG NGHỆ', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'],
      ['Số: ......', 'Độc lập - Tự do - Hạnh phúc'],
      ['V/v kết quả công tác bảo đảm an ninh mạng hệ thống thông tin', '..., ngày ... tháng ... năm ...'],
    ]);
    expect(shown(ws.getCell(5, 1))).toBe('Kính gửi: (Đơn vị chuyên trách về an ninh mạng/ Lực lượng chuyên trách về an ninh mạng)');
  });

  it('part 1: every count as a number cell, line 7 as a date cell', () => {
    const ws = book.getWorksheet('Mẫu số 08')!;
    const start = findRow(ws, 1, '1. Thông tin chung') + 1;
    const lines = EXPECTED_PART1.map((_, i) => [shown(ws.getCell(start + i, 1)), shown(ws.getCell(start + i, 11))]);
    expect(lines).toEqual(EXPECTED_PART1.map(([label, value]) => [`- ${label}`, value]));
    expect(typeof ws.getCell(start, 11).value).toBe('number');
    expect(ws.getCell(start + 6, 11).value).toBeInstanceOf(Date);
  });

  it('part 2 from the config', () => {
    const ws = book.getWorksheet('Mẫu số 08')!;
    const r = findRow(ws, 1, '(1) Tên đơn vị chuyên trách về an ninh mạng');
    expect(shown(ws.getCell(r, 5))).toBe('Trung tâm Công nghệ thông tin');
    expect(shown(ws.getCell(r + 4, 1))).toBe('(5) Thông tin liên hệ bao gồm');
    expect(shown(ws.getCell(r + 4, 5))).toBe('Số điện thoại: 024 3556 1234; Thư điện tử: ttcntt@most.gov.vn');
  });

  it('part 3: headers, column numbers, every cell of the 41 rows; typed cells; header rows printed on every page', () => {
    const ws = book.getWorksheet('Mẫu số 08')!;
    const header = findRow(ws, 1, 'STT');
    expect(Array.from({ length: 12 }, (_, i) => shown(ws.getCell(header, i + 1)))).toEqual([
      'STT', 'Tên HTTT', 'Chủ quản HTTT', 'Đơn vị vận hành HTTT', 'Cấp độ đề xuất', 'Tình trạng phê duyệt cấp độ',
      'Quyết định phê duyệt cấp độ', 'Quy chế bảo đảm ANM cho hệ thống', 'Dự kiến thời điểm phê duyệt HSĐXCĐ',
      'Đã triển khai đầy đủ PA BĐANM', 'Dự kiến thời điểm triển khai đầy đủ PA BĐANM', 'Đã kiểm tra, đánh giá ANM',
    ]);
    expect(Array.from({ length: 12 }, (_, i) => shown(ws.getCell(header + 1, i + 1)))).toEqual(Array.from({ length: 12 }, (_, i) => `(${i + 1})`));
    const rows = EXPECTED_PART3.map((_, r) => Array.from({ length: 12 }, (_, c) => shown(ws.getCell(header + 2 + r, c + 1))));
    expect(rows).toEqual(EXPECTED_PART3);
    expect(shown(ws.getCell(header + 2 + EXPECTED_PART3.length, 1))).toBe('');
    const first = header + 2;
    expect(typeof ws.getCell(first, 1).value).toBe('number');
    expect(typeof ws.getCell(first, 5).value).toBe('number');
    expect(ws.getCell(first + 1, 9).value).toBeInstanceOf(Date);
    expect(ws.getCell(first + 1, 9).numFmt).toBe('dd/mm/yyyy');
    expect(ws.pageSetup.printTitlesRow).toBe(`${header}:${header + 1}`);
    expect(ws.pageSetup.orientation).toBe('landscape');
    expect(ws.pageSetup.paperSize).toBe(9);
  });

  it('the draft carries "DỰ THẢO / DRAFT" in the page header and above the form', () => {
    const ws = draft.getWorksheet('Mẫu số 08')!;
    expect(shown(ws.getCell(1, 1))).toBe('DỰ THẢO / DRAFT');
    expect(ws.headerFooter.oddHeader).toContain('DỰ THẢO / DRAFT');
    expect(book.getWorksheet('Mẫu số 08')!.headerFooter?.oddHeader ?? '').not.toContain('DỰ THẢO');
  });
});
