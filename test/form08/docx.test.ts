// The Form 08 DOCX of the IT Center's 41 systems as of 14/12/2026, read back (jszip +
// fast-xml-parser): the heading block and labels exactly as the decree prints them, every count of
// part 1 (computed by hand from the fixture, see the comments), part 2 from the config, every
// cell of part 3 (test/form08/expected-part3.tsv), A4 portrait then landscape, Times New Roman,
// the table's header rows repeated on each page, and the draft stamp on every page with --draft.
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers.js';
import { CONFIG, EXPECTED_PART1, EXPECTED_PART3 } from './expected.js';
import { readDocx, type DocxContent, type DocxTable } from './docx-reader.js';

const dir = mkdtempSync(path.join(tmpdir(), 'attt-form08-docx-'));
let doc: DocxContent;
let draft: DocxContent;

async function makeDocx(name: string, extra: string[] = []): Promise<{ content: DocxContent; stderr: string; code: number }> {
  const output = path.join(dir, name);
  const run = await runCli(['report', '--config', CONFIG, '--format', 'form08', '--year', '2026', '-o', output, ...extra]);
  return { content: await readDocx(readFileSync(output)), stderr: run.stderr, code: run.code };
}

beforeAll(async () => {
  const made = await makeDocx('form08.docx');
  expect(made.code, made.stderr).toBe(0);
  doc = made.content;
  draft = (await makeDocx('draft.docx', ['--draft'])).content;
}, 60_000);

const paragraphs = (d: DocxContent): string[] => d.blocks.filter((b) => b.kind === 'p').map((b) => b.text);
const tables = (d: DocxContent): DocxTable[] => d.blocks.filter((b): b is DocxTable => b.kind === 'table');

