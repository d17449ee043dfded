// The Excel report is written row by row (issue 17) by a small SpreadsheetML writer instead of
// exceljs' workbook writer. A zip is never byte-identical (timestamps, part order, string table),
// so both workbooks are read back with exceljs and compared cell by cell: every sheet's model
// (value, type, style and number format of every cell, column widths, views, autofilter, merges,
// print setup, page header) and the workbook's defined names and properties. The oracle is the
// implementation before streaming, in ../formatters/streamed-oracle/xlsx-report.ts. Inventories:
// the 41-system fixture, the hostile-text fixture, and a generated inventory of a few thousand
// systems with hostile text (controls, lone surrogates, formulas, XML specials, spaces, new lines).
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { writeInventory } from '../../bench/generate.mjs';
import { xlsxReportChunks } from '../../src/formatters/report/xlsx/report.js';
import { WorkbookWriter } from '../../src/formatters/common/xlsx/spreadsheet.js';
import { writeFileAtomic } from '../../src/util/write-atomic.js';
import { loadInventories } from '../../src/loading/inventory.js';
import { defaultRulesDir, loadRules } from '../../src/loading/rules.js';
import { buildReport, type ReportModel } from '../../src/report/model.js';
import { ROOT } from '../helpers.js';
import { renderXlsxReport as before } from '../formatters/streamed-oracle/xlsx-report.js';

const HOSTILE = [
  '"=HYPERLINK(\\"https://example.invalid\\",\\"x\\")"',
  '"+cmd|\' /C calc\'!A0"',
  '"-1+2"',
  '"@SUM(1)"',
  '"\\tTab first"',
  '"\\x01\\x07 bell \\x1f and \\x7f delete"',
  '"<b>&amp; \\"quoted\\" \'single\' </b>"',
  '"  leading and trailing  "',
  '"two\\nlines\\r\\nand CRLF"',
  '"emoji 😀 and Tiếng Việt có dấu"',
  '"\\uFFFE not a character"',
];

/** A generated inventory (two files) with hostile text in every 7th name and every 11th owner. */
function hostileInventory(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'attt-xlsx-streamed-'));
  writeInventory(dir, { systems: 3000, files: 2, seed: 11, broken: 0.03 });
  for (const file of readdirSync(dir)) {
    let names = 0;
    let owners = 0;
    const text = readFileSync(path.join(dir, file), 'utf8')
      .replace(/^( {4}name: ).*$/gm, (line, key: string) => (++names % 7 === 0 ? `${key}${HOSTILE[names % HOSTILE.length]}` : line))
      .replace(/^( {4}owner: ).*$/gm, (line, key: string) => (++owners % 11 === 0 ? `${key}${HOSTILE[owners % HOSTILE.length]}` : line));
    writeFileSync(path.join(dir, file), text);
  }
  return dir;
}

async function modelOf(paths: string[], cwd: string): Promise<ReportModel> {
  const pack = await loadRules([defaultRulesDir()], ROOT);
  const inventory = await loadInventories(paths, { cwd });
  return buildReport({ inventory, pack, asOf: '2024-12-26', timeZone: 'Asia/Ho_Chi_Minh', now: new Date('2024-12-26T03:00:00Z'), tool: { name: 'attt-audit', version: '1.2.3' } });
}

async function read(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(bytes as never);
  return book;
}

async function streamed(model: ReportModel, lang: 'vi' | 'en'): Promise<{ bytes: Buffer; pieces: number; largest: number }> {
  const chunks: Buffer[] = [];
  for await (const chunk of xlsxReportChunks(model, lang)) chunks.push(Buffer.from(chunk));
  return { bytes: Buffer.concat(chunks), pieces: chunks.length, largest: Math.max(...chunks.map((c) => c.length)) };
}

/** Everything exceljs reads from a workbook, as plain data. */
function contentOf(book: ExcelJS.Workbook): unknown {
  return {
    properties: { creator: book.creator, title: book.title, created: book.created, modified: book.modified },
    definedNames: book.definedNames.model,
    sheets: book.worksheets.map((ws) => ({ ...ws.model, id: undefined })),
  };
}

const models: Record<string, ReportModel> = {};

beforeAll(async () => {
  models.most = await modelOf(['fixtures/most'], ROOT);
  models.xss = await modelOf(['fixtures/report'], ROOT);
  models.generated = await modelOf([hostileInventory()], ROOT);
}, 120_000);

