// Inputs that attack the tool: each one gets a clear positioned answer and never a crash.
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { checkJson, fixture, ROOT, runCli, systemYaml, tempDir } from '../helpers.js';

async function inventoryLines(files: Record<string, string | Buffer>, extra: string[] = []): Promise<{ code: number; lines: string[]; summary: Record<string, number> }> {
  const cwd = tempDir(files);
  const { code, json } = await checkJson(['.', '--as-of', '2024-12-26', ...extra], { cwd });
  return {
    code,
    lines: json.findings.filter((f) => f.rule.startsWith('inventory/')).map((f) => `${f.file}:${f.line}:${f.column} ${f.rule} ${f.message}`),
    summary: json.summary as unknown as Record<string, number>,
  };
}

describe('YAML syntax errors of every common kind', () => {
  it.each([
    ['bad indentation', 'systems:\n  - id: a\n   name: b\n', 'a.yaml:3:1 inventory/yaml-syntax YAML syntax error: bad indentation: a list item without "-", or misaligned'],
    ['misaligned keys', 'systems:\n  - id: a\n    name: b\n   owner: c\n', 'a.yaml:4:1 inventory/yaml-syntax YAML syntax error: bad indentation: a list item without "-", or misaligned'],
    ['keys out of line', 'systems:\n  - id: a\n    name: b\n  owner: c\n', 'a.yaml:4:1 inventory/yaml-syntax YAML syntax error: bad indentation: keys of one mapping must start at the same column'],
    ['unclosed single quote', "systems:\n  - id: a\n    name: 'b\n", "a.yaml:3:11 inventory/yaml-syntax YAML syntax error: unclosed single quote (')"],
    ['tab indentation', 'systems:\n\t- id: a\n', 'a.yaml:2:1 inventory/yaml-syntax YAML syntax error: tab characters must not be used for indentation; use spaces'],
    ['unclosed flow list', 'systems: [\n', 'a.yaml:2:1 inventory/yaml-syntax YAML syntax error: unclosed "[": a flow list must end with "]"'],
    ['nested compact mapping', 'systems:\n  - id: a: b\n', 'a.yaml:2:9 inventory/yaml-syntax YAML syntax error: a block cannot be an implicit key'],
    ['a bare colon', 'systems:\n  - { id: a, name: A, owner: U }\n  - id: b\n    name: B\n    owner: U\n    : x\n', 'a.yaml:6:1 inventory/unknown-key empty key (a ":" with no key name before it)'],
  ])('%s', async (_name, text, expected) => {
    const { lines, code } = await inventoryLines({ 'a.yaml': text });
    expect(lines).toEqual([expected]);
    expect(code).toBe(1);
  });
});

describe('resource limits', () => {
  it('rejects a "billion laughs" alias bomb with a limit finding', async () => {
    let text = 'lol: &a0 ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]\n';
    for (let i = 1; i < 10; i += 1) text += `l${i}: &a${i} [${Array(9).fill(`*a${i - 1}`).join(',')}]\n`;
    text += 'systems: []\n';
    const { lines, summary } = await inventoryLines({ 'bomb.yaml': text, 'good.yaml': `systems:\n${systemYaml('ok')}\n` });
    expect(lines).toEqual([
      'bomb.yaml:4:10 inventory/limit too many YAML alias expansions (limit 100, --max-aliases); possibly a "billion laughs" attack',
    ]);
    expect(summary).toMatchObject({ systems: 1, files: 2, failedFiles: 1 });
  });

  it('a few aliases within the limit are fine', async () => {
    const text = `x-owner: &owner Trung tâm CNTT\nsystems:\n  - { id: a, name: A, owner: *owner, status: retired }\n`;
    const { lines } = await inventoryLines({ 'a.yaml': text.replace('x-owner', 'organization') });
    expect(lines).toEqual([]);
  });

  it('reports files over --max-file-size without reading them (a 50 MB file)', async () => {
    const big = Buffer.alloc(50 * 1024 * 1024, 0x20);
    big.write('systems: []\n');
    const { lines } = await inventoryLines({ 'big.yaml': big }, ['--max-file-size', '10']);
    expect(lines).toEqual(['big.yaml:1:1 inventory/limit file too large: 50.0 MB, limit 10.0 MB (--max-file-size)']);
  });

  it('audits a 50 MB inventory within the default limits', async () => {
    const block = (i: number): string =>
      `  - id: s${i}\n    name: Hệ thống thông tin số ${i} của đơn vị quản lý nhà nước về khoa học và công nghệ\n    owner: Trung tâm Công nghệ thông tin\n    level: 2\n    approval: { decision: Quyết định số ${i}/QĐ-BKHCN, date: 2023-05-10 }\n    protection_plan: deployed\n    audits: [{ date: 2024-05-10, result: pass, by: Trung tâm VNCERT/CC }]\n    layers: { onsite: true, monitoring: true, independent_audit: true, ncsc: { since: 2023-01-01, provider: Trung tâm Giám sát an toàn không gian mạng quốc gia } }\n`;
    const parts = ['systems:\n'];
    let size = 0;
    let count = 0;
    while (size < 50 * 1024 * 1024) {
      const text = block(count);
      parts.push(text);
      size += Buffer.byteLength(text);
      count += 1;
    }
    const cwd = tempDir({ 'big.yaml': parts.join('') });
    const { code, json } = await checkJson(['big.yaml', '--as-of', '2024-12-26'], { cwd });
    expect(code).toBe(0);
    expect(json.summary).toMatchObject({ systems: count, invalid: 0, checked: count, approved: count, errors: 0 });
  });

  it('reports data nested deeper than --max-depth', async () => {
    const deep = `${'['.repeat(100)}${']'.repeat(100)}`;
    const { lines } = await inventoryLines({ 'a.yaml': `systems:\n${systemYaml('s', `attributes: { x: ${deep} }`)}\n` });
    expect(lines).toEqual(['a.yaml:5:82 inventory/limit data nested too deeply (limit 64 levels, --max-depth)']);
    const relaxed = await inventoryLines({ 'a.yaml': `systems:\n${systemYaml('s', `attributes: { x: ${deep} }`)}\n` }, ['--max-depth', '200']);
    expect(relaxed.lines).toEqual(['a.yaml:5:22 inventory/schema "attributes.x" must be text or a number or true or false or empty (null), got a list']);
  });

  it('rejects a bad limit value before starting', async () => {
    const { code, stderr } = await runCli(['check', 'fixtures/small', '--max-depth', 'ten']);
    expect(code).toBe(2);
    expect(stderr).toBe('attt-audit: error: --max-depth must be a positive number, not "ten"\n');
  });

  it('very long strings are data like any other', async () => {
    const long = 'Hệ thống '.repeat(100_000);
    const { lines, summary } = await inventoryLines({ 'a.yaml': `systems:\n  - { id: s, name: "${long}", owner: U, status: retired }\n` });
    expect(lines).toEqual([]);
    expect(summary).toMatchObject({ systems: 1, invalid: 0 });
  });
});

