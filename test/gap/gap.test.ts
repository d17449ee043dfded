// gap figures against hand counts: fixtures/most (the ministry's 2025 plan: 13/41 approved, 8/41
// plans deployed, 6/41 connected to NCSC) and fixtures/gap/small (every rule of counting, one system each).
import { readFileSync } from 'node:fs';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { AFTER_FIXTURES, fixture, ROOT, runCli } from '../helpers.js';

interface Totals {
  systems: number;
  operating: number;
  approved: number;
  planDeployed: number;
  layers: { onsite: number; monitoring: number; independent_audit: number; ncsc: number; all: number };
  auditsCurrent: number | null;
  auditsRequired: number | null;
  drillsCurrent: number | null;
  drillsRequired: number | null;
  findings: { errors: number; warnings: number; infos: number; suppressed: number };
}

interface GapJson {
  asOf: string;
  totals: Totals;
  percent: { approved: number | null; planDeployed: number | null; layers: Record<string, number | null>; auditsCurrent: number | null; drillsCurrent: number | null };
  targets: Record<string, unknown>;
  figures: { id: string; count: number | null; of: number | null; percent: number | null; met: boolean | null; shortfall: number | null; target?: { percent: number; by?: string } }[];
  byOwner: (Totals & { owner: string })[];
  byLevel: (Totals & { level: number | null })[];
  matrix: { system: string; owner: string; level: number | null; layers: Record<string, string>; all: boolean }[];
}

async function gapJson(argv: string[], cwd?: string): Promise<{ code: number; json: GapJson; stderr: string }> {
  const { code, stdout, stderr } = await runCli(['gap', '--format', 'json', ...argv], cwd ? { cwd } : {});
  return { code, json: JSON.parse(stdout) as GapJson, stderr };
}

const expected = JSON.parse(readFileSync(path.join(ROOT, 'test/expected/most-2024-12-26.json'), 'utf8')) as {
  systems: number;
  approved: number;
  planDeployed: number;
  layers: Totals['layers'];
  findings: Record<string, unknown[]>;
};

describe('gap on fixtures/most (as of 2024-12-26)', () => {
  it('shows 13/41 approved, 8/41 plans deployed, 6/41 connected to NCSC, and the hand-counted layers', async () => {
    const { code, json } = await gapJson([fixture('most'), '--as-of', '2024-12-26']);
    expect(code).toBe(0);
    expect(json.asOf).toBe('2024-12-26');
    const t = json.totals;
    expect([t.systems, t.operating, t.approved, t.planDeployed]).toEqual([expected.systems, 41, expected.approved, expected.planDeployed]);
    expect([t.approved, t.planDeployed, t.layers.ncsc]).toEqual([13, 8, 6]);
    expect(t.layers).toEqual(expected.layers);
    expect(json.percent.approved).toBe(31.7);
    expect(json.percent.planDeployed).toBe(19.5);
    expect(json.percent.layers.ncsc).toBe(14.6);
  });

  it('counts audits not overdue among approved systems and drills among approved level 3+ systems', async () => {
    const { json } = await gapJson([fixture('most'), '--as-of', '2024-12-26']);
    // 13 approved, 3 of them overdue (cadence/overdue in the hand counts).
    expect(json.totals.auditsRequired).toBe(expected.approved);
    expect(json.totals.auditsCurrent).toBe(expected.approved - expected.findings['cadence/overdue']!.length);
    expect(json.totals.auditsCurrent).toBe(10);
    // Approved level 3+: qlvb, cttdt, dvc (4), lgsp, hatang-dc, shtt-ipas, csdl-khcn, tdc-truy-xuat; 3 without a drill.
    expect(json.totals.drillsRequired).toBe(8);
    expect(json.totals.drillsCurrent).toBe(8 - expected.findings['drill/missing']!.length);
  });

  it('counts open findings by severity exactly as check does', async () => {
    const { json } = await gapJson([fixture('most'), '--as-of', '2024-12-26']);
    const check = JSON.parse((await runCli(['check', '--format', 'json', fixture('most'), '--as-of', '2024-12-26'])).stdout) as {
      summary: { errors: number; warnings: number; infos: number; suppressed: number };
    };
    const { errors, warnings, infos, suppressed } = check.summary;
    expect(json.totals.findings).toEqual({ errors, warnings, infos, suppressed });
    // 8 warnings: 6 from the rules, and 2 inventory/future-date for the audit and drill of most-lgsp
    // planned for 2025 (the test's clock says 2024-12-26).
    expect(json.totals.findings).toEqual({ errors: 142, warnings: 8, infos: 0, suppressed: 2 });
    expect(json.byOwner.reduce((sum, o) => sum + o.findings.errors, 0)).toBe(142);
  });

  it('breaks the figures down by owner unit and by level', async () => {
    const { json } = await gapJson([fixture('most'), '--as-of', '2024-12-26']);
    expect(json.byOwner).toHaveLength(14);
    const ttcntt = json.byOwner.find((o) => o.owner === 'Trung tâm Công nghệ thông tin')!;
    expect([ttcntt.systems, ttcntt.approved, ttcntt.planDeployed, ttcntt.layers.ncsc, ttcntt.drillsCurrent, ttcntt.drillsRequired]).toEqual([9, 7, 6, 5, 4, 5]);
    expect(json.byOwner.reduce((sum, o) => sum + o.systems, 0)).toBe(41);
    expect(json.byLevel.map((l) => [l.level, l.systems])).toEqual([[2, 5], [3, 7], [4, 1], [null, 28]]);
  });

  it('compares each figure with its target from the rule pack', async () => {
    const { json } = await gapJson([fixture('most'), '--as-of', '2024-12-26']);
    const approved = json.figures.find((f) => f.id === 'approved')!;
    expect(approved).toMatchObject({ count: 13, of: 41, percent: 31.7, met: false, shortfall: 28, target: { percent: 100, by: '2024-09-30' } });
    expect(json.figures.map((f) => f.id)).toEqual([
      'approved', 'planDeployed', 'layers.onsite', 'layers.monitoring', 'layers.independent_audit', 'layers.ncsc', 'layers.all', 'auditsCurrent', 'drillsCurrent',
    ]);
  });
});

