// Every writer produces a file its consumer's parser reads, whatever characters the inventory holds:
// XML 1.0 cannot hold C0 controls, U+FFFE or U+FFFF, and an XLSX holding one does not open.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { XMLValidator } from 'fast-xml-parser';
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { runCli, tempDir } from '../helpers.js';

// Every character class XML refuses, in every text field a report shows (YAML escapes in double quotes).
const HOSTILE = 'A\\x07B\\uFFFEC\\uFFFFD\\x00E\\x1b[2JF\\x0bG';
const INVENTORY = [
  `organization: "Bộ ${HOSTILE}"`,
  'systems:',
  `  - id: "s1"`,
  `    name: "Hệ thống ${HOSTILE}"`,
  `    owner: "Đơn vị ${HOSTILE}"`,
  '    level: 2',
  `    approval: { decision: "QĐ ${HOSTILE}", date: 2023-01-05 }`,
  '    protection_plan: deployed',
  '    audits: [{ date: 2022-01-10, result: pass }]',
  '    waivers:',
  `      - { rule: layers/missing, reason: "Lý do ${HOSTILE}", expires: 2025-12-31, approved_by: "Ông ${HOSTILE}" }`,
  '',
].join('\n');
// What the workbook shows instead of each character XML cannot hold; the controls XML allows (none here) stay.
const SHOWN = 'A\\u0007B\\ufffeC\\uffffD\\u0000E\\u001b[2JF\\u000bG';

describe('writers produce files their consumers parse, with controls and non-characters in every text', () => {
  it('xlsx: exceljs reads the workbook back, and every such character is shown as \\uXXXX', async () => {
    const cwd = tempDir({ 'inv.yaml': INVENTORY });
    const out = path.join(mkdtempSync(path.join(tmpdir(), 'attt-xlsx-')), 'r.xlsx');
    const run = await runCli(['report', 'inv.yaml', '--as-of', '2024-12-26', '-o', out, '--lang', 'en'], { cwd });
    expect(run.code).toBe(0);
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(out);
    const texts: string[] = [];
    book.eachSheet((sheet) => sheet.eachRow((row) => row.eachCell((cell) => texts.push(String(cell.value)))));
    expect(texts).toContain(`Hệ thống ${SHOWN}`);
    // An owner's whitespace is collapsed (owners are grouped by name), so its vertical tab is a space.
    expect(texts).toContain(`Đơn vị ${SHOWN.replace('\\u000b', ' ')}`);
    expect(book.title).toBe(`Information-system security compliance report · Bộ ${SHOWN}`);
    expect(texts.join('\n')).not.toMatch(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/);
  });

  it('junit: well-formed XML', async () => {
    const cwd = tempDir({ 'inv.yaml': INVENTORY });
    const run = await runCli(['check', 'inv.yaml', '--as-of', '2024-12-26', '-f', 'junit'], { cwd });
    expect(run.code).toBe(1);
    expect(XMLValidator.validate(run.stdout)).toBe(true);
    expect(run.stdout).not.toMatch(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/);
  });

  it('sarif, json and gitlab: JSON that parses back to the same text', async () => {
    const cwd = tempDir({ 'inv.yaml': INVENTORY });
    for (const format of ['sarif', 'json', 'gitlab']) {
      const run = await runCli(['check', 'inv.yaml', '--as-of', '2024-12-26', '-f', format], { cwd });
      expect(run.code).toBe(1);
      expect(() => JSON.parse(run.stdout)).not.toThrow();
    }
  });

  it('ics: ical.js parses the calendar', async () => {
    const cwd = tempDir({ 'inv.yaml': INVENTORY });
    const run = await runCli(['plan', 'inv.yaml', '--as-of', '2024-12-26', '-f', 'ics'], { cwd });
    expect(run.code).toBe(0);
    const calendar = new ICAL.Component(ICAL.parse(run.stdout));
    expect(calendar.getAllSubcomponents('vevent').length).toBeGreaterThan(0);
  });
});
