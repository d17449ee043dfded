// Baselines: only new findings fail; known ones are shown as known; resolved ones are listed.
// Identity is rule + system + layer, so moving a system to another file keeps it known.
import { execFileSync } from 'node:child_process';
import { readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkJson, runCli } from '../helpers.js';
import { system, tempDir, writeTree } from './tmp.js';

const AS_OF = '2025-03-10';
/** Approved level 1, everything in place except the listed layers. */
const sys = (id: string, missing: string[] = []) =>
  system(
    id,
    `    level: 1
    approval: { decision: QĐ 1, date: 2024-01-01 }
    protection_plan: deployed
    audits: [{ date: 2024-06-01 }]
    layers: { ${['onsite', 'monitoring', 'independent_audit', 'ncsc'].map((l) => `${l}: ${!missing.includes(l)}`).join(', ')} }
`,
  );

async function project(files: Record<string, string>): Promise<string> {
  const dir = await tempDir('attt-baseline-');
  await writeTree(dir, files);
  return dir;
}

describe('baseline command and check --baseline', () => {
  it('records unsuppressed findings by identity, with no lines, sorted', async () => {
    const dir = await project({ 'inv/a.yaml': `systems:\n${sys('sys-b', ['ncsc'])}${sys('sys-a', ['ncsc', 'monitoring'])}` });
    const { code, stdout, stderr } = await runCli(['baseline', 'inv', '--as-of', AS_OF], { cwd: dir });
    expect({ code, stderr }).toEqual({ code: 0, stderr: '' });
    const baseline = JSON.parse(stdout);
    expect(baseline).toMatchObject({ version: 1, tool: { name: 'attt-audit' }, asOf: AS_OF });
    expect(baseline.findings.map((e: Record<string, string>) => [e.rule, e.system, e.layer])).toEqual([
      ['layers/missing', 'sys-a', 'monitoring'],
      ['layers/missing', 'sys-a', 'ncsc'],
      ['layers/missing', 'sys-b', 'ncsc'],
    ]);
    for (const e of baseline.findings) expect(Object.keys(e).sort()).toEqual(['fingerprint', 'layer', 'rule', 'system']);
  });

  it('fails only on new findings; known ones are marked, resolved ones listed; a move to another file is not new', async () => {
    const dir = await project({ 'inv/a.yaml': `systems:\n${sys('sys-a', ['ncsc', 'monitoring'])}${sys('sys-b', ['ncsc'])}` });
    await runCli(['baseline', 'inv', '--as-of', AS_OF, '--output', '.attt-baseline.json'], { cwd: dir });
    // sys-a moves to another file and fixes monitoring; sys-b unchanged; new system sys-c has the same problem.
    await writeTree(dir, {
      'inv/a.yaml': `systems:\n${sys('sys-b', ['ncsc'])}`,
      'inv/z/moved.yaml': `# moved\n\n\nsystems:\n${sys('sys-a', ['ncsc'])}${sys('sys-c', ['ncsc'])}`,
    });
    const { code, json } = await checkJson(['inv', '--as-of', AS_OF, '--baseline', '.attt-baseline.json'], { cwd: dir });
    expect(code).toBe(1);
    const report = json as unknown as {
      findings: { rule: string; system: string; layer: string; baseline: string }[];
      baseline: unknown;
      resolved: { rule: string; system: string; layer: string }[];
    };
    expect(report.findings.map((f) => [f.system, f.layer, f.baseline])).toEqual([
      ['sys-b', 'ncsc', 'known'],
      ['sys-a', 'ncsc', 'known'],
      ['sys-c', 'ncsc', 'new'],
    ]);
    expect(report.baseline).toEqual({ source: '.attt-baseline.json', new: 1, known: 2, resolved: 1 });
    expect(report.resolved).toEqual([{ fingerprint: expect.stringMatching(/^[0-9a-f]{32}$/), rule: 'layers/missing', system: 'sys-a', layer: 'monitoring' }]);

    // Without the new system, only known findings remain: exit 0.
    await writeTree(dir, { 'inv/z/moved.yaml': `systems:\n${sys('sys-a', ['ncsc'])}` });
    const clean = await runCli(['check', 'inv', '--as-of', AS_OF, '--baseline', '.attt-baseline.json'], { cwd: dir });
    expect(clean.code).toBe(0);
    expect(clean.stdout).toContain('error (known)');
    expect(clean.stdout).toContain('Resolved since the baseline (1):\n  ✓ sys-a (monitoring)  layers/missing');
    expect(clean.stdout).toContain('Against baseline .attt-baseline.json: 0 new, 2 known, 1 resolved');
  });

  it('SARIF carries baselineState; the config can name the baseline', async () => {
    const dir = await project({ 'inv.yaml': `systems:\n${sys('sys-a', ['ncsc'])}` });
    await runCli(['baseline', 'inv.yaml', '--as-of', AS_OF, '-o', 'b.json'], { cwd: dir });
    await writeTree(dir, { 'inv.yaml': `systems:\n${sys('sys-a', ['ncsc', 'onsite'])}`, 'attt-audit.config.yaml': 'baseline: b.json\n' });
    const { code, stdout } = await runCli(['check', 'inv.yaml', '--as-of', AS_OF, '--format', 'sarif'], { cwd: dir });
    expect(code).toBe(1);
    const results = JSON.parse(stdout).runs[0].results as { properties: { layer: string }; baselineState: string }[];
    expect(results.map((r) => [r.properties.layer, r.baselineState])).toEqual([
      ['onsite', 'new'],
      ['ncsc', 'unchanged'],
    ]);
  });

  it('a missing or malformed baseline stops the run (exit 2)', async () => {
    const dir = await project({ 'inv.yaml': `systems:\n${sys('sys-a')}`, 'bad.json': '{"version": 2, "findings": []}' });
    expect(await runCli(['check', 'inv.yaml', '--baseline', 'none.json'], { cwd: dir })).toEqual({
      code: 2,
      stdout: '',
      stderr: 'attt-audit: error: none.json: cannot read the baseline file: ENOENT\n',
    });
    const bad = await runCli(['check', 'inv.yaml', '--baseline', 'bad.json'], { cwd: dir });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/^attt-audit: error: bad\.json: the baseline file is malformed at "version": .*\(recreate it with "attt-audit baseline"\)\n$/);
    const both = await runCli(['check', 'inv.yaml', '--baseline', 'bad.json', '--since', 'HEAD'], { cwd: dir });
    expect(both).toEqual({ code: 2, stdout: '', stderr: 'attt-audit: error: use either --baseline or --since, not both\n' });
  });
});

