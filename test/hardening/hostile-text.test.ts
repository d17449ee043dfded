// Hostile text, identities and dates: terminal escapes and workflow commands never reach a terminal
// or a CI log, lookalike ids are refused, years outside 1900–9999 are refused, a root-key typo does
// not drop the file's systems, "__proto__" is refused where zod would drop it, absurd rule options
// stop the run, and an id "constructor" finds no owner on Object.prototype.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { visible, visibleData } from '../../src/formatters/common/visible-text.js';
import { checkJson, fixture, runCli, systemYaml, tempDir } from '../helpers.js';

const RAW_CONTROL = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/;

async function inventoryLines(files: Record<string, string>, extra: string[] = []): Promise<{ code: number; lines: string[]; summary: Record<string, number> }> {
  const cwd = tempDir(files);
  const { code, json } = await checkJson(['.', '--as-of', '2024-12-26', ...extra], { cwd });
  return {
    code,
    lines: json.findings.filter((f) => f.rule.startsWith('inventory/')).map((f) => `${f.file}:${f.line}:${f.column} ${f.rule} ${f.message}`),
    summary: json.summary as unknown as Record<string, number>,
  };
}

/** A level-3 system overdue for its audit, whose name, owner and waiver reason carry terminal and CI-log attacks. */
const HOSTILE_NAME = 'Cổng\u001b]0;pwned\u0007\u001b[2J\u001b]8;;https://evil.example\u001b\\link\u001b]8;;\u001b\\\n::add-mask::secret\n::error file=x::fake\u202eflow\u0085';
const HOSTILE = `systems:
  - id: hostile
    name: ${JSON.stringify(HOSTILE_NAME)}
    owner: "Trung tâm\\u001b[31m CNTT\\u2066"
    level: 3
    approval: { decision: "QĐ 1\\r\\n::warning::x", date: 2022-01-10 }
    protection_plan: deployed
    audits: [{ date: 2023-01-10 }]
    layers: { onsite: true, monitoring: true, independent_audit: true }
    waivers:
      - { rule: layers/missing, layer: ncsc, reason: "chờ\\u0007\\n::add-mask::x", expires: 2025-06-30 }
`;