describe('the streamed Excel report reads back exactly as the whole-workbook one', () => {
  it.each([
    ['most', 'vi'],
    ['most', 'en'],
    ['xss', 'vi'],
    ['generated', 'vi'],
    ['generated', 'en'],
  ] as const)('%s, %s', { timeout: 300_000 }, async (name, lang) => {
    const model = models[name]!;
    const { bytes, pieces, largest } = await streamed(model, lang);
    const [now, then] = await Promise.all([read(bytes), read(await before(model, lang))]);
    expect(contentOf(now)).toEqual(contentOf(then));
    if (name === 'generated') {
      // The hostile text reached the workbook: formulas guarded, controls shown, line breaks kept.
      const texts: { value: string; numFmt: string }[] = [];
      now.getWorksheet(lang === 'vi' ? 'Hệ thống' : 'Systems')!.eachRow((row) => row.eachCell((cell) => void (typeof cell.value === 'string' && texts.push({ value: cell.value, numFmt: cell.numFmt }))));
      expect(texts.filter((t) => t.value.startsWith('=HYPERLINK') && t.numFmt === '@').length).toBeGreaterThan(10);
      expect(texts.some((t) => t.value === '\\u0001\\u0007 bell \\u001f and  delete')).toBe(true);
      expect(texts.some((t) => t.value === 'two\nlines\nand CRLF')).toBe(true);
      // Written as it goes: many pieces, none of them the whole workbook.
      expect(pieces).toBeGreaterThan(10);
      expect(largest).toBeLessThan(bytes.length / 4);
    }
  });
});

describe('a list longer than a sheet', () => {
  it('goes on over "name (2)", "name (3)"… with the header on each, every row kept in order', async () => {
    const model = models.most!;
    const chunks: Buffer[] = [];
    // 50 rows a sheet: a header and 49 items (Excel's real limit is 1,048,576 rows).
    for await (const chunk of xlsxReportChunks(model, 'vi', { rows: 50 })) chunks.push(Buffer.from(chunk));
    const [cut, whole] = await Promise.all([read(Buffer.concat(chunks)), read((await streamed(model, 'vi')).bytes)]);
    const rowsOf = (ws: ExcelJS.Worksheet): unknown[][] => {
      const rows: unknown[][] = [];
      ws.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
      return rows;
    };
    const findings = model.result.findings.length;
    expect(findings).toBeGreaterThan(100);
    const parts = Math.ceil(findings / 49);
    const names = cut.worksheets.map((ws) => ws.name);
    expect(names.filter((n) => n.startsWith('Phát hiện'))).toEqual(['Phát hiện', ...Array.from({ length: parts - 1 }, (_, i) => `Phát hiện (${i + 2})`)]);
    const [header, ...all] = rowsOf(whole.getWorksheet('Phát hiện')!);
    const continued = names.filter((n) => n.startsWith('Phát hiện')).map((n) => cut.getWorksheet(n)!);
    for (const ws of continued) {
      expect(rowsOf(ws)[0]).toEqual(header);
      expect(ws.rowCount).toBeLessThanOrEqual(50);
      expect(ws.autoFilter).toBe(`A1:${String.fromCharCode(64 + header!.length)}${ws.rowCount}`);
    }
    expect(continued.flatMap((ws) => rowsOf(ws).slice(1))).toEqual(all);
    // 41 systems fit on one sheet each.
    expect(names).toContain('Hệ thống');
    expect(names).not.toContain('Hệ thống (2)');
  });
});

describe('a workbook that fails while it is written', () => {
  it('fails the write and leaves no file behind, temporary or not', async () => {
    const book = new WorkbookWriter({ creator: 't', title: 't', created: new Date(0), modified: new Date(0) });
    const print = { page: { orientation: 'landscape', fitToWidth: true, sideMargins: 0.5 } as const, oddHeader: '', oddFooter: '', titleRows: { first: 1, last: 1 } };
    book.addSheet({ name: 'ok', widths: [10], print }, function* write(sheet) {
      for (let r = 1; r <= 5000; r += 1) {
        sheet.cell(r, 1, `row ${r}`, undefined);
        yield;
      }
    });
    book.addSheet({ name: 'broken', widths: [10], print }, function* write(sheet) {
      sheet.cell(1, 1, 1, undefined);
      yield;
      throw new Error('a bug while writing');
    });
    const dir = mkdtempSync(path.join(tmpdir(), 'attt-xlsx-fail-'));
    await expect(writeFileAtomic(path.join(dir, 'book.xlsx'), book.chunks(), { overwrite: false })).rejects.toThrow('a bug while writing');
    expect(readdirSync(dir)).toEqual([]);
  });
});
