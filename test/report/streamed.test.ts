// The HTML report at national scale (issue 17): written in pieces, and listing one by one only the
// systems that need action first when there are more than --max-rows (default 500). Below the cut,
// the pieces add up to exactly the bytes of the earlier implementation (kept in ./streamed-oracle/),
// on the fixtures and on a generated inventory with schema and syntax errors, in both languages.
// Above it, every aggregate is the same as in the full report, and only the lists are cut.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { generateInventory } from '../../bench/generate.mjs';
import { htmlReportChunks, renderHtmlReport } from '../../src/formatters/report/html/report.js';
import { chooseListing, DEFAULT_MAX_ROWS } from '../../src/formatters/report/html/listing.js';
import { loadInventories } from '../../src/loading/inventory.js';
import { defaultRulesDir, loadRules } from '../../src/loading/rules.js';
import { packForRegime, resolveRegime } from '../../src/regime/index.js';
import { buildReport, type ReportModel } from '../../src/report/model.js';
import { ROOT, runCli } from '../helpers.js';
import { renderHtmlReport as htmlBefore } from './streamed-oracle/html-report.js';

const AS_OF = '2024-12-26';

async function modelOf(paths: string[], cwd: string): Promise<ReportModel> {
  const pack = packForRegime(await loadRules([defaultRulesDir()], ROOT), resolveRegime(AS_OF), AS_OF);
  const inventory = await loadInventories(paths, { cwd });
  return buildReport({ inventory, pack, asOf: AS_OF, timeZone: 'Asia/Ho_Chi_Minh', now: new Date('2024-12-26T03:00:00Z'), tool: { name: 'attt-audit', version: '9.9.9' } });
}

let generated: ReportModel;

beforeAll(async () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'attt-report-streamed-'));
  mkdirSync(path.join(dir, 'inventory'));
  for (const { name, text } of generateInventory({ systems: 1500, files: 2, seed: 7, broken: 0.05, syntaxErrors: 1 })) {
    writeFileSync(path.join(dir, 'inventory', name), text);
  }
  generated = await modelOf(['inventory'], dir);
}, 120_000);

/** The sections between two ids, for comparing the aggregates of a cut report with the full one. */
function between(page: string, from: string, to: string): string {
  return page.slice(page.indexOf(`<section id="${from}"`), page.indexOf(`<section id="${to}"`));
}

describe('html report in pieces', () => {
  it.each([['most'], ['report'], ['ci/inventory']])('equals the earlier implementation on fixtures/%s, in both languages', async (fixture) => {
    const model = await modelOf([path.join('fixtures', fixture)], ROOT);
    for (const lang of ['vi', 'en'] as const) {
      const pieces = [...htmlReportChunks(model, lang)];
      expect(pieces.join('')).toBe(htmlBefore(model, lang));
      expect(renderHtmlReport(model, lang)).toBe(htmlBefore(model, lang));
    }
  });

  it('equals the earlier implementation on a generated inventory when every system is listed, in large pieces', () => {
    for (const lang of ['vi', 'en'] as const) {
      const pieces = [...htmlReportChunks(generated, lang, { maxRows: 5000 })];
      expect(pieces.join('')).toBe(htmlBefore(generated, lang));
      // Written in a few large writes, never one string of the whole document.
      expect(pieces.length).toBeGreaterThan(10);
      for (const piece of pieces.slice(0, -1)) expect(piece.length).toBeGreaterThanOrEqual(1 << 16);
    }
  });
});

