// Hostile YAML in every file the tool reads: the work is bounded (keys per mapping, nodes added by
// aliases, alias expansions, nesting), and each problem is one positioned line — a finding in an
// inventory or waivers file, exit 2 in a config or rule file.
import { describe, expect, it } from 'vitest';
import { parseFastYaml } from '../../src/loading/fast-yaml.js';
import { readYaml } from '../../src/loading/yaml-source.js';
import { checkJson, runCli, systemYaml, tempDir } from '../helpers.js';
import { compareParsers } from '../loading/yaml-diff.js';

async function inventoryLines(files: Record<string, string>, extra: string[] = []): Promise<{ code: number; lines: string[]; summary: Record<string, number> }> {
  const cwd = tempDir(files);
  const { code, json } = await checkJson(['.', '--as-of', '2024-12-26', ...extra], { cwd });
  return {
    code,
    lines: json.findings.filter((f) => f.rule.startsWith('inventory/')).map((f) => `${f.file}:${f.line}:${f.column} ${f.rule} ${f.message}`),
    summary: json.summary as unknown as Record<string, number>,
  };
}

const GOOD = `systems:\n${systemYaml('ok')}\n`;

/** 100,001 keys in one mapping: quadratic in the parser's own duplicate check (minutes) before the limit. */
function manyKeys(count: number): string {
  const lines = ['systems: []', 'x-wide: &wide'];
  for (let i = 0; i < count; i += 1) lines.push(`  k${i}: v`);
  return `${lines.join('\n')}\n`;
}

/** 100 aliases of a list of 20,000 items: 2 million nodes from 20,000 written. */
function wideAliases(): string {
  const lines = ['systems: []', 'x-base: &b'];
  for (let i = 0; i < 20_000; i += 1) lines.push('  - item');
  lines.push(`x-copies: [${Array(100).fill('*b').join(', ')}]`);
  return `${lines.join('\n')}\n`;
}

const BOMB = (() => {
  let text = 'x-lol: &a0 ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]\n';
  for (let i = 1; i < 10; i += 1) text += `x-l${i}: &a${i} [${Array(9).fill(`*a${i - 1}`).join(',')}]\n`;
  return text;
})();

const DEEP = `${'['.repeat(200_000)}${']'.repeat(200_000)}`;

