// Property-based tests (seeded, bounded): random valid inventories, random corruptions, and the
// invariants a compliance tool must never break. `npm run fuzz` runs the same with more cases.
import fc from 'fast-check';
import { stringify } from 'yaml';
import { describe, expect, it } from 'vitest';
import { audit, type AuditResult } from '../../src/engine/audit.js';
import { loadInventoryBytes } from '../../src/loading/inventory.js';
import { defaultRulesDir, loadRules } from '../../src/loading/rules.js';
import { addMonths, formatYmd } from '../../src/util/date.js';
import { runCli, tempDir } from '../helpers.js';

const RUNS = Number(process.env.FUZZ_RUNS ?? 60);
const SEED = Number(process.env.FUZZ_SEED ?? 20241226);
const params = { numRuns: RUNS, seed: SEED };

const { rules } = await loadRules([defaultRulesDir()], process.cwd());

const date = fc
  .record({ y: fc.integer({ min: 2015, max: 2026 }), m: fc.integer({ min: 1, max: 12 }), d: fc.integer({ min: 1, max: 31 }) })
  .map(({ y, m, d }) => formatYmd(y, m, Math.min(d, new Date(Date.UTC(y, m, 0)).getUTCDate())));
const vietnamese = fc.constantFrom('Hệ thống quản lý văn bản', 'Cổng thông tin điện tử', 'Trung tâm CNTT', 'Cục Sở hữu trí tuệ', 'Văn phòng Bộ', 'Vụ Pháp chế');
// Evidence that ends before it starts is an inventory/date-order error: the generated layers are in order.
const layer = fc.oneof(
  fc.boolean(),
  fc
    .record({ since: date, until: date, provider: vietnamese }, { requiredKeys: [] })
    .map((l) => (l.since !== undefined && l.until !== undefined && l.until < l.since ? { ...l, since: l.until, until: l.since } : l)),
);
const LAYER_KEYS = ['onsite', 'monitoring', 'independent_audit', 'ncsc'] as const;
const RULE_IDS = rules.map((r) => r.id);

const system = fc
  .record(
    {
      name: vietnamese,
      owner: vietnamese,
      status: fc.constantFrom('operating', 'operating', 'operating', 'building', 'retired'),
      level: fc.option(fc.integer({ min: 1, max: 5 }), { nil: undefined }),
      approvalDate: date,
      protection_plan: fc.constantFrom('none', 'drafted', 'approved', 'deployed'),
      go_live: date,
      security_conclusion: date,
      audits: fc.array(fc.record({ date, result: fc.constantFrom('pass', 'partial', 'fail') }), { maxLength: 3 }),
      layers: fc.record(Object.fromEntries(LAYER_KEYS.map((k) => [k, layer])), { requiredKeys: [] }),
      drills: fc.array(fc.record({ date }), { maxLength: 2 }),
      waivers: fc.array(fc.record({ rule: fc.constantFrom(...RULE_IDS), reason: vietnamese, expires: date, layer: fc.constantFrom(...LAYER_KEYS) }, { requiredKeys: ['rule', 'reason', 'expires'] }), { maxLength: 2 }),
    },
    { requiredKeys: ['name', 'owner', 'approvalDate'] },
  )
  .map(({ level, approvalDate, ...rest }) => ({ ...rest, ...(level !== undefined ? { level, approval: { decision: 'QĐ 1', date: approvalDate } } : {}) }));

const inventory = fc.array(system, { minLength: 1, maxLength: 8 }).map((systems) => systems.map((s, i) => ({ id: `s${i}`, ...s })));

type SystemData = Record<string, unknown> & { id: string };

async function run(systems: SystemData[][], asOf: string): Promise<AuditResult> {
  const sources = systems.map((list, i) => ({ file: `f${i}.yaml`, bytes: Buffer.from(stringify({ systems: list })) }));
  return audit(await loadInventoryBytes(sources), rules, asOf);
}

const key = (f: AuditResult['findings'][number]): string => [f.rule, f.system, f.layer, f.due, f.suppressed, f.message.en].join('|');

