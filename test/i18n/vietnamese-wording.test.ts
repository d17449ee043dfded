// A Vietnamese-speaking reviewer's checklist, as tests: a rule of the tool is a "quy tắc" (never
// "luật", which names a statute), no English label of commander under --lang vi, dates dd/mm/yyyy
// in Vietnamese human outputs (ISO in machine formats), per-language rule text, English plurals.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { displayDate, interpolate, localize } from '../../src/i18n/lang.js';
import { fixture, ROOT, runCli } from '../helpers.js';

/** Statutes named in the tool's text ("luật cũ": the old law), "luật" anywhere else would name a rule of the tool. */
const STATUTE = /(luật cũ|luật cao hơn|Bộ luật Lao động|Luật An ninh mạng|Luật An toàn thông tin mạng|Luật ATTT mạng|Luật Đầu tư|Luật \d+\/\d{4}|Luật \d+\b|pháp luật)/gi;

/** Each "luật" of `text` that is not part of a statute's name, with some context. */
function ruleCalledLaw(text: string): string[] {
  const stripped = text.replace(STATUTE, '');
  return [...stripped.matchAll(/.{0,30}\bluật\b.{0,30}/gi)].map((m) => m[0]);
}

const ENGLISH_LABELS = /\b(Usage|Options|Commands|Arguments|default|choices)\b/;
const ISO_DATE = /\b\d{4}-\d{2}-\d{2}\b/;

const vi = (argv: string[]) => runCli(['--lang', 'vi', '--no-color', ...argv]);
const en = (argv: string[]) => runCli(['--lang', 'en', '--no-color', ...argv]);

describe('Vietnamese check table', () => {
  it('reads as Vietnamese: dd/mm/yyyy dates, "đã kiểm tra", no rule called "luật"', async () => {
    const { stdout, code } = await vi(['check', fixture('ci', 'inventory'), '--as-of', '2025-03-10']);
    expect(code).toBe(1);
    expect(stdout).toMatchSnapshot();
    expect(stdout).not.toMatch(ISO_DATE);
    expect(stdout).toContain('3 hệ thống, đã kiểm tra 3, 0 không hợp lệ');
    expect(stdout).toContain('ngày đánh giá 10/03/2025');
    expect(stdout).toContain('miễn trừ đến 31/03/2025');
    expect(ruleCalledLaw(stdout)).toEqual([]);
  });

  it('keeps ISO dates in machine formats (JSON, SARIF)', async () => {
    const json = await vi(['check', fixture('ci', 'inventory'), '--as-of', '2025-03-10', '-f', 'json']);
    expect(JSON.parse(json.stdout).asOf).toBe('2025-03-10');
    const sarif = await vi(['check', fixture('ci', 'inventory'), '--as-of', '2025-03-10', '-f', 'sarif']);
    expect(sarif.stdout).toContain('2025-03-10');
  });
});

describe('Vietnamese plan', () => {
  it('table and Markdown: dd/mm/yyyy dates, no rule called "luật"', async () => {
    for (const format of ['table', 'markdown']) {
      const { stdout } = await vi(['plan', fixture('plan', 'quarter'), '--as-of', '2025-07-01', '--quarter', '2025-Q3', '-f', format]);
      expect(stdout).toMatchSnapshot(format);
      expect(stdout, format).not.toMatch(ISO_DATE);
      expect(stdout, format).toMatch(/\b\d{2}\/\d{2}\/2025\b/);
      expect(ruleCalledLaw(stdout), format).toEqual([]);
    }
  });

  it('.ics text (summary, description) writes dates dd/mm/yyyy; the calendar fields stay ISO-basic', async () => {
    const { stdout } = await vi(['plan', fixture('plan', 'quarter'), '--as-of', '2025-07-01', '--quarter', '2025-Q3', '-f', 'ics']);
    const text = stdout
      .split(/\r?\n/)
      .filter((l) => /^(SUMMARY|DESCRIPTION)/.test(l))
      .join('\n');
    expect(text).not.toBe('');
    expect(text).not.toMatch(ISO_DATE);
    expect(stdout).toMatch(/DTSTART;VALUE=DATE:\d{8}/);
  });
});

