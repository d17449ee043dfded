// The Form 08 DOCX writes its long lists (part-3 rows, annex rows, findings) outside the docx
// package (issue 17: at 1M systems the package ran out of heap). word/document.xml must stay the
// text the package wrote for the whole document: compared with the writer before issue 17
// (oracle/docx-before.ts) on a generated inventory, with hostile strings in every kind of list.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import JSZip from 'jszip';
import { beforeAll, describe, expect, it } from 'vitest';
import { generateInventory } from '../../bench/generate.mjs';
import { buildForm08, dataPeriod, type Form08Document } from '../../src/form08/model.js';
import { renderForm08Docx } from '../../src/formatters/form08/docx.js';
import { loadInventories } from '../../src/loading/inventory.js';
import { renderForm08Docx as renderBefore } from './oracle/docx-before.js';

// XML specials, both quotes, a control character (dropped), a lone surrogate (dropped), U+FFFE,
// line breaks (new runs), a tab, a carriage return, spaces at both ends, an astral character,
// something that looks like the writer's own markers, and an XML end tag.
const HOSTILE = [
  `<b>&amp; "Hệ thống" 'A' & B</b>`,
  'chuông\u0007 \ud800 lẻ \udc00 và \ufffe',
  'dòng một\ndòng hai\n\ndòng bốn\n',
  '\n',
  '  cách \t tab \r\n về  ',
  '𝔘𝔫𝔦𝔠𝔬𝔡𝔢 😀',
  '@@form08-bulk:part3:0a@@',
  ']]></w:t></w:r></w:p><w:p>',
  '',
];

let generated: Form08Document;

beforeAll(async () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'attt-form08-bulk-'));
  mkdirSync(path.join(dir, 'inventory'));
  for (const { name, text } of generateInventory({ systems: 400, files: 2, seed: 17, broken: 0.05 })) writeFileSync(path.join(dir, 'inventory', name), text);
  const inventory = await loadInventories(['inventory'], { cwd: dir });
  generated = buildForm08({ inventory, period: dataPeriod(2026, '2026-12-20') });
  generated.rows.forEach((row, i) => {
    if (i % 7 === 0) row.name = HOSTILE[(i / 7) % HOSTILE.length]!;
    if (i % 11 === 0) row.operator = HOSTILE[(i / 11) % HOSTILE.length]!;
    if (i % 13 === 0) row.owner = HOSTILE[(i / 13) % HOSTILE.length]!;
  });
  // The generated inventory records no regulation nor national-security ground: both annexes are
  // given rows here, from the generated rows, with hostile strings in every column.
  const hostile = (i: number): string => HOSTILE[i % HOSTILE.length]!;
  generated.annexes.regulation = {
    ...generated.annexes.regulation,
    rows: generated.rows.slice(0, 300).map((row, i) => ({
      name: i % 5 === 0 ? hostile(i / 5) : row.name,
      regulation: { decision: i % 3 === 0 ? hostile(i) : `${i}/QĐ-UBND`, date: '2026-03-04', ...(i % 2 === 0 ? { issuer: hostile(i + 1) } : {}) },
      ...(i % 4 === 0 ? {} : { approval: '2026-05-06', beforeApproval: i % 4 === 1 }),
    })),
  };
  generated.annexes.nationalCritical = {
    ...generated.annexes.nationalCritical,
    rows: generated.rows.slice(0, 200).map((row, i) => ({ name: i % 3 === 0 ? hostile(i / 3) : row.name, ...(i % 2 === 0 ? { level: (i % 5) + 1 } : {}) })),
  };
  generated.findings.push(
    ...HOSTILE.map((text, i) => ({ rule: 'form08/test', severity: i % 2 === 0 ? ('error' as const) : ('warning' as const), message: { vi: text, en: `${text} (en)` } })),
  );
}, 120_000);

async function documentXml(docx: Uint8Array): Promise<string> {
  const zip = await JSZip.loadAsync(docx);
  return zip.file('word/document.xml')!.async('string');
}

async function partNames(docx: Uint8Array): Promise<string[]> {
  const zip = await JSZip.loadAsync(docx);
  return Object.values(zip.files)
    .filter((f) => !f.dir)
    .map((f) => f.name);
}

describe('Form 08 DOCX: the long lists written outside the docx package', () => {
  it('the inventory has rows, annex rows and findings to compare', () => {
    expect(generated.rows.length).toBeGreaterThan(300);
    const { regulation, nationalCritical } = generated.annexes;
    expect('rows' in regulation ? regulation.rows.length : 0).toBe(300);
    expect('rows' in nationalCritical ? nationalCritical.rows.length : 0).toBe(200);
    expect(generated.findings.length).toBeGreaterThan(HOSTILE.length);
  });

  for (const [lang, draft] of [
    ['vi', true],
    ['en', false],
  ] as const) {
    it(`word/document.xml is the docx package's own text (${lang}, draft: ${draft})`, async () => {
      const options = { lang, draft };
      const [before, after] = await Promise.all([renderBefore(generated, options), renderForm08Docx(generated, options)]);
      const expected = await documentXml(before);
      const actual = await documentXml(after);
      expect(actual.length).toBe(expected.length);
      expect(actual === expected).toBe(true);
      expect(actual).not.toMatch(/@@form08-bulk-[0-9a-f]+:/);
      expect(await partNames(after)).toEqual(await partNames(before));
    }, 60_000);
  }

  it('empty lists: no part-3 row, an empty annex table, no findings', async () => {
    const empty: Form08Document = {
      ...generated,
      rows: [],
      findings: [],
      annexes: { ...generated.annexes, nationalCritical: { ...generated.annexes.nationalCritical, rows: [] }, regulation: { ...generated.annexes.regulation, rows: [] } },
    } as Form08Document;
    const options = { lang: 'vi' as const, draft: false };
    expect(await documentXml(await renderForm08Docx(empty, options))).toBe(await documentXml(await renderBefore(empty, options)));
  }, 60_000);
});
