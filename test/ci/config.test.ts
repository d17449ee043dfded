// attt-audit.config.yaml: discovery upward, --config, flags override, errors with file:line and key; init.
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers.js';
import { system, tempDir, writeTree } from './tmp.js';

const INVENTORY = `systems:\n${system('sys-a', '    layers: { onsite: true, monitoring: true, independent_audit: true }\n')}`;

describe('config discovery and precedence', () => {
  it('is found from a subdirectory upward; its inventory paths are relative to it; flags override it', async () => {
    const dir = await tempDir('attt-config-');
    await writeTree(dir, {
      'attt-audit.config.yaml': 'inventory: [inventory/]\nlang: vi\nfail_on: none\ntime_zone: Asia/Ho_Chi_Minh\n',
      'inventory/a.yaml': INVENTORY,
      'deep/er/.keep': '',
    });
    const cwd = path.join(dir, 'deep/er');
    const fromConfig = await runCli(['check', '--format', 'json'], { cwd });
    expect(fromConfig.code).toBe(0);
    const json = JSON.parse(fromConfig.stdout);
    expect(json.findings.map((f: { file: string; rule: string; message: string }) => [f.file, f.rule, f.message])).toEqual([
      ['../../inventory/a.yaml', 'approval/missing', 'chưa được phê duyệt cấp độ, chưa có cấp độ đề xuất'],
      ['../../inventory/a.yaml', 'layers/missing', 'thiếu lớp "kết nối, chia sẻ thông tin với hệ thống giám sát quốc gia" (ncsc)'],
    ]);
    const overridden = await runCli(['check', '--format', 'json', '--lang', 'en', '--fail-on', 'error'], { cwd });
    expect(overridden.code).toBe(1);
    expect(JSON.parse(overridden.stdout).findings[0].message).toBe('no approved security level and no proposed level');
    const ignored = await runCli(['check', '--no-config'], { cwd });
    expect(ignored.code).toBe(2);
    expect(ignored.stderr).toBe(
      'attt-audit: error: no inventory given: pass PATH, or set "inventory:" in attt-audit.config.yaml (create one with "attt-audit init")\n',
    );
  });

  it('--config FILE names it; outputs come from it when no --format is given', async () => {
    const dir = await tempDir('attt-config-');
    await writeTree(dir, {
      'ci/attt.yaml': 'inventory: ../inventory\noutputs:\n  - format: markdown\n  - format: sarif\n    file: reports/attt.sarif\n',
      'inventory/a.yaml': INVENTORY,
    });
    const { code, stdout } = await runCli(['check', '--config', 'ci/attt.yaml', '--as-of', '2025-03-10'], { cwd: dir });
    expect(code).toBe(1);
    expect(stdout).toMatch(/^## ❌ attt-audit: 2 errors, 0 warnings\n/);
    expect(JSON.parse(await readFile(path.join(dir, 'ci/reports/attt.sarif'), 'utf8')).runs[0].results).toHaveLength(2);
    // A --format on the command line replaces the config's outputs.
    const flags = await runCli(['check', '--config', 'ci/attt.yaml', '--format', 'gitlab'], { cwd: dir });
    expect(JSON.parse(flags.stdout)).toHaveLength(2);
  });

  it('reports every problem with file:line:col and the key, and exits 2', async () => {
    const dir = await tempDir('attt-config-');
    await writeTree(dir, {
      'attt-audit.config.yaml': 'inventry: [inventory/]\nfail_on: fatal\ntime_zone: Mars/Olympus\nwaivers:\n  require_approval: true\n',
    });
    const { code, stdout, stderr } = await runCli(['check', 'x.yaml'], { cwd: dir });
    expect({ code, stdout }).toEqual({ code: 2, stdout: '' });
    expect(stderr).toBe(
      [
        'attt-audit: error: attt-audit.config.yaml:1:1: unknown key "inventry" (did you mean "inventory"?)',
        'attt-audit: error: attt-audit.config.yaml:2:10: "fail_on" must be one of: error, warning, none; got "fatal"',
        'attt-audit: error: attt-audit.config.yaml:3:12: "time_zone": unknown time zone (use an IANA name such as Asia/Ho_Chi_Minh)',
        'attt-audit: error: attt-audit.config.yaml:5:3: unknown key "require_approval" (did you mean "require_approved_by"?)',
        '',
      ].join('\n'),
    );
  });

  it('a YAML error and an unknown output format are positioned too', async () => {
    const dir = await tempDir('attt-config-');
    await writeTree(dir, { 'attt-audit.config.yaml': 'lang: [vi\n' });
    const syntax = await runCli(['check', 'x.yaml'], { cwd: dir });
    expect(syntax.code).toBe(2);
    expect(syntax.stderr).toMatch(/^attt-audit: error: attt-audit\.config\.yaml:\d+:\d+: YAML syntax error/);
    await writeFile(path.join(dir, 'attt-audit.config.yaml'), 'inventory: inv.yaml\noutputs:\n  - format: pdf\n');
    await writeFile(path.join(dir, 'inv.yaml'), INVENTORY);
    const format = await runCli(['check'], { cwd: dir });
    expect(format).toEqual({
      code: 2,
      stdout: '',
      stderr: 'attt-audit: error: attt-audit.config.yaml:3:13: "outputs.format": unknown format "pdf"; formats: table, json, sarif, junit, github, gitlab, markdown\n',
    });
  });
});

describe('init', () => {
  it('writes a commented config and a one-system inventory that passes check today', async () => {
    const dir = await tempDir('attt-init-');
    const { code, stdout } = await runCli(['init'], { cwd: dir });
    expect(code).toBe(0);
    expect(stdout).toBe('Created attt-audit.config.yaml and inventory/systems.yaml.\nNext: edit inventory/systems.yaml to describe your systems, then run "attt-audit check".\n');
    const config = await readFile(path.join(dir, 'attt-audit.config.yaml'), 'utf8');
    expect(config).toMatch(/^# attt-audit configuration/);
    expect(config).toContain('require_approved_by: false');
    expect(await runCli(['validate'], { cwd: dir })).toMatchObject({ code: 0 });
    const check = await runCli(['check'], { cwd: dir });
    expect(check.code).toBe(0);
    expect(check.stdout).toContain('No findings.');
    // A year and a half later, the audit cadence (24 months for level 2) starts to show.
    const later = await runCli(['check', '--as-of', '2026-10-20'], { cwd: dir, now: new Date('2024-12-26T03:00:00Z') });
    expect(later.stdout).toContain('cadence/due-soon');
  });

  it('refuses to overwrite and writes nothing when either file exists', async () => {
    const dir = await tempDir('attt-init-');
    await writeTree(dir, { 'inventory/systems.yaml': 'mine\n' });
    expect(await runCli(['init', '--lang', 'vi'], { cwd: dir })).toEqual({
      code: 2,
      stdout: '',
      stderr: 'attt-audit: lỗi: không ghi đè tệp đã có: inventory/systems.yaml; không tạo tệp nào\n',
    });
    expect(await readFile(path.join(dir, 'inventory/systems.yaml'), 'utf8')).toBe('mine\n');
    await expect(readFile(path.join(dir, 'attt-audit.config.yaml'))).rejects.toThrow();
  });
});