describe('Vietnamese rules listing', () => {
  it('titles a rule "quy tắc", writes dates dd/mm/yyyy, and has no English policy tail', async () => {
    for (const format of ['table', 'markdown']) {
      const { stdout } = await vi(['rules', '--regime', 'all', '-f', format]);
      expect(stdout, format).not.toMatch(ISO_DATE);
      // The table wraps statute names across lines; Markdown keeps each cell on one line.
      if (format === 'markdown') expect(ruleCalledLaw(stdout), format).toEqual([]);
      expect(stdout, format).not.toContain('attt-audit policy');
      if (format === 'markdown') expect(stdout).toContain('Chính sách ngoại lệ có thời hạn của attt-audit (không phải quy định pháp luật)');
    }
    const table = await vi(['rules']);
    expect(table.stdout).toMatch(/^Quy tắc đang áp dụng \(\d+\)/m);
    expect(table.stdout).toContain('Mã quy tắc');
  });

  it('gives the English policy text in English', async () => {
    const { stdout } = await en(['rules', '-f', 'markdown']);
    expect(stdout).toContain('attt-audit policy (not a legal requirement): exceptions expire');
    expect(stdout).not.toContain('Chính sách ngoại lệ');
  });

  it('a rule file may give basis as {vi, en} or as one string', async () => {
    const dir = (await import('../helpers.js')).tempDir({
      'rules.yaml': [
        'rules:',
        '  - id: custom/a',
        '    severity: info',
        '    title: { vi: Quy tắc A, en: Rule A }',
        '    basis: { vi: Quy định nội bộ, en: Internal policy }',
        '    check: { kind: field, path: name, exists: true }',
        '  - id: custom/b',
        '    severity: info',
        '    title: { vi: Quy tắc B, en: Rule B }',
        '    basis: Thông tư 12/2022/TT-BTTTT',
        '    check: { kind: field, path: name, exists: true }',
        '',
      ].join('\n'),
    });
    const viOut = await vi(['rules', '--no-default-rules', '--rules', `${dir}/rules.yaml`, '-f', 'markdown']);
    expect(viOut.code).toBe(0);
    expect(viOut.stdout).toContain('Quy định nội bộ');
    expect(viOut.stdout).toContain('Thông tư 12/2022/TT-BTTTT');
    const enOut = await en(['rules', '--no-default-rules', '--rules', `${dir}/rules.yaml`, '-f', 'markdown']);
    expect(enOut.stdout).toContain('Internal policy');
  });
});

describe('Vietnamese --help', () => {
  const commands = ['', 'check', 'validate', 'baseline', 'init', 'rules', 'schema', 'gap', 'plan', 'report', 'classify', 'import'];

  it.each(commands)('attt-audit %s --help has no English label and no rule called "luật"', async (command) => {
    const { stdout, code } = await vi([...(command ? [command] : []), '--help']);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^Cách dùng: attt-audit/);
    expect(stdout).toContain('Tùy chọn:');
    // Flag names (--no-default-rules) are not labels.
    expect(stdout.replace(/--[\w-]+/g, '')).not.toMatch(ENGLISH_LABELS);
    expect(stdout).not.toContain('[options]');
    expect(ruleCalledLaw(stdout)).toEqual([]);
    expect(stdout).not.toMatch(/tệp kiểm kê|ghi nguyên tử|sổ tính/);
  });

  it('plan --help (snapshot) states each default once', async () => {
    const { stdout } = await vi(['plan', '--help']);
    expect(stdout).toMatchSnapshot();
    expect(stdout.match(/mặc định 90d/g)).toHaveLength(1);
    expect(stdout).not.toMatch(/mặc định: "?90d/);
    const flat = (text: string): string => text.replace(/\s+/g, ' ');
    expect(flat(stdout)).toContain('(giá trị: table, json, csv, csv-excel, markdown, ics; mặc định: table)');
    const english = await en(['plan', '--help']);
    expect(english.stdout).toMatch(/^Usage: attt-audit plan \[options\]/);
    expect(flat(english.stdout)).toContain('(choices: table, json, csv, csv-excel, markdown, ics; default: table)');
    expect(english.stdout).not.toMatch(/default: "?7"?\)/);
  });

  it('the top-level help lists commands under "Lệnh:"', async () => {
    const { stdout } = await vi(['--help']);
    expect(stdout).toMatch(/^Cách dùng: attt-audit \[tùy chọn\] \[lệnh\]/);
    expect(stdout).toContain('\nLệnh:\n');
  });
});

describe('Vietnamese HTML report text', () => {
  it('has no rule called "luật" and no calque', async () => {
    const { stdout, code } = await vi(['report', fixture('ci', 'inventory'), '--as-of', '2025-03-10', '-o', '-']);
    expect([0, 1]).toContain(code);
    const text = stdout.replace(/<style[\s\S]*?<\/style>|<script[\s\S]*?<\/script>/g, '').replace(/<[^>]+>/g, ' ');
    expect(ruleCalledLaw(text)).toEqual([]);
    expect(text).toContain('Bộ quy tắc');
    expect(text).not.toMatch(/tệp kiểm kê|sổ tính/);
  });
});

