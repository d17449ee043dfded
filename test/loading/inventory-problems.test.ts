// Every kind of inventory problem is a positioned finding, and the other systems are still audited.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { checkJson, fixture, systemYaml, tempDir, type JsonReport } from '../helpers.js';

const GOOD = systemYaml('good', 'status: building');

async function problems(files: Record<string, string | Buffer>, lang = 'en'): Promise<{ code: number; json: JsonReport; lines: string[] }> {
  const cwd = tempDir(files);
  const { code, json } = await checkJson(['.', '--as-of', '2024-12-26', '--lang', lang], { cwd });
  const lines = json.findings.filter((f) => f.rule.startsWith('inventory/')).map((f) => `${f.file}:${f.line}:${f.column} ${f.rule} ${f.message}`);
  return { code, json, lines };
}

describe('inventory problems are findings with file:line:col', () => {
  it('wrong types and out-of-range levels', async () => {
    const { lines, code, json } = await problems({
      'a.yaml': `systems:\n${systemYaml('s1', 'level: "ba"')}\n${systemYaml('s2', 'level: 3.5')}\n${systemYaml('s3', 'level: 0')}\n${systemYaml('s4', 'level: 6')}\n${GOOD}\n`,
    });
    expect(lines).toEqual([
      'a.yaml:5:12 inventory/schema "level" must be a number, got "ba"',
      'a.yaml:9:12 inventory/schema "level" must be a whole number, got 3.5',
      'a.yaml:13:12 inventory/schema "level" must be ≥ 1, got 0',
      'a.yaml:17:12 inventory/schema "level" must be ≤ 5, got 6',
    ]);
    expect(code).toBe(1);
    expect(json.summary).toMatchObject({ systems: 5, invalid: 4 });
  });

  it('impossible and ambiguous dates', async () => {
    const { lines } = await problems({
      'a.yaml': `systems:\n${systemYaml('s', 'go_live: 2024-02-30\nsecurity_conclusion: 31/04/2024\nlast_audit: 2024/13/01\ndrills: [{ date: 1/2/24 }]')}\n`,
    });
    expect(lines).toEqual([
      'a.yaml:5:14 inventory/invalid-date "go_live" is not a valid date: "2024-02-30" (write YYYY-MM-DD or DD/MM/YYYY)',
      'a.yaml:6:26 inventory/invalid-date "security_conclusion" is not a valid date: "31/04/2024" (write YYYY-MM-DD or DD/MM/YYYY)',
      'a.yaml:7:17 inventory/invalid-date "last_audit" is not a valid date: "2024/13/01" (write YYYY-MM-DD or DD/MM/YYYY)',
      'a.yaml:8:22 inventory/invalid-date "drills[0].date" is not a valid date: "1/2/24" (write YYYY-MM-DD or DD/MM/YYYY)',
    ]);
  });

  it('unknown keys point at the key and suggest the nearest known one', async () => {
    const { lines } = await problems({
      'a.yaml': `systems:\n${systemYaml('s', 'levle: 3\nlayers: { ncs: true }\naudits: [{ date: 2024-01-01, reslt: pass }]')}\n`,
    });
    expect(lines).toEqual([
      'a.yaml:5:5 inventory/unknown-key unknown key "levle" (did you mean "level"?)',
      'a.yaml:6:15 inventory/unknown-key unknown key "ncs" (did you mean "ncsc"?)',
      'a.yaml:7:34 inventory/unknown-key unknown key "reslt" (did you mean "result"?)',
    ]);
  });

  it('a waiver without a reason, a level without an approval, missing required keys', async () => {
    const { lines } = await problems({
      'a.yaml': `systems:\n${systemYaml('s', 'level: 2\nwaivers: [{ rule: layers/missing, expires: 2025-01-01 }]')}\n  - id: nameless\n    owner: X\n`,
    });
    expect(lines).toEqual([
      'a.yaml:5:12 inventory/schema "level" is set but "approval" (the approval decision: decision, date) is missing',
      'a.yaml:6:15 inventory/schema missing required key "waivers[0].reason"',
      'a.yaml:7:5 inventory/schema missing required key "name"',
    ]);
  });

  it('duplicate ids across files name the first declaration; the first one is still audited', async () => {
    const { lines, json } = await problems({
      'a.yaml': `systems:\n${systemYaml('dup', 'status: retired')}\n`,
      'b.yaml': `systems:\n${systemYaml('dup')}\n`,
    });
    expect(lines).toEqual(['b.yaml:2:9 inventory/duplicate-id duplicate system id "dup"; first declared at a.yaml:2:5']);
    expect(json.summary).toMatchObject({ systems: 2, invalid: 1 });
  });

  it('YAML syntax errors and duplicate keys stop only their own file', async () => {
    const { lines, json } = await problems({
      'a-tab.yaml': 'systems:\n\t- id: x\n',
      'b-quote.yaml': 'systems:\n  - id: "x\n',
      'c-dupkey.yaml': `systems:\n${systemYaml('d', 'name: again')}\n`,
      'd-good.yaml': `systems:\n${systemYaml('ok')}\n`,
    });
    expect(lines).toEqual([
      'a-tab.yaml:2:1 inventory/yaml-syntax YAML syntax error: tab characters must not be used for indentation; use spaces',
      'b-quote.yaml:2:9 inventory/yaml-syntax YAML syntax error: unclosed double quote (")',
      'c-dupkey.yaml:5:5 inventory/duplicate-key YAML syntax error: duplicate key "name" in the same mapping',
    ]);
    expect(json.findings.some((f) => f.system === 'ok' && f.rule === 'approval/missing')).toBe(true);
  });

  it('empty files, comment-only files, list and scalar roots', async () => {
    const { lines } = await problems({
      'a-empty.yaml': '',
      'b-comments.yaml': '# nothing yet\n',
      'c-list.yaml': '- id: x\n',
      'd-scalar.yaml': 'hello\n',
      'e-nosystems.yaml': 'organization: Bộ KH&CN\n',
    });
    expect(lines).toEqual([
      'a-empty.yaml:1:1 inventory/structure empty file: an inventory needs a "systems:" key holding a list of systems',
      'b-comments.yaml:1:1 inventory/structure empty file: an inventory needs a "systems:" key holding a list of systems',
      'c-list.yaml:1:1 inventory/structure the file root must be a mapping with a "systems:" key, not a list',
      'd-scalar.yaml:1:1 inventory/structure the file root must be a mapping with a "systems:" key, not a single value',
      'e-nosystems.yaml:1:1 inventory/schema missing required key "systems"',
    ]);
  });

  it('encodings other than UTF-8 are named', async () => {
    const { lines } = await problems({
      'a-utf16.yaml': Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('systems: []\n', 'utf16le')]),
      'b-legacy.yaml': Buffer.from([0x73, 0x3a, 0x20, 0xc8, 0xe6, 0x0a]),
      'c-binary.yaml': Buffer.from([0x00, 0x01, 0x02]),
      'd-cp1258.yaml': readFileSync(fixture('encodings', 'cp1258.yaml.bin')),
    });
    expect(lines).toEqual([
      'a-utf16.yaml:1:1 inventory/encoding the file is encoded as UTF-16; convert it to UTF-8, e.g. iconv -f UTF-16 -t UTF-8',
      'b-legacy.yaml:1:1 inventory/encoding the file is not UTF-8 (probably a legacy Vietnamese encoding: TCVN3/ABC or VNI); convert it to UTF-8 (e.g. with the Unikey converter)',
      'c-binary.yaml:1:1 inventory/encoding binary file (contains NUL bytes), not a YAML text file',
      'd-cp1258.yaml:1:1 inventory/encoding the file is encoded as Windows-1258 (CP1258), not UTF-8; convert it to UTF-8, e.g. iconv -f WINDOWS-1258 -t UTF-8',
    ]);
  });

  it('messages are bilingual', async () => {
    const { lines } = await problems({ 'a.yaml': `systems:\n${systemYaml('s', 'levle: 3\ngo_live: 2024-02-30')}\n` }, 'vi');
    expect(lines).toEqual([
      'a.yaml:5:5 inventory/unknown-key khóa không hợp lệ "levle" (có phải ý bạn là "level"?)',
      'a.yaml:6:14 inventory/invalid-date "go_live" không phải ngày hợp lệ: "2024-02-30" (viết YYYY-MM-DD hoặc DD/MM/YYYY)',
    ]);
  });

  it('a UTF-8 byte-order mark and CRLF line ends work; NFD text equals NFC text', async () => {
    const nfd = 'Trung tâm CNTT'.normalize('NFD');
    const text = `systems:\r\n  - id: s\r\n    name: Hệ thống\r\n    owner: ${nfd}\r\n    status: building\r\n`;
    const cwd = tempDir({ 'a.yaml': Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)]) });
    const { json, code } = await checkJson(['a.yaml', '--as-of', '2024-12-26'], { cwd });
    expect(json.findings).toEqual([]);
    expect(code).toBe(0);
    expect(json.summary).toMatchObject({ systems: 1, invalid: 0 });
  });

  it('__proto__, constructor and prototype keys stay data and never pollute prototypes', async () => {
    const { lines } = await problems({
      'a.yaml': `systems:\n${systemYaml('s', '__proto__: { polluted: true }\nattributes: { constructor: 1, prototype: 2, __proto__: 3 }')}\n`,
    });
    expect(lines).toEqual([
      'a.yaml:5:5 inventory/unknown-key unknown key "__proto__"; known keys: id, name, owner, status, level, approval, proposed_level, protection_plan, protection_plan_expected, go_live, security_conclusion, audits, last_audit, layers, drills, waivers, attributes, operator, investment_start, regulation, transition_review, incidents, dossier, classification',
      // zod's record skips this key; the loader refuses it instead of letting it vanish.
      'a.yaml:6:49 inventory/unknown-key key "__proto__" is not allowed in "attributes" (a name reserved by JavaScript)',
    ]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