describe('files and paths', () => {
  it('a directory with a symlink loop is read once, without hanging', async () => {
    const dir = tempDir({ 'inv/a.yaml': `systems:\n${systemYaml('a', 'status: retired')}\n` });
    symlinkSync(path.join(dir, 'inv'), path.join(dir, 'inv', 'loop'));
    const { json, code } = await checkJson(['inv', '--as-of', '2024-12-26'], { cwd: dir });
    expect(json.summary).toMatchObject({ systems: 1, files: 1 });
    expect(code).toBe(0);
  });

  it('an unreadable file (a dangling symlink) is a finding, not a silent skip', async () => {
    const dir = tempDir({ 'inv/a.yaml': `systems:\n${systemYaml('a', 'status: retired')}\n` });
    symlinkSync(path.join(dir, 'missing.yaml'), path.join(dir, 'inv', 'b.yaml'));
    const { json, code } = await checkJson(['inv', '--as-of', '2024-12-26'], { cwd: dir });
    expect(json.findings.map((f) => `${f.file} ${f.rule} ${f.message}`)).toEqual(['inv/b.yaml inventory/unreadable cannot read file: ENOENT']);
    expect(json.summary).toMatchObject({ systems: 1, files: 2, failedFiles: 1 });
    expect(code).toBe(1);
  });

  it('reads one inventory from standard input with "-"', async () => {
    const stdin = readFileSync(fixture('small', 'inventory.yaml'));
    const { json } = await checkJson(['-', '--as-of', '2024-12-26'], { stdin });
    expect(json.summary).toMatchObject({ systems: 3, approved: 2 });
    expect(new Set(json.findings.map((f) => f.file))).toEqual(new Set(['<stdin>']));
  });

  it('never writes to an inventory', async () => {
    const hash = (): string => {
      const h = createHash('sha256');
      for (const name of readdirSync(fixture('most')).sort()) h.update(readFileSync(fixture('most', name)));
      return h.digest('hex');
    };
    const before = hash();
    await runCli(['check', 'fixtures/most', '--as-of', '2024-12-26', '--format', 'json']);
    expect(hash()).toBe(before);
  });
});

describe('the process', () => {
  it('piping into head (EPIPE) ends quietly', () => {
    const result = spawnSync('bash', ['-c', 'node bin/attt-audit.js check fixtures/most fixtures/most fixtures/most --as-of 2024-12-26 --format json | head -c 100 > /dev/null; echo "status ${PIPESTATUS[0]}"'], {
      cwd: ROOT,
      encoding: 'utf8',
    });
    expect(result.stderr).toBe('');
    expect(result.stdout.trim()).toBe('status 1');
  });

  it('an internal error is one line, the stack only with --verbose', async () => {
    const dir = tempDir({});
    mkdirSync(path.join(dir, 'x.yaml'));
    writeFileSync(path.join(dir, 'x.yaml', 'inner.yml'), 'systems: []\n');
    const { code, stderr } = await runCli(['check', 'x.yaml', '--as-of', '2024-12-26'], { cwd: dir });
    expect(code).toBe(0);
    expect(stderr).toBe('');
  });
});
