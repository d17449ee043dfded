// The Form 08 workbook is streamed (issue 17: at 1M systems the in-memory workbook ran out of
// heap). Read back, it must hold the same cells as the writer before issue 17
// (oracle/xlsx-before.ts): values, number formats, fonts, alignment, borders, merged ranges,
// column widths, page setup and the rows printed on every page.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { generateInventory } from '../../bench/generate.mjs';
import { buildForm08, dataPeriod, type Form08Document } from '../../src/form08/model.js';
import { renderForm08Xlsx } from '../../src/formatters/form08/xlsx.js';
import { loadInventories } from '../../src/loading/inventory.js';
import { renderForm08Xlsx as renderBefore } from './oracle/xlsx-before.js';

const HOSTILE = [`<b>&amp; "Hệ thống" 'A' & B</b>`, 'chuông\u0007 \ud800 lẻ', 'dòng một\ndòng hai', '=HYPERLINK("x")', '+1', '  cách  ', '😀', ''];
let generated: Form08Document;

beforeAll(async () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'attt-form08-xlsx-'));
  mkdirSync(path.join(dir, 'inventory'));
  for (const { name, text } of generateInventory({ systems: 1500, files: 2, seed: 23, broken: 0.05 })) writeFileSync(path.join(dir, 'inventory', name), text);
  generated = buildForm08({ inventory: await loadInventories(['inventory'], { cwd: dir }), period: dataPeriod(2026, '2026-12-20') });
  generated.rows.forEach((row, i) => {
    if (i % 7 === 0) row.name = HOSTILE[(i / 7) % HOSTILE.length]!;
    if (i % 11 === 0) row.operator = HOSTILE[(i / 11) % HOSTILE.length]!;
    // Date cells (columns 9 and 11), which the generated inventory seldom fills.
    if (i % 9 === 0) row.expectedApproval = '2027-01-15';
    if (i % 10 === 0) row.expectedDeployment = '2027-03-01';
  });
  generated.annexes.regulation = {
    ...generated.annexes.regulation,
    rows: generated.rows.slice(0, 200).map((row, i) => ({
      name: row.name,
      regulation: { decision: `${i}/QĐ`, date: '2026-03-04', ...(i % 2 === 0 ? { issuer: HOSTILE[i % HOSTILE.length]! } : {}) },
      ...(i % 3 === 0 ? {} : { approval: '2026-05-06', beforeApproval: i % 3 === 1 }),
    })),
  };
  generated.findings.push(...HOSTILE.map((text) => ({ rule: 'form08/test', severity: 'warning' as const, message: { vi: text, en: text } })));
}, 120_000);

async function bytes(chunks: AsyncIterable<Uint8Array>): Promise<Buffer> {
  const pieces: Uint8Array[] = [];
  for await (const piece of chunks) pieces.push(piece);
  return Buffer.concat(pieces);
}

async function cells(file: Uint8Array): Promise<unknown> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(file) as unknown as ArrayBuffer);
  return workbook.worksheets.map((ws) => {
    const rows: unknown[] = [];
    ws.eachRow({ includeEmpty: true }, (row, r) => {
      row.eachCell({ includeEmpty: true }, (c, n) => rows.push([r, n, c.value, c.numFmt, c.font, c.alignment, c.border]));
    });
    return { name: ws.name, pageSetup: ws.pageSetup, headerFooter: ws.headerFooter, merges: ws.model.merges, widths: ws.columns?.map((c) => c.width), rows };
  });
}

describe('Form 08 workbook, streamed', () => {
  it('the inventory has rows, annex rows and findings to compare', () => {
    expect(generated.rows.length).toBeGreaterThan(1000);
    expect(generated.findings.length).toBeGreaterThan(HOSTILE.length);
  });

  for (const [lang, draft] of [
    ['vi', true],
    ['en', false],
  ] as const) {
    it(`holds the same cells as the in-memory workbook (${lang}, draft: ${draft})`, async () => {
      const options = { lang, draft };
      const [before, after] = await Promise.all([renderBefore(generated, options), bytes(renderForm08Xlsx(generated, options))]);
      const expected = await cells(before);
      expect(await cells(after)).toEqual(expected);
      expect(JSON.stringify(expected)).toContain('HYPERLINK');
      // The print titles (Excel's defined names, read back into the form sheet's page setup).
      expect(JSON.stringify(expected)).toMatch(/"printTitlesRow":"\d+:\d+"/);
    }, 60_000);
  }

  it('a form longer than a sheet can be is refused with a way out, before any byte is made', () => {
    expect(() => renderForm08Xlsx(generated, { lang: 'vi', draft: false, rows: 1000 })).toThrow(
      expect.objectContaining({
        name: 'FatalError',
        message: expect.stringMatching(/^the Form 08 workbook \(\.xlsx\) needs \d+ rows on sheet "Mẫu số 08" and Excel opens no sheet longer than 1000 rows; write a \.docx or \.html file instead$/),
      }),
    );
  });

  it('findings beyond a sheet: as many as fit, then how many are left out', async () => {
    const { regulation } = generated.annexes;
    const annexes = { ...generated.annexes, regulation: 'rows' in regulation ? { ...regulation, rows: regulation.rows.slice(0, 5) } : regulation };
    const small = { ...generated, rows: generated.rows.slice(0, 10), annexes, findings: generated.findings.slice(0, 150) };
    expect(generated.findings.length).toBeGreaterThanOrEqual(150);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await bytes(renderForm08Xlsx(small, { lang: 'en', draft: false, rows: 100 }))) as unknown as ArrayBuffer);
    const checks = workbook.getWorksheet('Kiểm tra')!;
    expect(checks.rowCount).toBe(100);
    expect(String(checks.getCell(99, 1).value)).toMatch(/^(error|warning) /);
    expect(checks.getCell(100, 1).value).toBe('… and 52 more findings not listed here (Excel opens no sheet longer than 1048576 rows): all of them are printed on standard error and are in the .docx and .html files');
  });
});
