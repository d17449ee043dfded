// `rules`, `schema`, and the documents generated from them (README rules reference, JSON Schema).
import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ROOT, runCli } from '../helpers.js';

describe('rules command', () => {
  it('lists the default pack with legal basis, in both languages', async () => {
    const en = await runCli(['rules', '--format', 'json', '--as-of', '2024-12-26']);
    const rules = JSON.parse(en.stdout) as { id: string; severity: string; title: { vi: string; en: string }; basis: string }[];
    expect(rules.map((r) => `${r.id} ${r.severity}`)).toEqual([
      'approval/missing error',
      'cadence/overdue error',
      'cadence/due-soon warning',
      'classification/under-level error',
      'classification/incomplete warning',
      'approval/conflicted-appraisal error',
      'drill/missing warning',
      'golive/unconcluded error',
      'layers/missing error',
      'plan/not-deployed error',
      'regulation/after-approval error',
      'waiver/expired warning',
      'waiver/expiring info',
      'waiver/unused warning',
      'waiver/unapproved error',
    ]);
    for (const rule of rules) {
      expect(rule.title.vi.length).toBeGreaterThan(0);
      expect(rule.title.en.length).toBeGreaterThan(0);
      // A citation is one string; a policy of the tool is written per language.
      const basis = typeof rule.basis === 'string' ? { vi: rule.basis, en: rule.basis } : rule.basis;
      expect(basis.vi.length).toBeGreaterThan(0);
      expect(basis.en.length).toBeGreaterThan(0);
    }
    const vi = await runCli(['rules', '--lang', 'vi', '--as-of', '2024-12-26']);
    expect(vi.stdout).toContain('Căn cứ pháp lý');
    expect(vi.stdout).toContain('Nghị định 85/2016/NĐ-CP Điều 20.2.c');
  });

  it('includes rules added with --rules', async () => {
    const { stdout } = await runCli(['rules', '--rules', 'fixtures/rules/custom.yaml', '--format', 'json', '--no-default-rules']);
    expect((JSON.parse(stdout) as { id: string }[]).map((r) => r.id)).toEqual(['custom/dr-site', 'custom/hosting', 'custom/contact', 'custom/pentest']);
  });
});

describe('generated documents stay in sync (run `npm run docs` to refresh)', () => {
  it('README rules reference equals `rules --regime all --format markdown --lang en`', async () => {
    const readme = readFileSync(`${ROOT}/README.md`, 'utf8');
    const section = readme.slice(readme.search(/<!-- rules-reference:start[^>]*-->\n/)).replace(/^[^\n]*\n/, '');
    const { stdout } = await runCli(['rules', '--regime', 'all', '--format', 'markdown', '--lang', 'en']);
    expect(section.slice(0, section.indexOf('<!-- rules-reference:end -->'))).toBe(stdout);
  });

  it('schema/inventory.schema.json equals `attt-audit schema`', async () => {
    const { stdout } = await runCli(['schema']);
    expect(readFileSync(`${ROOT}/schema/inventory.schema.json`, 'utf8')).toBe(stdout);
  });
});

describe('the installed command', () => {
  it('bin/attt-audit.js runs the bundled CLI with the documented exit codes', () => {
    const ok = spawnSync(process.execPath, ['bin/attt-audit.js', 'check', 'fixtures/most', '--as-of', '2024-12-26', '--format', 'json'], {
      cwd: ROOT,
      encoding: 'utf8',
    });
    expect(ok.status).toBe(1);
    expect(JSON.parse(ok.stdout).summary.approved).toBe(13);
    const bad = spawnSync(process.execPath, ['bin/attt-audit.js', 'check', 'missing-dir'], { cwd: ROOT, encoding: 'utf8' });
    expect(bad.status).toBe(2);
    expect(bad.stderr).toBe('attt-audit: error: path does not exist: missing-dir\n');
    const version = execFileSync(process.execPath, ['bin/attt-audit.js', '--version'], { cwd: ROOT, encoding: 'utf8' });
    expect(version.trim()).toBe(JSON.parse(readFileSync(`${ROOT}/package.json`, 'utf8')).version);
  });
});