describe('gap on fixtures/gap/small (as of 2025-03-31)', () => {
  const args = [fixture('gap', 'small'), '--as-of', '2025-03-31'];

  it('counts every figure by hand', async () => {
    const { code, json } = await gapJson(args);
    expect(code).toBe(0);
    expect(json.totals).toEqual({
      systems: 7, // s-a4 building and s-b3 retired included
      operating: 5,
      approved: 3, // s-a1, s-a2, s-b1; s-b2 is approved only after the evaluation date
      planDeployed: 2, // s-a1, s-b1; s-b2's deployed plan does not count while it is not approved
      layers: { onsite: 5, monitoring: 3, independent_audit: 2, ncsc: 2, all: 2 }, // `until` = D still counts; `since` = D + 1 does not
      auditsCurrent: 2, // s-a1 due exactly on D is not overdue; s-a2 due 2025-02-28 is
      auditsRequired: 3,
      drillsCurrent: 2, // s-a1's drill on D − 12 months counts; s-b1 has none, but approved on 2024-08-31 it owes its first only by 2025-08-31
      drillsRequired: 2,
      findings: { errors: 11, warnings: 3, infos: 0, suppressed: 1 },
    });
    expect(json.percent).toEqual({
      approved: 60,
      planDeployed: 40,
      layers: { onsite: 100, monitoring: 60, independent_audit: 40, ncsc: 40, all: 40 },
      auditsCurrent: 66.7,
      drillsCurrent: 100,
    });
  });

  it('counts a newly approved system as up to date with drills until its first drill falls due, as drill/missing does', async () => {
    // Vụ Pháp chế: s-b1 (level 4, approved 2024-08-31, no drill: the first is due by 2025-08-31) and
    // s-b2 (level 3, approved 2025-04-15: due by 2026-04-15).
    for (const [asOf, current] of [
      ['2025-08-31', true],
      ['2025-09-01', false],
    ] as const) {
      const { json } = await gapJson([fixture('gap', 'small'), '--as-of', asOf]);
      const unit = json.byOwner.find((o) => o.owner === 'Vụ Pháp chế')!;
      expect([unit.drillsCurrent, unit.drillsRequired]).toEqual([current ? 2 : 1, 2]);
      const { stdout } = await runCli(['check', fixture('gap', 'small'), '--as-of', asOf, '--format', 'json']);
      const missing = (JSON.parse(stdout) as { findings: { rule: string; system: string }[] }).findings.filter((f) => f.rule === 'drill/missing' && f.system.startsWith('s-b'));
      expect(missing.map((f) => f.system)).toEqual(current ? [] : ['s-b1']);
    }
  });

  it('groups one owner unit written in NFC, NFD, with a double space and with a no-break space', async () => {
    const text = readFileSync(fixture('gap', 'small', 'inventory.yaml'), 'utf8');
    expect(text).toContain('Trung ta\u0302m CNTT'); // the NFD spelling really is in the file
    expect(text).toContain('Trung tâm\u00a0CNTT');
    const { json } = await gapJson(args);
    expect(json.byOwner.map((o) => [o.owner, o.systems, o.operating, o.approved, o.planDeployed, o.findings.errors, o.findings.warnings])).toEqual([
      ['Trung tâm CNTT', 4, 3, 2, 1, 7, 2],
      ['Vụ Pháp chế', 3, 2, 1, 1, 4, 1],
    ]);
    const unit = json.byOwner[0]!;
    expect(unit.layers).toEqual({ onsite: 3, monitoring: 2, independent_audit: 1, ncsc: 1, all: 1 });
    expect([unit.auditsCurrent, unit.auditsRequired, unit.drillsCurrent, unit.drillsRequired]).toEqual([1, 2, 1, 1]);
  });

  it('groups by the level approved on the evaluation date', async () => {
    const { json } = await gapJson(args);
    expect(json.byLevel.map((l) => [l.level, l.systems, l.operating, l.approved])).toEqual([
      [2, 2, 1, 1], // s-a2, and s-b3 (retired)
      [3, 1, 1, 1],
      [4, 1, 1, 1],
      [null, 3, 2, 0], // s-a3, s-a4 (building), s-b2 (approved later)
    ]);
  });

  it('builds the systems × layers matrix of operating systems with each layer state', async () => {
    const { json } = await gapJson(args);
    expect(json.matrix.map((r) => [r.system, r.owner, r.level, r.layers.onsite, r.layers.monitoring, r.layers.independent_audit, r.layers.ncsc, r.all])).toEqual([
      ['s-a1', 'Trung tâm CNTT', 3, 'in-place', 'in-place', 'in-place', 'in-place', true],
      ['s-a2', 'Trung tâm CNTT', 2, 'in-place', 'in-place', 'missing', 'not-yet', false],
      ['s-a3', 'Trung tâm CNTT', null, 'in-place', 'ended', 'missing', 'missing', false],
      ['s-b1', 'Vụ Pháp chế', 4, 'in-place', 'in-place', 'in-place', 'in-place', true],
      ['s-b2', 'Vụ Pháp chế', null, 'in-place', 'missing', 'missing', 'missing', false],
    ]);
  });
});

