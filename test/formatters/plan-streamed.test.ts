// Every `plan` format is written in pieces (issue 17): the pieces must add up to exactly the bytes
// the earlier whole-document implementations printed (kept in ./streamed-oracle/plan-*.ts), on a
// generated inventory (3,000 systems, waivers, schema and syntax errors, overdue, undated, due-today
// and in-window items), in both languages, with filters and a legal regime, and on hostile text
// (control characters, lone surrogates, JSON, CSV, Markdown and iCalendar specials).
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Chalk } from 'chalk';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { generateInventory } from '../../bench/generate.mjs';
import { foldLine } from '../../src/formatters/common/ics.js';
import { planCsvChunks, planCsvExcelChunks } from '../../src/formatters/plan/csv.js';
import { planIcsChunks } from '../../src/formatters/plan/ics.js';
import { planJsonChunks } from '../../src/formatters/plan/json.js';
import { planMarkdownChunks } from '../../src/formatters/plan/markdown.js';
import { planTableChunks } from '../../src/formatters/plan/table.js';
import { loadInventories } from '../../src/loading/inventory.js';
import { defaultRulesDir, loadRules } from '../../src/loading/rules.js';
import { comparePlanItems, computePlan, PLAN_KINDS, planUid, type PlanItem, type PlanReport, type PlanStatus } from '../../src/plan/compute.js';
import type { PlanChunkedFormatter, PlanFormatContext, PlanFormatter } from '../../src/plan/result.js';
import { resolveRegime } from '../../src/regime/index.js';
import { ROOT } from '../helpers.js';
import { formatPlanCsv as csvBefore, formatPlanCsvExcel as csvExcelBefore } from './streamed-oracle/plan-csv.js';
import { foldLine as foldBefore } from './streamed-oracle/plan-common-ics.js';
import { formatPlanIcs as icsBefore } from './streamed-oracle/plan-ics.js';
import { formatPlanJson as jsonBefore } from './streamed-oracle/plan-json.js';
import { formatPlanMarkdown as markdownBefore } from './streamed-oracle/plan-markdown.js';
import { formatPlanTable as tableBefore } from './streamed-oracle/plan-table.js';

const FORMATS: [name: string, streamed: PlanChunkedFormatter, before: PlanFormatter][] = [
  ['table', planTableChunks, tableBefore],
  ['json', planJsonChunks, jsonBefore],
  ['csv', planCsvChunks, csvBefore],
  ['csv-excel', planCsvExcelChunks, csvExcelBefore],
  ['markdown', planMarkdownChunks, markdownBefore],
  ['ics', planIcsChunks, icsBefore],
];

const ctx = (lang: 'vi' | 'en', colorLevel: 0 | 1 = 0, remindDays = 7): PlanFormatContext => ({
  lang,
  color: new Chalk({ level: colorLevel }),
  tool: { name: 'attt-audit', version: '1.2.3' },
  now: new Date('2024-12-26T03:04:05Z'),
  remindDays,
});

const AS_OF = '2024-12-26';
let reports: PlanReport[];

beforeAll(async () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'attt-plan-streamed-'));
  mkdirSync(path.join(dir, 'inventory'), { recursive: true });
  for (const { name, text } of generateInventory({ systems: 3000, files: 3, seed: 7, broken: 0.05, syntaxErrors: 1 })) {
    writeFileSync(path.join(dir, 'inventory', name), text);
  }
  const pack = await loadRules([defaultRulesDir()], ROOT);
  const inventory = await loadInventories(['inventory'], { cwd: dir });
  const regime = resolveRegime(AS_OF);
  const owner = inventory.systems[0]!.record.owner;
  reports = [
    computePlan(inventory, pack, AS_OF, { from: AS_OF, to: '2025-03-26' }, {}, { auditOptions: { regime } }),
    // A window that starts later (items due before it), filters, and no regime.
    computePlan(inventory, pack, AS_OF, { from: '2025-01-15', to: '2025-12-31' }, { levels: [2, 3, null], kinds: ['audit', 'layer', 'approval', 'golive', 'drill'] }),
    computePlan(inventory, pack, AS_OF, { from: AS_OF, to: '2025-03-26' }, { owners: [owner] }, { auditOptions: { regime } }),
  ];
}, 120_000);

const render = (formatter: PlanChunkedFormatter, report: PlanReport, context: PlanFormatContext): string[] => [...formatter(report, context)];