describe('YAML work bounds (inventories)', () => {
  it('a mapping with more than 10,000 keys is a limit finding at the first key over; the other files are audited', async () => {
    const { code, lines, summary } = await inventoryLines({ 'a.yaml': manyKeys(100_000), 'b.yaml': GOOD });
    expect(lines).toEqual(['a.yaml:10003:3 inventory/limit too many keys in one mapping (limit 10000)']);
    expect(code).toBe(1);
    expect(summary).toMatchObject({ systems: 1, files: 2, failedFiles: 1 });
  });

  it('10,000 keys are fine, and a duplicate among them is found (by a set, not by comparing every pair)', async () => {
    const { lines } = await inventoryLines({ 'a.yaml': manyKeys(10_000).replace('  k9999: v', '  k0: v') });
    expect(lines).toEqual(['a.yaml:10002:3 inventory/duplicate-key YAML syntax error: duplicate key "k0" in the same mapping']);
  });

  it('aliases that copy more than 1,000,000 nodes are a limit finding at the alias that crosses it', async () => {
    const { code, lines } = await inventoryLines({ 'a.yaml': wideAliases(), 'b.yaml': GOOD });
    expect(lines).toEqual(['a.yaml:20003:212 inventory/limit YAML aliases copy too much data (limit 1000000 added nodes)']);
    expect(code).toBe(1);
  });

  it('an alias inside its own anchor is refused (it would be an endless structure)', async () => {
    const { lines } = await inventoryLines({ 'a.yaml': 'systems: []\nx-loop: &a [1, *a]\n' });
    expect(lines).toEqual(['a.yaml:2:16 inventory/yaml-syntax YAML error: alias "*a" is inside its own anchor (an endless loop)']);
  });

  it('an alias before its anchor is a positioned problem, not an internal error (found by the fuzzer)', async () => {
    const { code, lines } = await inventoryLines({ 'a.yaml': 'systems:\n  - id: a\n    name: *x\n    owner: &x U\n', 'b.yaml': GOOD });
    expect(lines).toEqual(['a.yaml:3:11 inventory/yaml-syntax YAML error: alias "*x" has no anchor "&x" before it']);
    expect(code).toBe(1);
  });

  it('200,000 levels of nesting are a limit finding at the first level over the limit, not a stack overflow', async () => {
    const { lines } = await inventoryLines({ 'a.yaml': `systems: []\nx: ${DEEP}\n` });
    expect(lines).toEqual(['a.yaml:2:67 inventory/limit data nested too deeply (limit 64 levels, --max-depth)']);
    const relaxed = await inventoryLines({ 'a.yaml': `systems: []\nx: ${DEEP}\n` }, ['--max-depth', '1000000']);
    expect(relaxed.lines).toEqual([expect.stringMatching(/^a\.yaml:2:\d+ inventory\/limit data nested too deeply for the YAML parser \(lower --max-depth, or nest less\)$/)]);
  });

  it('nesting made deep by an alias is caught at the alias', async () => {
    const inner = `${'['.repeat(40)}${']'.repeat(40)}`;
    const { lines } = await inventoryLines({ 'a.yaml': `systems: []\nx-a: &a ${inner}\nx-b: ${'['.repeat(30)}*a${']'.repeat(30)}\n` });
    expect(lines).toEqual(['a.yaml:3:36 inventory/limit data nested too deeply (limit 64 levels, --max-depth)']);
  });

  it('an invalid escape in a double-quoted string is named in both languages', async () => {
    const text = 'systems:\n  - id: x\n    name: "C:\\q"\n';
    const { lines } = await inventoryLines({ 'a.yaml': text });
    expect(lines).toEqual(['a.yaml:3:14 inventory/yaml-syntax YAML syntax error: invalid escape (\\) in a double-quoted string; write \\\\ for a backslash, or use single quotes']);
  });

  it('tags are refused by name: !!binary is not "a mapping", an unknown tag is not silently text', async () => {
    const text = `systems:\n  - id: a\n    name: !!binary aGVsbG8=\n    owner: !local x\n    status: !!str retired\n`;
    const { lines } = await inventoryLines({ 'a.yaml': text });
    expect(lines).toEqual([
      'a.yaml:3:11 inventory/yaml-syntax YAML error: unsupported YAML tag "!!binary"; remove it (values are text, numbers, true/false, lists or mappings)',
      'a.yaml:4:12 inventory/yaml-syntax YAML error: unsupported YAML tag "!local"; remove it (values are text, numbers, true/false, lists or mappings)',
    ]);
    const plain = await inventoryLines({ 'a.yaml': text.replace('!!binary aGVsbG8=', 'A').replace('!local x', 'U') });
    expect(plain.lines).toEqual([]);
  });
});

describe('YAML work bounds (config, rule and waivers files)', () => {
  it('an alias bomb in the config file stops the run with file:line:column (exit 2), not an internal error', async () => {
    const cwd = tempDir({ 'attt-audit.config.yaml': `${BOMB}lang: en\n`, 'inv.yaml': GOOD });
    const result = await runCli(['check', 'inv.yaml'], { cwd });
    expect(result).toEqual({
      code: 2,
      stdout: '',
      stderr: 'attt-audit: error: attt-audit.config.yaml:4:12: too many YAML alias expansions (limit 100); possibly a "billion laughs" attack\n',
    });
  });

  it('an alias bomb or deep nesting in a rule file stops the run with file:line:column (exit 2)', async () => {
    const cwd = tempDir({ 'inv.yaml': GOOD, 'bomb.yaml': `${BOMB}rules: []\n`, 'deep.yaml': `rules: []\nx-deep: ${DEEP}\n` });
    const bomb = await runCli(['check', 'inv.yaml', '--rules', 'bomb.yaml'], { cwd });
    expect(bomb).toEqual({ code: 2, stdout: '', stderr: 'attt-audit: error: bomb.yaml:4:12: too many YAML alias expansions (limit 100); possibly a "billion laughs" attack\n' });
    const deep = await runCli(['check', 'inv.yaml', '--rules', 'deep.yaml'], { cwd });
    expect(deep).toEqual({ code: 2, stdout: '', stderr: 'attt-audit: error: deep.yaml:2:72: data nested too deeply (limit 64 levels)\n' });
  });

  it('an alias bomb or a huge mapping in a waivers file is a finding (exit 1); the inventory is still audited', async () => {
    const cwd = tempDir({ 'inv.yaml': GOOD, 'bomb.yaml': `${BOMB}waivers: []\n`, 'wide.yaml': manyKeys(20_000).replace('systems: []', 'waivers: []') });
    for (const [file, line] of [
      ['bomb.yaml', 'bomb.yaml:4:12 inventory/limit too many YAML alias expansions (limit 100); possibly a "billion laughs" attack'],
      ['wide.yaml', 'wide.yaml:10003:3 inventory/limit too many keys in one mapping (limit 10000)'],
    ]) {
      const { code, json } = await checkJson(['inv.yaml', '--as-of', '2024-12-26', '--waivers', file!], { cwd });
      expect(json.findings.filter((f) => f.rule.startsWith('inventory/')).map((f) => `${f.file}:${f.line}:${f.column} ${f.rule} ${f.message}`)).toEqual([line]);
      expect(code).toBe(1);
      expect(json.summary.systems).toBe(1);
    }
  });
});

