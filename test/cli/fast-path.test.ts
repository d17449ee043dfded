// The fast loading path must not change a byte of output: the same run with the precise path
// (ATTT_AUDIT_PARSER=precise: the yaml parser and zod for everything) gives identical output.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { generateInventory } from '../../bench/generate.mjs';
import { runCli } from '../helpers.js';

function writeTree(files: Record<string, string>): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'attt-fast-path-'));
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    writeFileSync(path.join(dir, name), text);
  }
  return dir;
}

async function bothPaths(argv: string[], cwd?: string): Promise<{ fast: string; precise: string; code: number }> {
  const fast = await runCli(argv, cwd ? { cwd } : {});
  const precise = await runCli(argv, { env: { ATTT_AUDIT_PARSER: 'precise' }, ...(cwd ? { cwd } : {}) });
  expect(precise.code).toBe(fast.code);
  expect(precise.stderr).toBe(fast.stderr);
  return { fast: fast.stdout, precise: precise.stdout, code: fast.code };
}

describe('fast path and precise path give identical output', () => {
  it('on fixtures/most, JSON and table', async () => {
    const json = await bothPaths(['check', 'fixtures/most', '--as-of', '2024-12-26', '--format', 'json']);
    expect(json.fast).toBe(json.precise);
    expect(JSON.parse(json.fast).findings.length).toBeGreaterThan(100);
    const table = await bothPaths(['check', 'fixtures/most', '--as-of', '2024-12-26']);
    expect(table.fast).toBe(table.precise);
  });

  it('writes JSON in pieces that add up to exactly JSON.stringify(…, null, 2)', async () => {
    const { stdout } = await runCli(['check', 'fixtures/most', '--as-of', '2024-12-26', '--format', 'json']);
    expect(stdout).toBe(`${JSON.stringify(JSON.parse(stdout), null, 2)}\n`);
    const empty = await runCli(['validate', 'fixtures/most', '--format', 'json']);
    expect(empty.stdout).toBe(`${JSON.stringify(JSON.parse(empty.stdout), null, 2)}\n`);
    expect(JSON.parse(empty.stdout).findings).toEqual([]);
  });

  it('on a generated inventory with schema errors, duplicate ids and YAML syntax errors', async () => {
    const files = Object.fromEntries(
      generateInventory({ systems: 1500, files: 5, seed: 3, broken: 0.08, syntaxErrors: 1 }).map((f) => [`inventory/${f.name}`, f.text]),
    );
    const cwd = writeTree(files);
    const { fast, precise, code } = await bothPaths(['check', 'inventory', '--as-of', '2024-12-26', '--format', 'json'], cwd);
    expect(code).toBe(1);
    expect(fast).toBe(precise);
    const rules = new Set((JSON.parse(fast) as { findings: { rule: string }[] }).findings.map((f) => f.rule));
    for (const rule of ['inventory/yaml-syntax', 'inventory/schema', 'inventory/unknown-key', 'inventory/invalid-date', 'inventory/duplicate-id', 'layers/missing']) {
      expect(rules, rule).toContain(rule);
    }
  });
});