describe('control and bidi characters never reach a terminal or a CI log', () => {
  it('visible() writes them out; visibleData() copies only what changes and keeps prototypes', () => {
    expect(visible('a\u001b[2Jb\nc\u202ed\u0085\u0007\t')).toBe('a\\u001b[2Jb\\nc\\u202ed\\u0085\\u0007\\t');
    expect(visible('Trung tâm Công nghệ thông tin')).toBe('Trung tâm Công nghệ thông tin');
    expect(visible('a\ufffeb\uffff')).toBe('a\\ufffeb\\uffff');
    class Box {
      constructor(readonly text: string) {}
      shout(): string {
        return this.text.toUpperCase();
      }
    }
    const clean = { a: ['x'], box: new Box('y') };
    expect(visibleData(clean)).toBe(clean);
    const shown = visibleData({ a: ['x\n'], box: new Box('y\u001b'), map: new Map([['k\u0007', 'v']]) });
    expect(shown.a).toEqual(['x\\n']);
    expect(shown.box.shout()).toBe('Y\\U001B');
    expect([...shown.map.keys()]).toEqual(['k\\u0007']);
  });

  it.each([
    ['check', ['--format', 'table']],
    ['check', ['--format', 'markdown']],
    ['check', ['--format', 'github']],
    ['validate', []],
    ['gap', ['--format', 'table']],
    ['gap', ['--format', 'markdown']],
    ['plan', ['--format', 'table', '--within', '5y']],
    ['plan', ['--format', 'markdown', '--within', '5y']],
    ['plan', ['--format', 'ics', '--within', '5y']],
    ['classify', ['--format', 'table']],
    ['classify', ['--format', 'markdown']],
  ])('%s %s shows them visibly', async (command, args) => {
    const cwd = tempDir({ 'inv.yaml': HOSTILE });
    const asOf = command === 'validate' ? [] : ['--as-of', '2024-12-26'];
    const result = await runCli([command, 'inv.yaml', ...asOf, ...args], { cwd });
    const { stderr } = result;
    // Calendar lines end in CRLF by the standard.
    const stdout = result.stdout.replace(/\r\n/g, '\n');
    expect(stdout).not.toMatch(RAW_CONTROL);
    expect(stderr).toBe('');
    // No line of the output is a workflow command other than the tool's own annotations.
    for (const line of stdout.split(/\r?\n/)) expect(line).not.toMatch(/^::(add-mask|error file=x|warning::x)/);
    // The formats that show the system's name or owner show the escapes.
    if (command !== 'classify' && (command === 'gap' || (command === 'plan' && !args.includes('ics')) || args.includes('table'))) expect(stdout).toContain('\\u001b');
  });

  it('the HTML report shows them visibly too (markup was already escaped)', async () => {
    const cwd = tempDir({ 'inv.yaml': HOSTILE });
    await runCli(['report', 'inv.yaml', '--as-of', '2024-12-26', '-o', 'r.html'], { cwd });
    const html = readFileSync(path.join(cwd, 'r.html'), 'utf8');
    expect(html).not.toMatch(RAW_CONTROL);
    expect(html).toContain('\\u202e');
  });

  it('the table of the CI fixture shows its waiver reason\'s BEL as \\u0007', async () => {
    const { stdout } = await runCli(['check', fixture('ci', 'inventory'), '--as-of', '2025-03-10', '--waivers', fixture('ci', 'waivers.yaml')]);
    expect(stdout).not.toMatch(RAW_CONTROL);
    expect(stdout).toContain('"gấp"\\u0007');
  });

  it('stderr shows them visibly too (a key with an escape sequence in a config file)', async () => {
    const cwd = tempDir({ 'attt-audit.config.yaml': '"lang\\u001b[2J": vi\n', 'inv.yaml': `systems:\n${systemYaml('a')}\n` });
    const result = await runCli(['check', 'inv.yaml'], { cwd });
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^attt-audit: error: attt-audit\.config\.yaml:1:1: unknown key "lang\\u001b\[2J"; known keys: \$schema, [^\u001b]*\n$/);
  });

  it('the rules listing shows a rule file\'s escape sequences visibly', async () => {
    const cwd = tempDir({
      'r.yaml': 'rules:\n  - id: x/plan\n    severity: error\n    title: { vi: "a\\u001b[2J", en: "a\\u001b[2J" }\n    basis: "b\\u202e"\n    check: { kind: plan }\n',
    });
    const { stdout } = await runCli(['rules', '--rules', 'r.yaml', '--no-default-rules'], { cwd });
    expect(stdout).not.toMatch(RAW_CONTROL);
    expect(stdout).toContain('a\\u001b[2J');
  });
});