describe('every Vietnamese string of the source', () => {
  it('never calls a rule of the tool "luật" (statutes only), nor uses the calques', () => {
    const files = [
      'src/i18n/messages.ts',
      'src/i18n/ci-messages.ts',
      'src/cli/help.ts',
      'src/report/messages.ts',
      'src/plan/messages.ts',
      'src/gap/messages.ts',
      'src/classify/messages.ts',
      'src/loading/rules.ts',
      'src/loading/inventory-rules.ts',
      'src/config/starter.ts',
      'rules/waiver.yaml',
    ];
    for (const file of files) {
      const text = readFileSync(`${ROOT}/${file}`, 'utf8');
      expect(ruleCalledLaw(text), file).toEqual([]);
      expect(text, file).not.toMatch(/tệp kiểm kê|ghi nguyên tử|sổ tính Excel|\{checked\} được kiểm tra/);
    }
  });
});

describe('dates in messages', () => {
  it('a message parameter that is an ISO date is dd/mm/yyyy in Vietnamese, ISO in English', () => {
    const m = localize({ vi: 'quá hạn từ {d}', en: 'overdue since {d}' }, { d: '2025-03-31' });
    expect(m.vi).toBe('quá hạn từ 31/03/2025');
    expect(m.en).toBe('overdue since 2025-03-31');
    expect(interpolate('lúc {t}', { t: '2026-07-01 08:30' }, 'vi')).toBe('lúc 01/07/2026 08:30');
    expect(interpolate('{v}', { v: 'mã 2025-03-31-x' }, 'vi')).toBe('mã 2025-03-31-x');
    expect(displayDate('2024-12-26', 'vi')).toBe('26/12/2024');
    expect(displayDate('2024-12-26', 'en')).toBe('2024-12-26');
  });
});

describe('English plurals', () => {
  it('{n:one|other} takes the singular for 1 only', () => {
    const t = '{n:system|systems}, {e:inventory problem|inventory problems}';
    expect(interpolate(t, { n: 1, e: 1 }, 'en')).toBe('1 system, 1 inventory problem');
    expect(interpolate(t, { n: 0, e: 2 }, 'en')).toBe('0 systems, 2 inventory problems');
  });

  it('check summary of one system says "1 system"', async () => {
    const dir = (await import('../helpers.js')).tempDir({
      'inv.yaml': 'systems:\n  - id: one\n    name: One\n    owner: Unit\n    status: operating\n',
    });
    const { stdout } = await en(['check', `${dir}/inv.yaml`, '--as-of', '2025-03-10']);
    expect(stdout).toMatch(/^1 system, 1 checked, 0 invalid · 5 errors, 0 warnings, 0 suppressed · 0\/1 approved/m);
    expect(stdout).not.toMatch(/\b1 (systems|errors|warnings)\b/);
  });

  it('validate with one inventory problem says "1 inventory problem"', async () => {
    const dir = (await import('../helpers.js')).tempDir({ 'inv.yaml': 'systems:\n  - id: one\n    name: [\n' });
    const { stdout, stderr } = await en(['validate', `${dir}/inv.yaml`, '-f', 'github']);
    expect(`${stdout}${stderr}`).not.toMatch(/\b1 inventory problems\b/);
  });
});

describe('inventory JSON Schema', () => {
  it('every description carries its Vietnamese text after the English one', async () => {
    const { inventoryJsonSchema } = await import('../../src/model/json-schema.js');
    const { SCHEMA_DESCRIPTIONS_VI } = await import('../../src/model/json-schema-vi.js');
    const descriptions: string[] = [];
    const walk = (node: unknown): void => {
      if (Array.isArray(node)) node.forEach(walk);
      else if (node && typeof node === 'object')
        for (const [key, value] of Object.entries(node)) key === 'description' && typeof value === 'string' ? descriptions.push(value) : walk(value);
    };
    walk(inventoryJsonSchema());
    expect(descriptions.length).toBeGreaterThan(40);
    for (const d of descriptions) {
      const [english, vietnamese, ...rest] = d.split('\n\n');
      expect(rest, d).toEqual([]);
      expect(SCHEMA_DESCRIPTIONS_VI[english!], d).toBe(vietnamese);
    }
    expect(JSON.parse(readFileSync(`${ROOT}/schema/inventory.schema.json`, 'utf8'))).toEqual(inventoryJsonSchema());
  });
});
