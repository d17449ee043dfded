// Property-based tests (seeded, bounded): random valid inventories, random corruptions, and the
// invariants a compliance tool must never break. `npm run fuzz` runs the same with more cases.
import { spawnSync } from 'node:child_process';
import { linkSync, lstatSync, mkdirSync, readdirSync, readFileSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { stringify } from 'yaml';
import { describe, expect, it, vi } from 'vitest';
import { audit, type AuditResult } from '../../src/engine/audit.js';
import { loadInventoryBytes } from '../../src/loading/inventory.js';
import { defaultRulesDir, loadRules } from '../../src/loading/rules.js';
import { addMonths, formatYmd } from '../../src/util/date.js';
import { runCli, tempDir } from '../helpers.js';

const RUNS = Number(process.env.FUZZ_RUNS ?? 60);
const SEED = Number(process.env.FUZZ_SEED ?? 20241226);
const params = { numRuns: RUNS, seed: SEED };
// `npm run fuzz` runs 50 times more cases than `npm test`: the per-test timeout grows with them.
vi.setConfig({ testTimeout: Math.max(20_000, RUNS * 400) });

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

// Issue 11, part B: generators for the hostile classes — huge keys, wide aliases, lookalike ids,
// control characters in every text field, extreme years. Small limits stand in for the defaults so
// that each case stays cheap; the same code enforces both.
describe('hostile YAML: keys and aliases (bounded work)', () => {
  const problemsOf = async (text: string, limits = {}): Promise<string[]> => {
    const loaded = await loadInventoryBytes([{ file: 'a.yaml', bytes: Buffer.from(text) }], limits);
    return loaded.problems.map((p) => `${p.rule} ${p.message.en}`);
  };

  it('a mapping with more keys than the limit is one limit finding; at or under it, none', async () => {
    await fc.assert(
      // The system mapping itself has 5 keys: limits from 5 up.
      fc.asyncProperty(fc.integer({ min: 1, max: 40 }), fc.integer({ min: 5, max: 40 }), fc.boolean(), async (keys, limit, flow) => {
        const entries = Array.from({ length: keys }, (_, i) => `k${i}: ${i}`);
        const attributes = flow ? `attributes: { ${entries.join(', ')} }` : `attributes:\n${entries.map((e) => `      ${e}`).join('\n')}`;
        const text = `systems:\n  - id: s\n    name: A\n    owner: B\n    status: retired\n    ${attributes}\n`;
        const problems = await problemsOf(text, { maxKeysPerMapping: limit });
        expect(problems).toEqual(keys > limit ? [`inventory/limit too many keys in one mapping (limit ${limit})`] : []);
      }),
      params,
    );
  });

  it('a key is refused exactly when its ":" is more than 1,024 characters from its start, on both paths', async () => {
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 1000, max: 1050 }), fc.boolean(), fc.boolean(), async (length, quoted, precise) => {
        const key = quoted ? `"${'q'.repeat(length - 2)}"` : 'k'.repeat(length);
        const text = `systems:\n  - id: s\n    name: A\n    owner: B\n    status: retired\n    attributes:\n      ${key}: 1\n`;
        const loaded = precise
          ? await (await import('../../src/loading/inventory.js')).loadInventories(['a.yaml'], { cwd: tempDir({ 'a.yaml': text }), precise: true })
          : await loadInventoryBytes([{ file: 'a.yaml', bytes: Buffer.from(text) }]);
        expect(loaded.problems.map((p) => p.rule)).toEqual(length > 1024 ? ['inventory/yaml-syntax'] : []);
      }),
      { ...params, numRuns: Math.ceil(RUNS / 2) },
    );
  });

  it('aliases of a wide anchor are refused exactly when they add more nodes than the limit', async () => {
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 1, max: 50 }), fc.integer({ min: 1, max: 30 }), fc.integer({ min: 1, max: 600 }), async (width, copies, limit) => {
        // The anchor and the aliases sit under unknown root keys, reported as such; only the limit matters here.
        const withAliases = `systems: []\nx-base: &b [${Array(width).fill('x').join(', ')}]\nx-copies: [${Array(copies).fill('*b').join(', ')}]\n`;
        const problems = await problemsOf(withAliases, { maxAliasNodes: limit, maxAliasCount: 1000 });
        const limited = problems.filter((p) => p.startsWith('inventory/limit'));
        expect(limited).toEqual(copies * width > limit ? [`inventory/limit YAML aliases copy too much data (limit ${limit} added nodes)`] : []);
      }),
      params,
    );
  });
});