describe('gap targets come from the rule pack', () => {
  function tempFile(name: string, text: string): string {
    const dir = mkdtempSync(path.join(tmpdir(), 'attt-gap-'));
    const file = path.join(dir, name);
    writeFileSync(file, text);
    return file;
  }

  it('a later rule file replaces a target of the default pack', async () => {
    const file = tempFile('targets.yaml', 'targets:\n  approved: { percent: 50, basis: Kế hoạch riêng }\n  layers:\n    ncsc: 40\n');
    const { json } = await gapJson([fixture('gap', 'small'), '--as-of', '2025-03-31', '--rules', file]);
    const byId = new Map(json.figures.map((f) => [f.id, f]));
    expect(byId.get('approved')).toMatchObject({ percent: 60, met: true, shortfall: 0, target: { percent: 50, basis: 'Kế hoạch riêng' } });
    expect(byId.get('layers.ncsc')).toMatchObject({ count: 2, of: 5, met: true, shortfall: 0, target: { percent: 40 } });
    expect(byId.get('planDeployed')!.target).toMatchObject({ percent: 100, by: '2024-12-31' });
    expect(json.targets).toMatchObject({ approved: { percent: 50 }, layers: { ncsc: { percent: 40 } } });
  });

  it('rounds the shortfall up: 80% of 5 systems needs 4', async () => {
    const file = tempFile('targets.yaml', 'targets:\n  layers:\n    monitoring: 80\n    all: 33\n');
    const { json } = await gapJson([fixture('gap', 'small'), '--as-of', '2025-03-31', '--rules', file]);
    const byId = new Map(json.figures.map((f) => [f.id, f]));
    expect(byId.get('layers.monitoring')).toMatchObject({ count: 3, met: false, shortfall: 1 });
    expect(byId.get('layers.all')).toMatchObject({ count: 2, met: true, shortfall: 0 });
  });

  it('without the default pack there are no targets, and audits and drills are not measured without their rules', async () => {
    const file = tempFile('rules.yaml', 'rules:\n  - id: custom/approval\n    severity: error\n    title: { vi: Phê duyệt, en: Approval }\n    basis: NĐ 85\n    check: { kind: approval }\n');
    const { code, stdout } = await runCli(['gap', '--format', 'json', fixture('gap', 'small'), '--as-of', '2025-03-31', '--no-default-rules', '--rules', file], { now: AFTER_FIXTURES });
    const json = JSON.parse(stdout) as GapJson;
    expect(code).toBe(0);
    expect(json.targets).toEqual({});
    expect([json.totals.auditsCurrent, json.totals.auditsRequired, json.totals.drillsCurrent, json.totals.drillsRequired]).toEqual([null, null, null, null]);
    expect(json.figures.find((f) => f.id === 'auditsCurrent')).toMatchObject({ count: null, percent: null, met: null, shortfall: null });
    expect(json.totals.findings).toEqual({ errors: 2, warnings: 0, infos: 0, suppressed: 0 });
  });

  it('a bad target stops the run with exit 2 and the position in the rule file', async () => {
    const file = tempFile('targets.yaml', 'targets:\n  aproved: 100\n  layers:\n    ncsc: 120\n');
    const { code, stdout, stderr } = await runCli(['gap', fixture('gap', 'small'), '--rules', file]);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toContain(':2:3: targets: unknown key "aproved" (did you mean "approved"?)');
    expect(stderr).toContain(':4:11: targets: "layers.ncsc" must be ≤ 100, got 120');
  });
});