describe('system ids: lookalikes are refused, not told apart', () => {
  it('"trim" with a no-break space, an ideographic space, a leading space or a zero-width space is refused with the character named', async () => {
    const text = [
      'systems:',
      '  - { id: trim, name: A, owner: U, status: retired }',
      '  - { id: "trim\\u00a0", name: A, owner: U, status: retired }',
      '  - { id: "trim\\u3000", name: A, owner: U, status: retired }',
      '  - { id: " trim", name: A, owner: U, status: retired }',
      '  - { id: "tr\\u200bim", name: A, owner: U, status: retired }',
      '  - { id: "a\\u00a0b", name: A, owner: U, status: retired }',
      '',
    ].join('\n');
    const { lines, summary } = await inventoryLines({ 'a.yaml': text });
    expect(lines).toEqual([
      'a.yaml:3:11 inventory/schema system id "trim<U+00A0>" must not start or end with a space',
      'a.yaml:4:11 inventory/schema system id "trim<U+3000>" must not start or end with a space',
      'a.yaml:5:11 inventory/schema system id " trim" must not start or end with a space',
      'a.yaml:6:11 inventory/schema system id "tr<U+200B>im" contains an invisible or unusual space character (U+200B); retype it with letters, digits and plain spaces',
      'a.yaml:7:11 inventory/schema system id "a<U+00A0>b" contains an invisible or unusual space character (U+00A0); retype it with letters, digits and plain spaces',
    ]);
    expect(summary).toMatchObject({ systems: 6, invalid: 5 });
  });

  it('a waiver for "trim" covers the one valid system only; the calendar has one UID for it', async () => {
    const waiver = 'waivers: [{ rule: approval/missing, reason: x, expires: 2025-06-30 }]';
    const text = `systems:\n  - { id: trim, name: A, owner: U, ${waiver} }\n  - { id: "trim\\u00a0", name: A, owner: U, ${waiver} }\n`;
    const cwd = tempDir({ 'a.yaml': text });
    const { json } = await checkJson(['a.yaml', '--as-of', '2024-12-26'], { cwd });
    expect(json.findings.filter((f) => f.suppressed).map((f) => f.system)).toEqual(['trim']);
    const external = tempDir({ 'a.yaml': `systems:\n  - { id: trim, name: A, owner: U }\n`, 'w.yaml': 'waivers:\n  - { system: "trim\\u00a0", rule: approval/missing, reason: x, expires: 2025-06-30 }\n' });
    const fromFile = await checkJson(['a.yaml', '--as-of', '2024-12-26', '--waivers', 'w.yaml'], { cwd: external });
    expect(fromFile.json.findings.filter((f) => f.file === 'w.yaml').map((f) => `${f.line}:${f.column} ${f.rule} ${f.message}`)).toEqual([
      '2:15 inventory/schema system id "trim<U+00A0>" must not start or end with a space',
    ]);
    expect(fromFile.json.findings.filter((f) => f.suppressed)).toEqual([]);
    const ics = await runCli(['plan', 'a.yaml', '--as-of', '2024-12-26', '--within', '5y', '--format', 'ics'], { cwd });
    const uids = new Set(ics.stdout.split('\r\n').filter((l) => l.startsWith('UID:')));
    expect([...uids].every((uid) => !uid.includes('\u00a0'))).toBe(true);
  });
});

describe('dates: only years 1900–9999', () => {
  it.each([
    ['0099-05-01', '"go_live" is not a valid date: "0099-05-01" (the year must be 1900–9999)'],
    ['1899-12-31', '"go_live" is not a valid date: "1899-12-31" (the year must be 1900–9999)'],
    ['01/01/0001', '"go_live" is not a valid date: "01/01/0001" (the year must be 1900–9999)'],
    ['2024-1-5', '"go_live" is not a valid date: "2024-1-5" (write YYYY-MM-DD or DD/MM/YYYY)'],
  ])('refuses %s with a clear message', async (date, message) => {
    const { lines } = await inventoryLines({ 'a.yaml': `systems:\n${systemYaml('s', `go_live: ${date}`)}\n` });
    expect(lines).toEqual([`a.yaml:5:14 inventory/invalid-date ${message}`]);
  });

  it('refuses --as-of outside 1900–9999 (exit 2)', async () => {
    const result = await runCli(['check', fixture('small'), '--as-of', '0099-12-26']);
    expect(result).toEqual({ code: 2, stdout: '', stderr: 'attt-audit: error: --as-of: the year must be 1900–9999, not "0099-12-26"\n' });
  });

  it.each(['1900-01-01', '1900-02-28', '9999-12-31', '9999-01-31'])('a system audited on %s is not overdue on that day', async (day) => {
    const text = `systems:\n${systemYaml('s', `level: 3\napproval: { decision: QĐ 1, date: ${day} }\naudits: [{ date: ${day} }]`)}\n`;
    const cwd = tempDir({ 'a.yaml': text });
    const { json } = await checkJson(['a.yaml', '--as-of', day], { cwd });
    // (A date after the run's today is a future-date warning; what matters is that it is read and not overdue.)
    expect(json.findings.filter((f) => f.rule === 'cadence/overdue' || (f.rule.startsWith('inventory/') && f.rule !== 'inventory/future-date'))).toEqual([]);
  });
});