describe('properties of the auditor', () => {
  it('random valid inventories never produce an inventory error', async () => {
    await fc.assert(
      fc.asyncProperty(inventory, date, async (systems, asOf) => {
        const result = await run([systems], asOf);
        expect(result.findings.filter((f) => f.rule.startsWith('inventory/'))).toEqual([]);
        expect(result.summary.systems).toBe(systems.length);
        expect(result.summary.invalid).toBe(0);
      }),
      params,
    );
  });

  it('a system audited on D is never overdue on D', async () => {
    await fc.assert(
      fc.asyncProperty(inventory, date, async (systems, asOf) => {
        const audited = systems.map((s) => ({ ...s, audits: [...((s.audits as unknown[]) ?? []), { date: asOf }] }));
        expect((await run([audited], asOf)).findings.filter((f) => f.rule === 'cadence/overdue')).toEqual([]);
      }),
      params,
    );
  });

  it('raising a level never lengthens the audit interval', async () => {
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 1, max: 4 }), date, date, async (level, approved, audited) => {
        const due = async (l: number): Promise<string | undefined> => {
          const result = await run([[{ id: 's', name: 'A', owner: 'B', level: l, approval: { decision: 'QĐ', date: approved }, audits: [{ date: audited }] }]], '2100-01-01');
          return result.findings.find((f) => f.rule === 'cadence/overdue')?.due;
        };
        const [low, high] = [await due(level), await due(level + 1)];
        expect(low).toBeDefined();
        expect(high! <= low!).toBe(true);
      }),
      params,
    );
  });

  it('adding a waiver never adds an unsuppressed finding', async () => {
    await fc.assert(
      fc.asyncProperty(inventory, date, fc.constantFrom(...RULE_IDS), date, async (systems, asOf, rule, expires) => {
        const open = (r: AuditResult): Set<string> => new Set(r.findings.filter((f) => !f.suppressed).map(key));
        const before = open(await run([systems], asOf));
        const waived = systems.map((s) => ({ ...s, waivers: [...((s.waivers as unknown[]) ?? []), { rule, reason: 'tạm hoãn', expires }] }));
        const after = open(await run([waived], asOf));
        // Findings about the waiver itself (expired, unused…) are the point of accountable waivers.
        const added = [...after].filter((k) => !before.has(k) && !k.startsWith('waiver/'));
        expect(added).toEqual([]);
      }),
      params,
    );
  });

  it('the order of files and systems never changes the set of findings', async () => {
    await fc.assert(
      fc.asyncProperty(inventory, date, fc.integer({ min: 1, max: 7 }), async (systems, asOf, cut) => {
        const split = Math.min(cut, systems.length);
        const a = await run([systems.slice(0, split), systems.slice(split)], asOf);
        const b = await run([[...systems.slice(split)].reverse(), [...systems.slice(0, split)].reverse()], asOf);
        const set = (r: AuditResult): string[] => r.findings.map(key).sort();
        expect(set(b)).toEqual(set(a));
      }),
      params,
    );
  });

  it('month-end clamping: an interval never skips past the end of the target month', () => {
    fc.assert(
      fc.property(date, fc.integer({ min: 1, max: 36 }), (from, months) => {
        const to = addMonths(from, months);
        const expectedMonth = (Number(from.slice(5, 7)) - 1 + months) % 12;
        expect(Number(to.slice(5, 7)) - 1).toBe(expectedMonth);
      }),
      params,
    );
  });
});

describe('random corruptions of valid files', () => {
  const mutation = fc.oneof(
    fc.record({ kind: fc.constant('delete-line' as const), at: fc.nat() }),
    fc.record({ kind: fc.constant('swap' as const), at: fc.nat(), char: fc.constantFrom(':', '-', ' ', '\t', '"', "'", '[', '{', '&', '*', '#', '\n', 'é') }),
    fc.record({ kind: fc.constant('truncate' as const), at: fc.nat() }),
  );

  type Mutation = typeof mutation extends fc.Arbitrary<infer T> ? T : never;

  function corrupt(text: string, mutations: Mutation[]): string {
    let out = text;
    for (const m of mutations) {
      if (out.length === 0) break;
      const at = m.at % out.length;
      if (m.kind === 'truncate') out = out.slice(0, at);
      else if (m.kind === 'swap') out = out.slice(0, at) + m.char + out.slice(at + 1);
      else {
        const lines = out.split('\n');
        lines.splice(at % lines.length, 1);
        out = lines.join('\n');
      }
    }
    return out;
  }

  it('never crash and never exit with anything but 0 or 1', async () => {
    await fc.assert(
      fc.asyncProperty(inventory, fc.array(mutation, { minLength: 1, maxLength: 4 }), async (systems, mutations) => {
        const text = corrupt(stringify({ systems }), mutations);
        const cwd = tempDir({ 'a.yaml': text });
        const { code, stderr, stdout } = await runCli(['check', 'a.yaml', '--as-of', '2024-12-26', '--format', 'json'], { cwd });
        expect(stderr).toBe('');
        expect([0, 1]).toContain(code);
        // Nothing lost: every invalid system or failed file has at least one finding saying so.
        const { summary, findings } = JSON.parse(stdout) as { summary: Record<string, number>; findings: { rule: string }[] };
        const inventoryFindings = findings.filter((f) => f.rule.startsWith('inventory/')).length;
        expect(inventoryFindings).toBeGreaterThanOrEqual(summary.invalid! + summary.failedFiles!);
        expect(summary.checked! + summary.invalid!).toBeLessThanOrEqual(summary.systems!);
      }),
      { ...params, numRuns: Math.ceil(RUNS / 2) },
    );
  });
});