describe('html report above the cut', () => {
  it('lists the systems that need action first: overdue, then most errors, then most warnings', () => {
    const listing = chooseListing(generated, 100)!;
    expect(listing.keys).toHaveLength(100);
    expect(listing.total).toBeGreaterThan(700);
    const rows = new Map(generated.systems.map((s) => [s.id, s]));
    const listed = listing.keys.map((key) => rows.get(key)).filter((s) => s !== undefined);
    const unlisted = generated.systems.filter((s) => !listing.keys.includes(s.id));
    const rank = (s: { overdue: boolean; errors: number; warnings: number }): number[] => [Number(s.overdue), s.errors, s.warnings];
    const worstUnlisted = unlisted.map(rank).sort((a, b) => b[0]! - a[0]! || b[1]! - a[1]! || b[2]! - a[2]!)[0]!;
    // Every listed system is at least as urgent as every system left out, and the list is in that order.
    for (const s of listed) {
      const r = rank(s);
      expect(r[0]! > worstUnlisted[0]! || (r[0] === worstUnlisted[0] && (r[1]! > worstUnlisted[1]! || (r[1] === worstUnlisted[1] && r[2]! >= worstUnlisted[2]!)))).toBe(true);
    }
    for (let i = 1; i < listed.length; i += 1) {
      const [a, b] = [rank(listed[i - 1]!), rank(listed[i]!)];
      expect(a[0]! > b[0]! || (a[0] === b[0] && (a[1]! > b[1]! || (a[1] === b[1] && a[2]! >= b[2]!)))).toBe(true);
    }
    expect(chooseListing(generated, listing.total)).toBeUndefined();
    expect(DEFAULT_MAX_ROWS).toBe(500);
  });

  it('keeps every aggregate, cuts the lists, and says so in both languages', () => {
    const full = htmlBefore(generated, 'en');
    const cut = renderHtmlReport(generated, 'en', { maxRows: 100 });
    const total = chooseListing(generated, 100)!.total;
    expect(cut).toContain(
      `<p class="warning-line">This report lists 100 of ${total} systems one by one (entries with inventory problems included): those that need action first — systems with an overdue task, then those with the most errors, then the most warnings (ties in the order of the by-owner-unit table, then by id). The other ${total - 100} are counted in every figure, chart and summary table, but not listed. The Excel report lists them all (every system, finding and task): report -o FILE.xlsx.</p>`,
    );
    expect(cut).toContain('<p class="note">The 100 listed systems only (see the note at the top of the report); the full list is in the Excel report (report -o FILE.xlsx).</p>');
    // Figures, charts, targets and the by-owner table are the full report's, byte for byte.
    expect(between(cut, 'figures', 'matrix')).toBe(between(full, 'figures', 'matrix'));
    // So are the summary by rule and the plan's counts.
    const byRule = (page: string): string => page.slice(page.indexOf('<h3>Summary by rule</h3>'), page.indexOf('<div class="detail">', page.indexOf('<h3>Summary by rule</h3>')));
    expect(byRule(cut)).toBe(byRule(full));
    for (const heading of [/<h3>Due in the period \(\d+\)<\/h3>/, /<h3>Overdue \(\d+\)<\/h3>/]) expect(heading.exec(cut)![0]).toBe(heading.exec(full)![0]);
    // The findings list holds the 100 listed groups, most urgent first.
    expect(cut.match(/<tbody class="group">/g)!.length).toBe(100);
    expect(cut.length).toBeLessThan(full.length / 3);

    const vi = renderHtmlReport(generated, 'vi', { maxRows: 100 });
    expect(vi).toContain(`Báo cáo này chỉ liệt kê chi tiết 100/${total} hệ thống (kể cả các mục lỗi trong tệp danh mục), là những hệ thống cần xử lý trước`);
    expect(vi).toContain('Danh sách đầy đủ (mọi hệ thống, phát hiện và việc cần làm) có trong báo cáo Excel: report -o TỆP.xlsx.');
  });

  it('cuts at --max-rows on the command line, and refuses it where every row is kept', async () => {
    const args = ['report', 'fixtures/most', '--as-of', AS_OF, '-o', '-'];
    const cut = await runCli([...args, '--max-rows', '5']);
    expect(cut.code).toBe(0);
    expect(cut.stdout).toContain('This report lists 5 of 41 systems one by one');
    expect(cut.stdout.match(/<tr data-system=/g)!.length).toBeLessThanOrEqual(5);
    const all = await runCli([...args, '--max-rows', '41']);
    expect(all.stdout).toBe((await runCli(args)).stdout);
    expect(all.stdout).not.toContain('This report lists');
    for (const bad of ['0', '-3', '2.5', 'many']) {
      expect(await runCli([...args, '--max-rows', bad])).toEqual({ code: 2, stdout: '', stderr: `attt-audit: error: --max-rows must be a positive whole number, not "${bad}"\n` });
    }
    expect(await runCli(['report', 'fixtures/most', '-o', 'x.xlsx', '--max-rows', '5'])).toEqual({
      code: 2,
      stdout: '',
      stderr: 'attt-audit: error: --max-rows only applies to the HTML and PDF report (the Excel workbook lists every system)\n',
    });
  });
});
