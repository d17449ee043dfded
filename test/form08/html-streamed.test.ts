// The Form 08 HTML preview is written in pieces (issue 17: at ~500k systems the page would pass
// V8's longest string). Joined, the pieces must be the page the one-string template printed
// (oracle/html-before.ts), on a generated inventory with hostile strings in every list.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { generateInventory } from '../../bench/generate.mjs';
import { buildForm08, dataPeriod, type Form08Document } from '../../src/form08/model.js';
import { form08HtmlChunks } from '../../src/formatters/form08/html.js';
import { loadInventories } from '../../src/loading/inventory.js';
import { renderForm08Html as renderBefore } from './oracle/html-before.js';

const HOSTILE = [`<script>alert("x")</script> & 'q'`, 'dòng một\ndòng hai', '\u0007\ud800', '😀', ''];
let generated: Form08Document;

beforeAll(async () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'attt-form08-html-'));
  mkdirSync(path.join(dir, 'inventory'));
  for (const { name, text } of generateInventory({ systems: 2000, files: 2, seed: 29, broken: 0.05 })) writeFileSync(path.join(dir, 'inventory', name), text);
  generated = buildForm08({ inventory: await loadInventories(['inventory'], { cwd: dir }), period: dataPeriod(2026, '2026-12-20') });
  generated.rows.forEach((row, i) => {
    if (i % 7 === 0) row.name = HOSTILE[(i / 7) % HOSTILE.length]!;
  });
  generated.annexes.nationalCritical = {
    ...generated.annexes.nationalCritical,
    rows: generated.rows.slice(0, 50).map((row, i) => ({ name: row.name, ...(i % 2 === 0 ? { level: 3 } : {}) })),
  };
  generated.findings.push(...HOSTILE.map((text) => ({ rule: 'form08/test', severity: 'error' as const, message: { vi: text, en: text } })));
}, 120_000);

describe('Form 08 HTML preview in pieces', () => {
  for (const [lang, draft] of [
    ['vi', true],
    ['en', false],
  ] as const) {
    it(`joins to the one-string page (${lang}, draft: ${draft})`, () => {
      const pieces = [...form08HtmlChunks(generated, { lang, draft })];
      expect(pieces.length).toBeGreaterThan(1);
      expect(pieces.join('') === renderBefore(generated, { lang, draft })).toBe(true);
    });
  }

  it('an empty form (no row, no finding) too', () => {
    const empty = { ...generated, rows: [], findings: [] };
    expect([...form08HtmlChunks(empty, { lang: 'vi', draft: false })].join('')).toBe(renderBefore(empty, { lang: 'vi', draft: false }));
  });
});
