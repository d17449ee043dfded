// gap --compare: against another inventory path, and against the same paths at a git revision
// (read with git show, no checkout).
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { fixture, runCli } from '../helpers.js';

interface CompareJson {
  totals: { approved: number; planDeployed: number; layers: { ncsc: number } };
  figures: { id: string; count: number; previous?: { count: number; of: number; percent: number }; change?: { count: number; points: number } }[];
  compare: {
    against: string;
    asOf: string;
    files: string[];
    totals: { approved: number; systems: number };
    change: { systems: number; approved: number; planDeployed: number; layers: { ncsc: number; all: number }; findings: { errors: number } };
    byOwner: { owner: string; change: { systems: number; approved: number }; new?: boolean; gone?: boolean }[];
    byLevel: { level: number | null; change: { systems: number } }[];
  };
}

const GIT_ENV = {
  ...process.env,
  GIT_AUTHOR_NAME: 'Test',
  GIT_AUTHOR_EMAIL: 'test@example.invalid',
  GIT_COMMITTER_NAME: 'Test',
  GIT_COMMITTER_EMAIL: 'test@example.invalid',
  GIT_CONFIG_GLOBAL: '/dev/null',
  GIT_CONFIG_NOSYSTEM: '1',
};

function git(cwd: string, ...args: string[]): string {
  return execFileSync('git', args, { cwd, env: GIT_ENV, encoding: 'utf8' });
}

/** The small fixture, then the same with s-a3 approved (level 2) and connected to NCSC, and a new unit. */
function laterVersion(text: string): string {
  return (
    text
      .replace('    proposed_level: 2\n', '    level: 2\n    approval: { decision: QĐ 6/QĐ-TT, date: 2025-02-01 }\n    protection_plan: deployed\n')
      .replace('      monitoring: { until: 2025-03-30 }\n', '      monitoring: { until: 2025-03-30 }\n      ncsc: true\n') +
    '\n  - id: s-c1\n    name: Hệ thống mới của Viện\n    owner: Viện Chiến lược\n    layers: { onsite: true }\n'
  );
}

describe('gap --compare', () => {
  let repo: string;
  const original = readFileSync(fixture('gap', 'small', 'inventory.yaml'), 'utf8');

  beforeAll(() => {
    repo = mkdtempSync(path.join(tmpdir(), 'attt-compare-'));
    git(repo, 'init', '--quiet', '--initial-branch=main');
    cpSync(fixture('gap', 'small'), path.join(repo, 'inventory'), { recursive: true });
    git(repo, 'add', '.');
    git(repo, 'commit', '--quiet', '-m', 'before');
    git(repo, 'tag', 'q1');
    writeFileSync(path.join(repo, 'inventory', 'inventory.yaml'), laterVersion(original));
    git(repo, 'commit', '--quiet', '-am', 'after');
  });

  it('compares with the same paths at a git revision, without touching the working tree', async () => {
    const { code, stdout } = await runCli(['gap', 'inventory', '--as-of', '2025-03-31', '--format', 'json', '--compare', 'q1'], { cwd: repo });
    expect(code).toBe(0);
    const json = JSON.parse(stdout) as CompareJson;
    expect(json.totals.approved).toBe(4);
    expect(json.compare.against).toBe('q1');
    expect(json.compare.files).toEqual(['q1:inventory/inventory.yaml']);
    expect(json.compare.totals.approved).toBe(3);
    expect(json.compare.change).toMatchObject({ systems: 1, approved: 1, planDeployed: 1, layers: { ncsc: 1, all: 0 } });
    const approved = json.figures.find((f) => f.id === 'approved')!;
    // 3/5 = 60% → 4/6 = 66.7%
    expect(approved.previous).toEqual({ count: 3, of: 5, percent: 60 });
    expect(approved.change).toEqual({ count: 1, points: 6.7 });
    expect(json.compare.byOwner).toEqual([
      expect.objectContaining({ owner: 'Trung tâm CNTT', change: expect.objectContaining({ systems: 0, approved: 1 }) }),
      expect.objectContaining({ owner: 'Viện Chiến lược', new: true, change: expect.objectContaining({ systems: 1, approved: 0 }) }),
      expect.objectContaining({ owner: 'Vụ Pháp chế', change: expect.objectContaining({ systems: 0, approved: 0 }) }),
    ]);
    expect(git(repo, 'status', '--porcelain')).toBe('');
  });

  it('shows the change of every figure in the table, and what changed per unit', async () => {
    const { stdout } = await runCli(['gap', 'inventory', '--as-of', '2025-03-31', '--compare', 'HEAD~1'], { cwd: repo });
    expect(stdout).toContain('compared with HEAD~1 (as of 2025-03-31)');
    expect(stdout).toMatch(/Approved security level +4\/6 +66\.7 .* 3\/5 +\+1 \(\+6\.7 pts\)/);
    expect(stdout).toContain('  Trung tâm CNTT: Approved +1, Plan +1, L4 +1');
    expect(stdout).toContain('  Viện Chiến lược: new, Systems +1');
  });

  it('compares with another inventory given as a path', async () => {
    const before = path.join(repo, 'before');
    cpSync(fixture('gap', 'small'), before, { recursive: true });
    const { code, stdout } = await runCli(['gap', 'inventory', '--as-of', '2025-03-31', '--format', 'json', '--compare', 'before'], { cwd: repo });
    expect(code).toBe(0);
    const json = JSON.parse(stdout) as CompareJson;
    expect(json.compare.files).toEqual(['before/inventory.yaml']);
    expect(json.compare.change.approved).toBe(1);
  });

  it('evaluates the compared inventory on --compare-as-of', async () => {
    const { stdout } = await runCli(['gap', fixture('gap', 'small'), '--as-of', '2025-03-31', '--format', 'json', '--compare', fixture('gap', 'small'), '--compare-as-of', '2024-12-31']);
    const json = JSON.parse(stdout) as CompareJson;
    expect(json.compare.asOf).toBe('2024-12-31');
    // On 2024-12-31 s-a2's audit (due 2025-02-28) was not yet overdue; NCSC of s-b1 started 2024-09-01.
    expect(json.figures.find((f) => f.id === 'auditsCurrent')!.change).toEqual({ count: -1, points: -33.3 });
  });

  it('exits 2 when --compare is neither a path nor a revision, and never passes an option to git', async () => {
    for (const value of ['no-such-branch', '--output=x', '-h']) {
      const { code, stdout, stderr } = await runCli(['gap', 'inventory', '--compare', value], { cwd: repo });
      expect(code).toBe(2);
      expect(stdout).toBe('');
      expect(stderr).toBe(`attt-audit: error: --compare "${value}" is neither an existing path nor a git revision (branch, tag, commit)\n`);
    }
  });

  it('exits 2 when the inventory path did not exist at the revision', async () => {
    writeFileSync(path.join(repo, 'extra.yaml'), original);
    const { code, stderr } = await runCli(['gap', 'extra.yaml', '--compare', 'q1'], { cwd: repo });
    expect(code).toBe(2);
    expect(stderr).toBe('attt-audit: error: no *.yaml/*.yml inventory at extra.yaml in revision q1\n');
  });
});