describe('Form 08 DOCX', () => {
  it('opens with the national heading block: issuer, number, subject | nation, motto, place and date', () => {
    const heading = tables(doc)[0]!;
    expect(heading.rows[0]!.cells[0]).toBe('BỘ KHOA HỌC VÀ CÔNG NGHỆ\n________\nSố: ......\nV/v kết quả công tác bảo đảm an ninh mạng hệ thống thông tin');
    expect(heading.rows[0]!.cells[1]).toBe('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n________________________\n..., ngày ... tháng ... năm ...');
    const text = paragraphs(doc);
    expect(text).toContain('Kính gửi: (Đơn vị chuyên trách về an ninh mạng/ Lực lượng chuyên trách về an ninh mạng)');
    expect(text).toContain('Kỳ báo cáo: từ ngày 15/12/2025 đến ngày 14/12/2026');
    expect(text).toContain('1. Thông tin chung');
    expect(text).toContain('2. Thông tin về chủ quản hệ thống thông tin và đơn vị chuyên trách về an ninh mạng');
    expect(text).toContain('3. Thông tin chi tiết về các hệ thống thông tin thuộc phạm vi quản lý');
  });

  it('part 1: the seven official lines with every count of the fixture', () => {
    const text = paragraphs(doc);
    const start = text.indexOf('1. Thông tin chung');
    expect(text.slice(start + 1, start + 8)).toEqual(EXPECTED_PART1.map(([label, value]) => `- ${label}: ${value}`));
  });

  it('part 2: owner and dedicated unit from the config, official labels', () => {
    const text = paragraphs(doc);
    const start = text.indexOf('a) Thông tin về chủ quản hệ thống thông tin:');
    expect(text.slice(start, start + 12)).toEqual([
      'a) Thông tin về chủ quản hệ thống thông tin:',
      '(1) Tên chủ quản hệ thống thông tin: Bộ Khoa học và Công nghệ',
      '(2) Quy định chức năng, nhiệm vụ và quyền hạn: Nghị định số 28/2023/NĐ-CP ngày 02/6/2023 của Chính phủ quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Bộ Khoa học và Công nghệ',
      '(3) Người đại diện, chức vụ: Nguyễn Văn A, Bộ trưởng',
      '(4) Địa chỉ liên lạc của cơ quan chủ quản hệ thống thông tin: 113 Trần Duy Hưng, phường Yên Hòa, Hà Nội',
      '(5) Thông tin liên hệ bao gồm: Số điện thoại: 024 3943 9999; Thư điện tử: vanphong@most.gov.vn',
      'b) Thông tin về đơn vị chuyên trách về an ninh mạng:',
      '(1) Tên đơn vị chuyên trách về an ninh mạng: Trung tâm Công nghệ thông tin',
      '(2) Quy định chức năng, nhiệm vụ và quyền hạn: Quyết định số 1234/QĐ-BKHCN ngày 15/5/2023 quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Trung tâm Công nghệ thông tin',
      '(3) Người đại diện, chức vụ: Trần Thị B, Giám đốc',
      '(4) Địa chỉ liên lạc của đơn vị chuyên trách về an ninh mạng: 113 Trần Duy Hưng, phường Yên Hòa, Hà Nội',
      '(5) Thông tin liên hệ bao gồm: Số điện thoại: 024 3556 1234; Thư điện tử: ttcntt@most.gov.vn',
    ]);
  });

  it('part 3: the 12 official headers, the column numbers, both repeated on every page, then every cell of the 41 rows', () => {
    const table = tables(doc)[1]!;
    expect(table.rows[0]).toEqual({
      header: true,
      cells: [
        'STT', 'Tên HTTT', 'Chủ quản HTTT', 'Đơn vị vận hành HTTT', 'Cấp độ đề xuất', 'Tình trạng phê duyệt cấp độ',
        'Quyết định phê duyệt cấp độ', 'Quy chế bảo đảm ANM cho hệ thống', 'Dự kiến thời điểm phê duyệt HSĐXCĐ',
        'Đã triển khai đầy đủ PA BĐANM', 'Dự kiến thời điểm triển khai đầy đủ PA BĐANM', 'Đã kiểm tra, đánh giá ANM',
      ],
    });
    expect(table.rows[1]).toEqual({ header: true, cells: Array.from({ length: 12 }, (_, i) => `(${i + 1})`) });
    const body = table.rows.slice(2);
    expect(body.every((r) => !r.header)).toBe(true);
    expect(body.map((r) => r.cells)).toEqual(EXPECTED_PART3);
  });

  it('columns 6, 10 and 12 hold only the form\'s allowed values', () => {
    const body = tables(doc)[1]!.rows.slice(2).map((r) => r.cells);
    for (const cells of body) {
      expect(['Đang dự thảo', 'Đã gửi thẩm định', 'Đã thẩm định', 'Đã được phê duyệt']).toContain(cells[5]);
      expect(['Chưa triển khai', 'Đã triển khai một số hạng mục', 'Đã triển khai đầy đủ']).toContain(cells[9]);
      expect(['', 'Trước khi đưa vào sử dụng', 'Định kỳ', 'Trước khi đưa vào sử dụng; Định kỳ']).toContain(cells[11]);
    }
    // Every value occurs in the fixture, so each mapping is exercised.
    expect(new Set(body.map((c) => c[5])).size).toBe(4);
    expect(new Set(body.map((c) => c[9])).size).toBe(3);
    expect(new Set(body.map((c) => c[11])).size).toBe(4);
  });

  it('A4 portrait for parts 1–2, A4 landscape for the table; Times New Roman everywhere', () => {
    expect(doc.sections.map((s) => [s.width, s.height, s.orient])).toEqual([
      [11906, 16838, 'portrait'],
      [16838, 11906, 'landscape'],
    ]);
    const fonts = new Set(doc.blocks.flatMap((b) => (b.kind === 'p' ? b.fonts : [])));
    expect([...fonts]).toEqual(['Times New Roman']);
    expect(doc.documentXml).not.toMatch(/w:ascii="(?!Times New Roman)/);
  });

  it('annexes: the regulation annex from the inventory; the two others omitted, saying why', () => {
    const text = paragraphs(doc);
    expect(text).toContain('Phụ lục 2. Quy chế bảo đảm an ninh mạng của các hệ thống thông tin và việc tuân thủ');
    expect(text).toContain('bỏ qua: không hệ thống nào ghi classification.national_security_critical (omitted: no system records classification.national_security_critical)');
    expect(text).toContain('bỏ qua: tệp danh mục không có trường ghi tình trạng từng yêu cầu của phương án (omitted: the inventory has no field for the status of each plan requirement)');
    const annex = tables(doc)[2]!;
    expect(annex.rows[0]!.cells).toEqual(['STT', 'Tên HTTT', 'Quy chế bảo đảm ANM cho hệ thống', 'Ngày phê duyệt cấp độ', 'Quy chế ban hành trước khi phê duyệt cấp độ']);
    expect(annex.rows).toHaveLength(1 + 23); // 22 approved + one regulation issued for the system approved on 18/12
    expect(annex.rows[1]!.cells).toEqual(['1', 'Hệ thống quản trị đơn và dịch vụ công trực tuyến về sở hữu công nghiệp', 'Quyết định số 101/QĐ-BKHCN ngày 24/09/2021 của Bộ Khoa học và Công nghệ', '15/10/2021', 'Có']);
  });

  it('no draft stamp on the final document; --draft stamps every page of both sections', () => {
    expect(Object.values(doc.headers).join('')).not.toContain('DỰ THẢO');
    expect(draft.sections).toHaveLength(2);
    for (const section of draft.sections) {
      expect(section.headerIds.length).toBeGreaterThan(0);
      for (const id of section.headerIds) expect(draft.headers[draft.relationships[id]!]).toBe('DỰ THẢO / DRAFT');
    }
  });

  it('an existing file is not replaced without --force', async () => {
    const output = path.join(dir, 'form08.docx');
    expect(existsSync(output)).toBe(true);
    const run = await runCli(['report', '--config', CONFIG, '--year', '2026', '-o', output]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('already exists; add --force to overwrite it');
  });
});