describe('hostile text: lookalike ids, control characters, extreme years', () => {
  const INVISIBLE = ['\u00a0', '\u3000', '\u2002', '\u2009', '\u200b', '\ufeff', '\u202e', '\u2066', '\u0085', '\t', ' '];

  it('an id that differs from a valid one by an invisible or unusual space is refused, never a second system', async () => {
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...INVISIBLE), fc.constantFrom('start', 'end', 'middle'), async (odd, where) => {
        const id = where === 'start' ? `${odd}trim` : where === 'end' ? `trim${odd}` : `tr${odd}im`;
        if (where === 'middle' && odd === ' ') return; // "tr im" is a plain id of its own
        const text = `systems:\n  - { id: trim, name: A, owner: B, status: retired }\n  - { id: ${JSON.stringify(id)}, name: A, owner: B, status: retired }\n`;
        const loaded = await loadInventoryBytes([{ file: 'a.yaml', bytes: Buffer.from(text) }]);
        expect(loaded.systems.map((s) => s.record.id)).toEqual(['trim']);
        expect(loaded.problems.map((p) => p.message.en)).toEqual([expect.stringMatching(/^system id ".*" (must not start or end with a space|contains an invisible or unusual space character \(U\+[0-9A-F]{4}\); .*)$/)]);
      }),
      params,
    );
  });

  const UNSAFE = ['\u001b[2J', '\u001b]0;t\u0007', '\u001b]8;;https://x\u001b\\', '\n::add-mask::x\n', '\n::error::x', '\r', '\u202e', '\u2067', '\u0085', '\u009b31m', '\u0000', '\u007f', '\u2028'];
  const hostileText = fc
    .array(fc.oneof(fc.constantFrom(...UNSAFE), fc.constantFrom('Hệ thống', 'CNTT', 'a', ' ')), { minLength: 1, maxLength: 6 })
    .map((parts) => `x${parts.join('')}`);
  const RAW = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028-\u202e\u2066-\u2069]/;

  it('control and bidi characters in any text field never reach the output of a human format', async () => {
    const formats = [
      ['check', '--format', 'table'],
      ['check', '--format', 'markdown'],
      ['check', '--format', 'github'],
      ['gap', '--format', 'table'],
      ['plan', '--format', 'table', '--within', '5y'],
      ['plan', '--format', 'ics', '--within', '5y'],
    ];
    await fc.assert(
      fc.asyncProperty(fc.array(hostileText, { minLength: 8, maxLength: 8 }), fc.constantFrom(...formats), async (t, format) => {
        const system = {
          id: 's',
          name: t[0],
          owner: t[1],
          level: 3,
          approval: { decision: t[2], date: '2022-01-10' },
          protection_plan: 'approved',
          audits: [{ date: '2023-01-10', by: t[3], report: t[4] }],
          layers: { onsite: { since: '2020-01-01', provider: t[5] } },
          waivers: [{ rule: 'layers/missing', layer: 'ncsc', reason: t[6], expires: '2025-06-30', approved_by: t[7] }],
          attributes: { note: t[7] },
        };
        const cwd = tempDir({ 'a.yaml': stringify({ organization: t[1], systems: [system] }) });
        const { stdout, stderr } = await runCli([format[0]!, 'a.yaml', '--as-of', '2024-12-26', ...format.slice(1)], { cwd });
        expect(stderr).toBe('');
        expect(stdout.replace(/\r\n/g, '\n')).not.toMatch(RAW);
      }),
      { ...params, numRuns: Math.ceil(RUNS / 2) },
    );
  });

  it('a date is accepted exactly when its year is 1900–9999, and a system audited on D is never overdue on D', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(fc.integer({ min: 0, max: 20_000 }), fc.constantFrom(0, 99, 1899, 1900, 9999, 10_000)),
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 1, max: 28 }),
        async (year, month, day) => {
          const written = `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
          const inRange = year >= 1900 && year <= 9999;
          const system = { id: 's', name: 'A', owner: 'B', level: 3, approval: { decision: 'QĐ', date: written }, audits: [{ date: written }] };
          const loaded = await loadInventoryBytes([{ file: 'a.yaml', bytes: Buffer.from(stringify({ systems: [system] })) }]);
          expect(loaded.systems.length).toBe(inRange ? 1 : 0);
          if (!inRange) return;
          const result = audit(loaded, rules, written);
          expect(result.findings.filter((f) => f.rule === 'cadence/overdue')).toEqual([]);
          // The next audit falls after D (a date past 9999-12-31 is written as 9999-12-31).
          for (const f of result.findings) if (f.rule.startsWith('cadence/') && f.due) expect(f.due >= written).toBe(true);
        },
      ),
      params,
    );
  });
});

// Part A of hardening round 2: special files, oversized input and output targets. File-system
// work per case, so a fifth of the runs.
describe('special files, oversized input and output targets', () => {
  const fsParams = { ...params, numRuns: Math.max(10, Math.ceil(RUNS / 5)) };
  // Each case runs the CLI: `npm run fuzz` (3,000 runs) needs more than the default 20 s.
  const timeout = Math.max(20_000, RUNS * 40);
  const VALID = stringify({ systems: [{ id: 'ok', name: 'Hệ thống', owner: 'Văn phòng', status: 'retired' }] });

  /** Puts one special entry at `name` in `dir`; what the run must then say about it. */
  function makeSpecial(dir: string, name: string, kind: string, limitBytes: number): string {
    const file = path.join(dir, name);
    if (kind === 'fifo') spawnSync('mkfifo', [file]);
    else if (kind === 'device') symlinkSync('/dev/zero', file);
    else if (kind === 'loop') symlinkSync(name, file);
    else if (kind === 'dangling') symlinkSync(`${name}.gone`, file);
    else {
      writeFileSync(file, '');
      truncateSync(file, limitBytes + 1);
    }
    return kind === 'oversized' ? 'inventory/limit' : 'inventory/unreadable';
  }

  it('special entries among valid files never block, crash or hide a valid system', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.constantFrom('fifo', 'device', 'loop', 'dangling', 'oversized'), { minLength: 1, maxLength: 4 }),
        fc.integer({ min: 1, max: 3 }),
        async (kinds, valid) => {
          const files: Record<string, string> = {};
          for (let i = 0; i < valid; i += 1) files[`inv/v${i}.yaml`] = VALID.replace('id: ok', `id: ok${i}`);
          const cwd = tempDir(files);
          const expected = kinds.map((kind, i) => `inv/x${i}.yaml ${makeSpecial(path.join(cwd, 'inv'), `x${i}.yaml`, kind, 1024 * 1024)}`);
          const { code, stdout, stderr } = await runCli(['check', 'inv', '--as-of', '2024-12-26', '-f', 'json', '--max-file-size', '1'], { cwd });
          expect(stderr).toBe('');
          expect(code).toBe(1);
          const { summary, findings } = JSON.parse(stdout) as { summary: Record<string, number>; findings: { rule: string; file: string }[] };
          expect(findings.map((f) => `${f.file} ${f.rule}`).sort()).toEqual(expected.sort());
          expect(summary).toMatchObject({ systems: valid, invalid: 0, files: valid + kinds.length, failedFiles: kinds.length });
        },
      ),
      fsParams,
    );
  }, timeout);

  it('standard input is a limit finding exactly when it is over --max-file-size', async () => {
    const limit = 4096;
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: limit - 64, max: limit + 64 }), fc.constantFrom(' ', '\0', 'a'), async (size, fill) => {
        const stdin = Buffer.alloc(size, fill);
        stdin.write('systems: []\n');
        const { code, stdout, stderr } = await runCli(['check', '-', '--as-of', '2024-12-26', '-f', 'json', '--max-file-size', String(limit / 1048576)], { stdin });
        expect(stderr).toBe('');
        const rules = (JSON.parse(stdout) as { findings: { rule: string }[] }).findings.map((f) => f.rule);
        if (size > limit) expect(rules).toEqual(['inventory/limit']);
        else expect(rules).not.toContain('inventory/limit');
        expect([0, 1]).toContain(code);
      }),
      // 129 sizes × 3 fillers: a fifth of the cases covers the space, within the timeout under load.
      fsParams,
    );
  }, timeout);

  it('an output target that is not a plain file the run does not read is never touched', async () => {
    await fc.assert(
      fc.asyncProperty(fc.constantFrom('fifo', 'symlink', 'directory', 'inventory', 'hardlink', 'regular'), fc.boolean(), async (kind, force) => {
        const cwd = tempDir({ 'inv.yaml': VALID, 'keep.txt': 'keep' });
        const target = path.join(cwd, 'out.json');
        if (kind === 'fifo') spawnSync('mkfifo', [target]);
        else if (kind === 'symlink') symlinkSync(path.join(cwd, 'keep.txt'), target);
        else if (kind === 'directory') mkdirSync(target);
        else if (kind === 'hardlink') linkSync(path.join(cwd, 'inv.yaml'), target);
        else if (kind === 'regular') writeFileSync(target, 'old');
        const out = kind === 'inventory' ? 'inv.yaml' : 'out.json';
        const before = lstatSync(path.join(cwd, out));
        const { code, stderr } = await runCli(['check', 'inv.yaml', '--as-of', '2024-12-26', '-f', 'json', '-o', out, ...(force ? ['--force'] : [])], { cwd });
        const after = lstatSync(path.join(cwd, out));
        if (kind === 'regular' && force) {
          expect(code).toBe(0);
          return;
        }
        expect(code).toBe(2);
        expect(stderr.split('\n')).toHaveLength(2);
        expect([after.ino, after.mode, after.size]).toEqual([before.ino, before.mode, before.size]);
        expect(readFileSync(path.join(cwd, 'keep.txt'), 'utf8')).toBe('keep');
        expect(readdirSync(cwd).filter((f) => f.endsWith('.tmp'))).toEqual([]);
      }),
      fsParams,
    );
  }, timeout);
});
