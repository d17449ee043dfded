// `check --only-new`: with a baseline, the table and Markdown list only new findings while the
// summary still counts every one; machine formats keep every finding with its baseline mark.
import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers.js';
import { system, tempDir, writeTree } from '../ci/tmp.js';

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

async function project(): Promise<string> {
  const dir = await tempDir('attt-only-new-');
  await writeTree(dir, { 'inv.yaml': `systems:\n${sys('sys-a', ['ncsc', 'monitoring'])}` });
  await runCli(['baseline', 'inv.yaml', '--as-of', AS_OF, '-o', 'b.json'], { cwd: dir });
  // sys-a keeps its known findings; sys-b is new with one missing layer.
  await writeTree(dir, { 'inv.yaml': `systems:\n${sys('sys-a', ['ncsc', 'monitoring'])}${sys('sys-b', ['ncsc'])}` });
  return dir;
}

describe('check --only-new', () => {
  it('the table lists only the new finding; the summary still counts all three', async () => {
    const dir = await project();
    const { code, stdout, stderr } = await runCli(['check', 'inv.yaml', '--as-of', AS_OF, '--baseline', 'b.json', '--only-new'], { cwd: dir });
    expect({ code, stderr }).toEqual({ code: 1, stderr: '' });
    expect(stdout).not.toContain('sys-a');
    expect(stdout).not.toContain('(known)');
    expect(stdout).toContain('sys-b');
    expect(stdout).toContain('(--only-new: 2 known or waived findings not shown)');
    expect(stdout).toContain('Against baseline b.json: 1 new, 2 known, 0 resolved');
    expect(stdout.trimEnd().split('\n').at(-1)).toMatch(/3 errors/);
    // Without --only-new the known ones are listed too.
    const all = await runCli(['check', 'inv.yaml', '--as-of', AS_OF, '--baseline', 'b.json'], { cwd: dir });
    expect(all.stdout).toContain('sys-a');
    expect(all.stdout).toContain('error (known)');
  });

  it('says "No new findings" when nothing is new (exit 0), in both languages', async () => {
    const dir = await project();
    await writeTree(dir, { 'inv.yaml': `systems:\n${sys('sys-a', ['ncsc'])}` });
    const en = await runCli(['check', 'inv.yaml', '--as-of', AS_OF, '--baseline', 'b.json', '--only-new'], { cwd: dir });
    expect(en.code).toBe(0);
    expect(en.stdout).toContain('No new findings.\n(--only-new: 1 known or waived finding not shown)\n');
    const vi = await runCli(['check', 'inv.yaml', '--as-of', AS_OF, '--baseline', 'b.json', '--only-new', '--lang', 'vi'], { cwd: dir });
    expect(vi.stdout).toContain('Không có phát hiện mới.\n(--only-new: không hiện 1 phát hiện đã biết hoặc đã miễn trừ)\n');
  });

  it('Markdown drops the known section; JSON keeps every finding with its baseline mark', async () => {
    const dir = await project();
    const md = await runCli(['check', 'inv.yaml', '--as-of', AS_OF, '--baseline', 'b.json', '--only-new', '--format', 'markdown'], { cwd: dir });
    expect(md.stdout).toContain('### New findings (1)');
    expect(md.stdout).not.toContain('Known (in the baseline)');
    const json = await runCli(['check', 'inv.yaml', '--as-of', AS_OF, '--baseline', 'b.json', '--only-new', '--format', 'json'], { cwd: dir });
    const report = JSON.parse(json.stdout) as { findings: { system: string; baseline: string }[]; summary: { errors: number } };
    expect(report.findings.map((f) => `${f.system} ${f.baseline}`)).toEqual(['sys-a known', 'sys-a known', 'sys-b new']);
    expect(report.summary.errors).toBe(3);
  });

  it('works with --since too', async () => {
    const dir = await tempDir('attt-only-new-git-');
    await writeTree(dir, { 'inv.yaml': `systems:\n${sys('sys-a', ['ncsc'])}` });
    const git = (...args: string[]) => runGit(dir, args);
    git('init', '-q');
    git('add', '.');
    git('-c', 'user.name=t', '-c', 'user.email=t@t.invalid', 'commit', '-qm', 'base');
    await writeTree(dir, { 'inv.yaml': `systems:\n${sys('sys-a', ['ncsc'])}${sys('sys-b', ['onsite'])}` });
    const { code, stdout } = await runCli(['check', 'inv.yaml', '--as-of', AS_OF, '--since', 'HEAD', '--only-new'], { cwd: dir });
    expect(code).toBe(1);
    expect(stdout).toContain('sys-b');
    expect(stdout).not.toContain('sys-a');
  });

  it('without --baseline or --since is a clear exit-2 error', async () => {
    const dir = await project();
    const { code, stdout, stderr } = await runCli(['check', 'inv.yaml', '--as-of', AS_OF, '--only-new'], { cwd: dir });
    expect({ code, stdout }).toEqual({ code: 2, stdout: '' });
    expect(stderr).toBe('attt-audit: error: --only-new needs a baseline: add --baseline FILE or --since REF (or set "baseline:" in attt-audit.config.yaml)\n');
  });
});

function runGit(cwd: string, args: string[]): void {
  execFileSync('git', args, { cwd, stdio: 'ignore' });
}