describe('fast and precise YAML paths agree', () => {
  const long = 'k'.repeat(1100);
  it.each([
    ['a key longer than 1,024 characters', `systems: []\nx-${long}: 1\n`],
    ['a quoted key longer than 1,024 characters', `systems: []\n"x-${long}": 1\n`],
    ['a "..." document end marker followed by a key', 'systems: []\n... x: 1\n'],
    ['a "..." line inside a list', 'systems:\n  - a\n...\n'],
    ['a "---" line after the first', 'systems: []\n---\n'],
  ])('the fast path declines %s', (_what, text) => {
    expect(parseFastYaml(text, { maxDepth: 64 })).toBeUndefined();
  });

  it('a key of exactly 1,024 characters is accepted by both, with the same data and positions', () => {
    const key = `x-${'k'.repeat(1022)}`;
    expect(compareParsers(`systems: []\n${key}: 1\n`)).toEqual([]);
    expect(readYaml('a.yaml', `systems: []\n${key}x: 1\n`).ok).toBe(false);
  });

  it('a long key is a positioned syntax error in an inventory, on either path', async () => {
    const { lines } = await inventoryLines({ 'a.yaml': `systems:\n${systemYaml('s', 'attributes:')}\n      ${long}: 1\n` });
    expect(lines).toEqual([
      `a.yaml:6:7 inventory/yaml-syntax YAML syntax error: key longer than 1024 characters (the ":" must come within 1024 characters of the key's start)`,
    ]);
  });

  it('keys typed in NFD (macOS) are found at the same position on both paths', () => {
    const nfd = 'Tên hệ thống'.normalize('NFD');
    const text = `systems:\n  - id: a\n    attributes:\n      "${nfd}": 1\n      ${nfd} 2: 2\n`;
    expect(compareParsers(text)).toEqual([]);
    const precise = readYaml('a.yaml', text, {}, { nfc: true });
    expect(precise.ok && precise.source.locate(['systems', 0, 'attributes', 'Tên hệ thống 2'], { key: true })).toEqual({ line: 5, column: 7 });
  });

  it('an aliased mapping with NFD keys is NFC wherever it is used, and not copied', () => {
    const nfd = 'Tên'.normalize('NFD');
    const read = readYaml('a.yaml', `a: &x { "${nfd}": "${nfd}" }\nb: *x\nc: [*x]\n`, {}, { nfc: true });
    expect(read.ok && read.data).toEqual({ a: { Tên: 'Tên' }, b: { Tên: 'Tên' }, c: [{ Tên: 'Tên' }] });
    const data = (read.ok ? read.data : {}) as { a: object; b: object };
    expect(data.b).toBe(data.a);
  });

  it('a key written in NFD and in NFC is a duplicate (the data would keep only one)', async () => {
    const text = `systems:\n${systemYaml('s', 'attributes:')}\n      "Tên": 1\n      "${'Tên'.normalize('NFD')}": 2\n`;
    const { lines } = await inventoryLines({ 'a.yaml': text });
    expect(lines).toEqual(['a.yaml:7:7 inventory/duplicate-key YAML syntax error: duplicate key "Tên" in the same mapping']);
  });
});