describe('gap command line', () => {
  it('exits 1 when some systems cannot be read, still reporting the others and naming the problem on stderr', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'attt-gap-'));
    writeFileSync(path.join(dir, 'a.yaml'), 'systems:\n  - id: ok\n    name: Hệ thống\n    owner: Vụ A\n  - id: bad\n    owner: Vụ A\n');
    const { code, json, stderr } = await gapJson([dir, '--as-of', '2025-01-01']);
    expect(code).toBe(1);
    expect(json.totals.systems).toBe(2);
    expect(json.totals.operating).toBe(1);
    expect(stderr).toMatch(/^attt-audit: warning: .*a\.yaml:5:5: missing required key "name" \(inventory\/schema\)\n$/);
  });

  it('refuses an unknown format with exit 2', async () => {
    const { code, stderr } = await runCli(['gap', fixture('gap', 'small'), '--format', 'xml']);
    expect(code).toBe(2);
    expect(stderr).toContain('xml');
  });

  it('refuses a bad --as-of with exit 2', async () => {
    const { code, stderr } = await runCli(['gap', fixture('gap', 'small'), '--as-of', '2025-02-30']);
    expect(code).toBe(2);
    expect(stderr).toBe('attt-audit: error: --as-of must be a valid date written YYYY-MM-DD or DD/MM/YYYY, not "2025-02-30"\n');
  });

  it('writes --output atomically and will not overwrite without --force', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'attt-gap-'));
    const out = path.join(dir, 'gap.csv');
    const first = await runCli(['gap', fixture('gap', 'small'), '--as-of', '2025-03-31', '-f', 'csv', '-o', out]);
    expect(first.code).toBe(0);
    expect(first.stdout).toBe('');
    const written = readFileSync(out, 'utf8');
    expect(written.startsWith('\uFEFF')).toBe(true);
    const again = await runCli(['gap', fixture('gap', 'small'), '--as-of', '2025-03-31', '-f', 'csv', '-o', out]);
    expect(again.code).toBe(2);
    expect(again.stderr).toContain('gap.csv already exists; add --force to overwrite it');
    const forced = await runCli(['gap', fixture('gap', 'small'), '--as-of', '2024-03-31', '-f', 'csv', '-o', out, '--force']);
    expect(forced.code).toBe(0);
    expect(readFileSync(out, 'utf8')).not.toBe(written);
  });
});

describe('gap and plan help', () => {
  it.each([
    ['gap', 'vi', 'khoảng cách so với chỉ tiêu'],
    ['gap', 'en', 'distance from the targets'],
    ['plan', 'vi', 'các nghĩa vụ đã quá hạn (kể cả không rõ ngày)'],
    ['plan', 'en', 'obligations overdue (dated or not), due today'],
  ])('%s --help in %s', async (command, lang, text) => {
    const { code, stdout } = await runCli([command, '--help', '--lang', lang]);
    expect(code).toBe(0);
    expect(stdout).toContain(text);
  });

  it('a rule file with neither rules: nor targets: is refused', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'attt-gap-'));
    writeFileSync(path.join(dir, 'empty.yaml'), 'x-note: nothing here\n');
    const { code, stderr } = await runCli(['gap', fixture('gap', 'small'), '--rules', path.join(dir, 'empty.yaml')]);
    expect(code).toBe(2);
    expect(stderr).toContain('empty.yaml:1:1: a rule file must be a mapping with a "rules:" (and/or "targets:") key');
  });
});