describe('check --since GIT_REF', () => {
  const git = (dir: string, ...args: string[]) =>
    execFileSync('git', ['-c', 'user.email=ci@example.invalid', '-c', 'user.name=CI', '-c', 'commit.gpgsign=false', ...args], { cwd: dir, stdio: 'pipe' }).toString();

  it('compares with the inventory at the ref, read from git without touching the work tree', async () => {
    const dir = await project({ 'inv/a.yaml': `systems:\n${sys('sys-a', ['ncsc'])}${sys('sys-b', ['monitoring'])}` });
    git(dir, 'init', '-q', '-b', 'main');
    git(dir, 'add', '.');
    git(dir, 'commit', '-q', '-m', 'inventory');
    // Working tree: sys-b fixed, sys-a moved to a new file with one more problem.
    await rm(path.join(dir, 'inv/a.yaml'));
    await writeFile(path.join(dir, 'inv/b.yaml'), `systems:\n${sys('sys-a', ['ncsc', 'onsite'])}`);
    const before = await readFile(path.join(dir, 'inv/b.yaml'), 'utf8');
    const { code, json, stderr } = await checkJson(['inv', '--as-of', AS_OF, '--since', 'main'], { cwd: dir });
    expect(stderr).toBe('');
    expect(code).toBe(1);
    const report = json as unknown as { findings: { layer: string; baseline: string }[]; baseline: unknown; resolved: { system: string; layer: string }[] };
    expect(report.findings.map((f) => [f.layer, f.baseline])).toEqual([
      ['onsite', 'new'],
      ['ncsc', 'known'],
    ]);
    expect(report.baseline).toEqual({ source: 'git:main', new: 1, known: 1, resolved: 1 });
    expect(report.resolved.map((e) => [e.system, e.layer])).toEqual([['sys-b', 'monitoring']]);
    expect(await readFile(path.join(dir, 'inv/b.yaml'), 'utf8')).toBe(before);
    expect(git(dir, 'status', '--porcelain')).toBe(' D inv/a.yaml\n?? inv/b.yaml\n');
  });

  it('treats a path that did not exist at the ref as empty, and works from a subdirectory', async () => {
    const dir = await project({ 'README.md': 'x\n' });
    git(dir, 'init', '-q', '-b', 'main');
    git(dir, 'add', '.');
    git(dir, 'commit', '-q', '-m', 'start');
    await writeTree(dir, { 'sub/inv/a.yaml': `systems:\n${sys('sys-a', ['ncsc'])}` });
    const { code, json } = await checkJson(['inv', '--as-of', AS_OF, '--since', 'main'], { cwd: path.join(dir, 'sub') });
    expect(code).toBe(1);
    expect(json.findings.map((f) => (f as unknown as { baseline: string }).baseline)).toEqual(['new']);
  });

  it('an unknown ref, or no repository, stops the run (exit 2)', async () => {
    const dir = await project({ 'inv.yaml': `systems:\n${sys('sys-a')}` });
    const outside = await runCli(['check', 'inv.yaml', '--since', 'main'], { cwd: dir });
    expect(outside.code).toBe(2);
    expect(outside.stderr).toBe('attt-audit: error: --since: unknown git revision "main" (is this a git repository, and was the ref fetched?)\n');
    git(dir, 'init', '-q', '-b', 'main');
    // A ref that looks like an option is refused before git sees it.
    const injected = await runCli(['check', 'inv.yaml', '--since=--output=/tmp/x'], { cwd: dir });
    expect(injected).toEqual({ code: 2, stdout: '', stderr: 'attt-audit: error: --since: invalid revision "--output=/tmp/x"\n' });
  });
});
