// The gap formats are written in pieces (issue 17): the pieces must add up to exactly the bytes the
// earlier implementations printed (kept in ./streamed-oracle/gap-*.ts: one string of the whole
// output, the JSON by JSON.stringify of the whole document), on generated inventories of a few
// thousand systems, with and without --compare, in both languages and with colour, and on hostile
// text (control characters, lone surrogates, Markdown, CSV and JSON specials) in every field of the
// matrix. The report itself is compared with the earlier gapFromAudit (test/gap/compute-before.ts).
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Chalk } from 'chalk';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { generateInventory } from '../../bench/generate.mjs';
import { audit } from '../../src/engine/audit.js';
import { formatGapCsv, formatGapCsvExcel } from '../../src/formatters/gap/csv.js';
import { formatGapJson } from '../../src/formatters/gap/json.js';
import { formatGapMarkdown } from '../../src/formatters/gap/markdown.js';
import { formatGapTable } from '../../src/formatters/gap/table.js';
import type { FormatContext } from '../../src/formatters/types.js';
import { gapFromAudit, type GapReport, type LayerState, type MatrixRow, type RulePack } from '../../src/gap/compute.js';
import type { GapFormatter, GapResult } from '../../src/gap/result.js';
import { loadInventories } from '../../src/loading/inventory.js';
import { defaultRulesDir, loadRules } from '../../src/loading/rules.js';
import { ROOT } from '../helpers.js';
import { gapFromAudit as gapFromAuditBefore } from '../gap/compute-before.js';
import { formatGapCsv as csvBefore, formatGapCsvExcel as csvExcelBefore } from './streamed-oracle/gap-csv.js';
import { formatGapJson as jsonBefore } from './streamed-oracle/gap-json.js';
import { formatGapMarkdown as markdownBefore } from './streamed-oracle/gap-markdown.js';
import { formatGapTable as tableBefore } from './streamed-oracle/gap-table.js';
import type { GapFormatter as WholeFormatter } from './streamed-oracle/gap-types.js';

const FORMATS: [name: string, streamed: GapFormatter, before: WholeFormatter, matrix: boolean][] = [
  ['table', formatGapTable, tableBefore, true],
  ['json', formatGapJson, jsonBefore, true],
  ['markdown', formatGapMarkdown, markdownBefore, true],
  ['csv', formatGapCsv, csvBefore, false],
  ['csv-excel', formatGapCsvExcel, csvExcelBefore, false],
];

const ctx = (lang: 'vi' | 'en', level: 0 | 1 = 0): FormatContext => ({ lang, color: new Chalk({ level }), tool: { name: 'attt-audit', version: '1.2.3' } });

let pack: RulePack;
let report: GapReport;
let compared: GapResult;

async function generated(dir: string, seed: number, systems: number): Promise<Awaited<ReturnType<typeof loadInventories>>> {
  mkdirSync(path.join(dir, 'inventory'), { recursive: true });
  for (const { name, text } of generateInventory({ systems, files: 2, seed, broken: 0.05, syntaxErrors: 1 })) writeFileSync(path.join(dir, 'inventory', name), text);
  return loadInventories(['inventory'], { cwd: dir });
}

beforeAll(async () => {
  pack = await loadRules([defaultRulesDir()], ROOT);
  const inventory = await generated(mkdtempSync(path.join(tmpdir(), 'attt-gap-streamed-')), 7, 3000);
  const previous = await generated(mkdtempSync(path.join(tmpdir(), 'attt-gap-streamed-')), 8, 2500);
  const result = audit(inventory, pack.rules, '2024-12-26');
  report = gapFromAudit(inventory, pack, result);
  // The earlier gapFromAudit computes the same report, field for field and in the same order.
  expect(JSON.stringify(report)).toBe(JSON.stringify(gapFromAuditBefore(inventory, pack, result)));
  const before = audit(previous, pack.rules, '2023-12-26');
  const old = gapFromAudit(previous, pack, before);
  expect(JSON.stringify(old)).toBe(JSON.stringify(gapFromAuditBefore(previous, pack, before)));
  compared = { report, comparison: { against: 'trước/`đó`', report: old } };
}, 120_000);

const render = (formatter: GapFormatter, result: GapResult, context: FormatContext): string[] => [...formatter(result, context)];

describe('streamed gap formats are byte-identical to the whole-output implementations', () => {
  it('the generated inventory has many owners, every layer state and invalid entries', () => {
    expect(report.matrix.length).toBeGreaterThan(1000);
    expect(report.byOwner.length).toBeGreaterThan(10);
    expect(report.invalid).toBeGreaterThan(0);
    const states = new Set(report.matrix.flatMap((row) => Object.values(row.layers)));
    expect([...states].sort()).toEqual(['ended', 'in-place', 'missing', 'not-yet']);
  });

  it.each(FORMATS)('%s, both languages, with and without --compare, with colour', { timeout: 300_000 }, (_name, streamed, before, matrix) => {
    for (const result of [{ report }, compared]) {
      for (const context of [ctx('vi'), ctx('en'), ctx('vi', 1)]) {
        const pieces = render(streamed, result, context);
        expect(pieces.join('')).toBe(before(result, context));
        if (!matrix) continue;
        // Written as it goes: many pieces, none of them the whole output.
        expect(pieces.length).toBeGreaterThan(2);
        expect(Math.max(...pieces.map((p) => p.length))).toBeLessThan(100_000);
      }
    }
  });

  it.each(FORMATS)('%s with no systems', { timeout: 120_000 }, (_name, streamed, before) => {
    const empty: GapResult = { report: { ...report, matrix: [], byOwner: [], byLevel: [] } };
    for (const context of [ctx('vi'), ctx('en')]) expect(render(streamed, empty, context).join('')).toBe(before(empty, context));
  });

  it.each(FORMATS)('%s shows hostile text exactly as before', { timeout: 120_000 }, (_name, streamed, before) => {
    const text = fc.string({ unit: 'binary', maxLength: 12 });
    const special = fc.constantFrom('&', '<', '>', '"', "'", '`', '|', '\\', ',', ';', '=', '-', '\t', '\n', '\r', '\u0000', '\u001b[31m', '\u202e', '\ufffe', '\ud800', '\udc00', '\ud83d\ude00', '漢', 'ệ', 'e\u0301');
    const hostile = fc.array(fc.oneof(text, special), { maxLength: 6 }).map((parts) => parts.join(''));
    const state = fc.constantFrom<LayerState>('in-place', 'missing', 'ended', 'not-yet');
    const row = fc.record({
      system: hostile,
      name: hostile,
      owner: fc.oneof(hostile, fc.constantFrom('Sở A', 'Sở B')),
      level: fc.constantFrom(null, 1, 3, 5),
      layers: fc.record({ onsite: state, monitoring: state, independent_audit: state, ncsc: state }),
      all: fc.boolean(),
      file: hostile,
    });
    fc.assert(
      fc.property(fc.array(row, { maxLength: 8 }), hostile, fc.array(hostile, { maxLength: 3 }), (rows: MatrixRow[], organization, owners) => {
        const byOwner = owners.map((owner, i) => ({ owner, totals: report.byOwner[i % report.byOwner.length]!.totals }));
        const result: GapResult = { report: { ...report, organization, matrix: rows, byOwner } };
        for (const context of [ctx('vi'), ctx('en', 1)]) expect(render(streamed, result, context).join('')).toBe(before(result, context));
      }),
      { numRuns: 300 },
    );
  });
});
