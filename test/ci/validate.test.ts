// validate: syntax, schema and duplicate ids only; exit 1 on problems, 0 when clean, 2 when it cannot run.
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers.js';
import { validateSarif } from './sarif-schema.js';

describe('validate', () => {
  it('is clean on a valid inventory even when rules would find problems (exit 0)', async () => {
    const { code, stdout, stderr } = await runCli(['validate', 'fixtures/ci/inventory', 'fixtures/most', '--no-config']);
    expect({ code, stderr }).toEqual({ code: 0, stderr: '' });
    expect(stdout).toBe('No findings.\n\n44 systems, 0 invalid · 0 inventory problems · 2024-12-26\n');
  });

  it('reports syntax, schema and duplicate-id problems (exit 1), in any format', async () => {
    const { code, stdout } = await runCli(['validate', 'fixtures/ci/broken', '--no-config', '--format', 'json']);
    expect(code).toBe(1);
    const json = JSON.parse(stdout);
    expect(json.validateOnly).toBe(true);
    expect(json.findings.map((f: { rule: string; file: string; line: number; column: number }) => `${f.file}:${f.line}:${f.column} ${f.rule}`)).toEqual([
      'fixtures/ci/broken/cu-phap.yaml:3:11 inventory/yaml-syntax',
      'fixtures/ci/broken/thieu.yaml:5:9 inventory/duplicate-id',
      'fixtures/ci/broken/thieu.yaml:11:14 inventory/invalid-date',
      'fixtures/ci/broken/thieu.yaml:12:5 inventory/unknown-key',
    ]);
    const sarif = await runCli(['validate', 'fixtures/ci/broken', '--no-config', '--format', 'sarif']);
    expect(validateSarif(JSON.parse(sarif.stdout)).valid).toBe(true);
    const junit = await runCli(['validate', 'fixtures/ci/broken', '--no-config', '--format', 'junit']);
    expect(junit.stdout).toContain('<testsuite name="inventory" tests="3" failures="3" errors="0" skipped="0" time="0">');
  });

  it('checks a waivers file as well', async () => {
    const { code, stdout } = await runCli(['validate', 'fixtures/ci/inventory', '--waivers', 'fixtures/ci/broken/thieu.yaml', '--no-config', '-f', 'json']);
    expect(code).toBe(1);
    expect(JSON.parse(stdout).findings.map((f: { rule: string; message: string }) => [f.rule, f.message])).toEqual([
      ['inventory/schema', 'missing required key "waivers"'],
      ['inventory/unknown-key', 'unknown key "systems"; known keys: $schema, waivers'],
    ]);
  });

  it('cannot run without an inventory (exit 2)', async () => {
    expect(await runCli(['validate', 'no/such/dir', '--no-config'])).toEqual({ code: 2, stdout: '', stderr: 'attt-audit: error: path does not exist: no/such/dir\n' });
  });
});