describe('streamed plan formats are byte-identical to the whole-document implementations', () => {
  it('the generated plan has every status, undated items and items of many kinds', () => {
    const items = reports[0]!.items;
    expect(items.length).toBeGreaterThan(5000);
    for (const status of ['overdue', 'due-today', 'in-window'] as PlanStatus[]) expect(items.some((i) => i.status === status), status).toBe(true);
    expect(reports[1]!.items.some((i) => i.status === 'before-window')).toBe(true);
    expect(items.some((i) => i.due === null)).toBe(true);
    expect(items.some((i) => i.proposedLevel !== undefined)).toBe(true);
    expect(new Set(items.map((i) => i.kind)).size).toBeGreaterThan(5);
    expect(reports[0]!.invalid).toBeGreaterThan(0);
  });

  it('items come in comparePlanItems order (computePlan sorts by packed keys)', () => {
    for (const report of reports) expect(report.items.map((i) => i.uid)).toEqual([...report.items].sort(comparePlanItems).map((i) => i.uid));
  });

  it.each(FORMATS)('%s, both languages, with and without filters, colour and a regime', { timeout: 300_000 }, (name, streamed, before) => {
    for (const report of reports) {
      for (const context of [ctx('vi'), ctx('en', name === 'table' ? 1 : 0, 30)]) {
        const pieces = render(streamed, report, context);
        expect(pieces.join('')).toBe(before(report, context));
        if (report === reports[0]) {
          // Written as it goes: many pieces, none of them the whole document.
          expect(pieces.length).toBeGreaterThan(10);
          expect(Math.max(...pieces.map((p) => p.length))).toBeLessThan(300_000);
        }
      }
    }
  });

  it.each(FORMATS)('%s with no items', (_name, streamed, before) => {
    for (const report of reports) {
      const empty: PlanReport = { ...report, items: [] };
      for (const context of [ctx('vi'), ctx('en', 1)]) expect(render(streamed, empty, context).join('')).toBe(before(empty, context));
    }
  });

  it.each(FORMATS)('%s writes hostile text exactly as before', { timeout: 120_000 }, (_name, streamed, before) => {
    const text = fc.string({ unit: 'binary', maxLength: 12 });
    const special = fc.constantFrom(
      '&', '<', '>', '"', "'", ',', ';', '\\', '|', '`', '*', '_', '#', '[', ']', '=', '+', '-', '@', '\t', '\n', '\r', '\r\n',
      '\u0000', '\u0008', '\u000b', '\u001b[31m', '\u001f', '\u007f', '\u0085', '\u202e', '\u2028', '\ufeff', '\ufffe', '\uffff',
      '\ud800', '\udc00', '\ud83d\ude00', 'ệ', 'Nguyễn Văn A', 'x'.repeat(80), 'ệ'.repeat(40),
    );
    const hostile = fc.array(fc.oneof(text, special), { maxLength: 6 }).map((parts) => parts.join(''));
    const statuses: PlanStatus[] = ['overdue', 'due-today', 'before-window', 'in-window'];
    const item = fc
      .record({
        system: hostile,
        name: hostile,
        owner: hostile,
        detail: hostile,
        basis: hostile,
        subject: fc.option(hostile, { nil: undefined }),
        rule: hostile,
        file: hostile,
        undated: fc.boolean(),
        status: fc.constantFrom(...statuses),
        days: fc.integer({ min: -400, max: 400 }),
        level: fc.option(fc.integer({ min: 1, max: 5 }), { nil: null }),
        proposed: fc.option(fc.integer({ min: 1, max: 5 }), { nil: undefined }),
        kind: fc.constantFrom(...PLAN_KINDS),
        organization: fc.boolean(),
      })
      .map((r): PlanItem => {
        const due = r.undated ? null : r.status === 'due-today' ? AS_OF : r.days < 0 ? '2024-11-30' : '2025-02-14';
        const status: PlanStatus = due === null ? 'overdue' : r.status === 'overdue' ? 'overdue' : r.status;
        return {
          due,
          kind: r.kind,
          ...(r.subject !== undefined ? { subject: r.subject } : {}),
          rule: r.rule,
          basis: r.days % 2 === 0 ? r.basis : { vi: r.basis, en: `${r.basis}!` },
          title: { vi: `Tiêu đề ${r.kind}`, en: `Title ${r.kind}` },
          detail: { vi: r.detail, en: `${r.detail}.` },
          file: r.file,
          line: 3,
          column: 7,
          daysLeft: due === null ? null : r.days,
          overdue: status === 'overdue',
          status,
          system: r.system,
          name: r.name,
          owner: r.owner,
          level: r.level,
          ...(r.proposed !== undefined && r.level === null ? { proposedLevel: r.proposed } : {}),
          uid: planUid(r.system, r.kind, r.subject),
          ...(r.organization ? { organization: true as const } : {}),
        };
      });
    fc.assert(
      fc.property(fc.array(item, { minLength: 1, maxLength: 5 }), hostile, hostile, (items, organization, owner) => {
        const report: PlanReport = {
          ...reports[0]!,
          organization,
          files: [organization, 'b.yaml'],
          filters: { owners: [owner], kinds: ['audit'] },
          items,
        };
        for (const context of [ctx('vi'), ctx('en', 1)]) expect(render(streamed, report, context).join('')).toBe(before(report, context));
      }),
      { numRuns: 300 },
    );
  });

  it('iCalendar folding cuts where the previous implementation cut (75 octets, never inside a character)', () => {
    const part = fc.oneof(fc.string({ unit: 'binary', maxLength: 40 }), fc.constantFrom('ệ', '\ud800', '\udc00', '\ud83d\ude00', 'x'.repeat(70), 'ệ'.repeat(30)));
    fc.assert(
      fc.property(fc.array(part, { maxLength: 12 }), (parts) => {
        const line = parts.join('');
        expect(foldLine(line)).toBe(foldBefore(line));
      }),
      { numRuns: 2000 },
    );
  });
});