describe('root keys, __proto__ and rule options', () => {
  it('a typo in a root key is a finding with a suggestion, and the file\'s systems are still audited', async () => {
    const { code, lines, summary } = await inventoryLines({ 'a.yaml': `organisation: Bộ X\nsystems:\n${systemYaml('s', 'status: retired')}\n` });
    expect(lines).toEqual(['a.yaml:1:1 inventory/unknown-key unknown key "organisation" (did you mean "organization"?)']);
    expect(summary).toMatchObject({ systems: 1, invalid: 0, failedFiles: 0 });
    expect(code).toBe(1);
  });

  it('"__proto__" in attributes or layers is refused by name, not silently dropped', async () => {
    const { lines } = await inventoryLines({
      'a.yaml': `systems:\n${systemYaml('a', 'status: retired\nattributes: { __proto__: x, b: 1 }')}\n${systemYaml('b', 'status: retired\nlayers: { __proto__: true }')}\n`,
    });
    expect(lines).toEqual([
      'a.yaml:6:19 inventory/unknown-key key "__proto__" is not allowed in "attributes" (a name reserved by JavaScript)',
      'a.yaml:11:15 inventory/unknown-key key "__proto__" is not allowed in "layers" (a name reserved by JavaScript)',
    ]);
  });

  it('absurd rule options and a "__proto__" option stop the run with file:line:column (exit 2)', async () => {
    const rule = (id: string, check: string): string => `  - id: ${id}\n    severity: error\n    title: { vi: a, en: a }\n    basis: b\n    check: ${check}\n`;
    const cwd = tempDir({
      'inv.yaml': `systems:\n${systemYaml('a')}\n`,
      'r.yaml': `rules:\n${[
        rule('x/cadence', '{ kind: cadence, when: overdue, interval_months: { 1: 0, 2: -5, 3: 1000000000, 4: 12, 5: 12 }, within_days: -1 }'),
        rule('x/drill', '{ kind: drill, within_months: 99999999 }'),
        rule('x/waiver', '{ kind: waiver, when: expiring, within_days: 100000 }'),
        rule('x/field', '{ kind: field, path: attributes.x, max_age: 0d, __proto__: 1 }'),
      ].join('')}`,
    });
    const result = await runCli(['check', 'inv.yaml', '--rules', 'r.yaml', '--no-default-rules'], { cwd });
    expect(result.code).toBe(2);
    expect(result.stderr.split('\n')).toEqual([
      'attt-audit: error: r.yaml:6:66: rule "x/cadence": "interval_months.1" must be > 0, got 0',
      'attt-audit: error: r.yaml:6:72: rule "x/cadence": "interval_months.2" must be > 0, got -5',
      'attt-audit: error: r.yaml:6:79: rule "x/cadence": "interval_months.3" must be ≤ 120, got 1000000000',
      'attt-audit: error: r.yaml:6:120: rule "x/cadence": "within_days" must be ≥ 0, got -1',
      'attt-audit: error: r.yaml:11:42: rule "x/drill": "within_months" must be ≤ 120, got 99999999',
      'attt-audit: error: r.yaml:16:57: rule "x/waiver": "within_days" must be ≤ 3660, got 100000',
      'attt-audit: error: r.yaml:21:56: rule "x/field": "max_age": a duration from 1 day to 100 years, such as 90d, 6m or 2y',
      'attt-audit: error: r.yaml:21:60: rule "x/field": check "field" does not support option "__proto__"; known keys: kind, path, equals, exists, in, max_age',
      '',
    ]);
  });
});

describe('the report finds owners in a Map', () => {
  it('a finding for a system with id "constructor" has no owner, not Object.prototype.constructor', async () => {
    const cwd = tempDir({ 'inv.yaml': 'systems:\n  - { id: constructor, name: A }\n  - { id: toString, name: B, owner: U }\n' });
    const { code } = await runCli(['report', 'inv.yaml', '--as-of', '2024-12-26', '-o', 'r.html'], { cwd });
    expect(code).toBe(1);
    const html = readFileSync(path.join(cwd, 'r.html'), 'utf8');
    expect(html).not.toContain('function Object');
    expect(html).not.toContain('[native code]');
  });
});
