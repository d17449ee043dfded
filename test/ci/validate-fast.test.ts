// The loader's fast path (fast-yaml.ts, fast-system.ts) must never disagree with the precise path
// (the yaml parser and zod for everything): same systems, same records, same problems at the same
// positions. Differential test over tricky inputs.
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseFastYaml } from '../../src/loading/fast-yaml.js';
import { loadInventories, type LoadedInventory } from '../../src/loading/inventory.js';
import { ROOT } from '../helpers.js';
import { tempDir, writeTree } from './tmp.js';

function comparable(inventory: LoadedInventory): unknown {
  return {
    files: inventory.files,
    organization: inventory.organization,
    found: inventory.found,
    invalid: inventory.invalid,
    failedFiles: inventory.failedFiles,
    problems: inventory.problems,
    systems: inventory.systems.map((s) => ({ file: s.file, record: s.record, at: s.locate([]), approval: s.locate(['approval', 'date']) })),
  };
}

async function both(paths: string[], cwd: string): Promise<[unknown, unknown]> {
  return [comparable(await loadInventories(paths, { cwd })), comparable(await loadInventories(paths, { cwd, precise: true }))];
}

const head = (body: string) => `organization: Đơn vị\nsystems:\n  - id: a\n    name: A\n    owner: O\n${body}`;

const CASES: Record<string, string> = {
  plain: head('    level: 2\n    approval: { decision: QĐ, date: 2024-01-02 }\n'),
  octalLevel: head('    level: 0o3\n    approval: { decision: QĐ, date: 2024-01-02 }\n'),
  hexLevel: head('    level: 0x2\n    approval: { decision: QĐ, date: 02/01/2024 }\n'),
  binaryLevelIsText: head('    level: 0b11\n    approval: { decision: QĐ, date: 2024-01-02 }\n'),
  underscoreLevelIsText: head('    level: 1_0\n'),
  signedLevel: head('    level: +3\n    approval: { decision: QĐ, date: 2024-01-02 }\n'),
  floatLevel: head('    level: 2.0\n    approval: { decision: QĐ, date: 2024-01-02 }\n'),
  nullLevel: head('    level: Null\n    proposed_level: 2\n'),
  tildeLevel: head('    level: ~\n'),
  emptyLevel: head('    level:\n'),
  yesIsText: head('    attributes: { a: yes, b: on, c: True, d: .inf, e: -.INF, f: .NaN, g: 1e3, h: 012 }\n'),
  quoted: head('    attributes: { a: "1", b: \'true\', c: "x: y # z" }\n'),
  blockScalars: head('    attributes:\n      a: |\n        dòng 1\n        dòng 2\n      b: >-\n        gập\n        dòng\n'),
  alias: head('    approval: &ap { decision: QĐ, date: 2024-01-02 }\n    level: 1\n  - id: b\n    name: B\n    owner: O\n    level: 1\n    approval: *ap\n'),
  tag: head('    name: !!str 12\n'),
  duplicateKey: head('    owner: P\n'),
  duplicateId: head('  - id: a\n    name: Again\n    owner: O\n'),
  nfd: 'systems:\n  - id: a\n    name: "Ho\u0302\u0323 tho\u0302\u0301ng"\n    owner: "Vie\u0323\u0302n"\n',
  bom: '\ufeffsystems:\n  - { id: a, name: A, owner: O }\n',
  tabs: 'systems:\n\t- id: a\n',
  twoDocs: 'systems: []\n---\nsystems: []\n',
  empty: '',
  commentOnly: '# nothing\n',
  listRoot: '- id: a\n',
  badDate: head('    go_live: 31/02/2024\n'),
  unknownKey: head('    levle: 2\n'),
  flowSystems: 'systems: [{ id: a, name: A, owner: O, layers: { onsite: true, ncsc: { since: 2024-01-01 } } }]\n',
  directive: '%YAML 1.2\n---\nsystems: []\n',
  complexKey: 'systems: []\n? organization\n: X\n',
  unterminated: 'systems:\n  - id: "a\n',
};

describe('the fast path reads exactly what the precise path reads', () => {
  for (const [name, text] of Object.entries(CASES)) {
    it(name, async () => {
      const dir = await tempDir('attt-fast-');
      await writeTree(dir, { 'inv.yaml': text });
      const [fast, full] = await both(['inv.yaml'], dir);
      expect(fast).toEqual(full);
    });
  }

  it('a duplicate id in a later file points back into a fast-read file', async () => {
    const dir = await tempDir('attt-fast-');
    await writeTree(dir, { 'a.yaml': CASES.plain!, 'b.yaml': '\n\nsystems:\n  - { id: a, name: Again, owner: O }\n' });
    const [fast, full] = await both(['.'], dir);
    expect(fast).toEqual(full);
    expect((full as { problems: { message: { en: string } }[] }).problems[0]!.message.en).toBe('duplicate system id "a"; first declared at a.yaml:3:5');
  });

  it('on the bundled fixtures', async () => {
    const [fast, full] = await both(['fixtures/most', 'fixtures/ci/inventory', 'fixtures/ci/broken', 'fixtures/ci/waivers.yaml'], ROOT);
    expect(fast).toEqual(full);
    expect(await readdir(path.join(ROOT, 'fixtures/most'))).toHaveLength(4);
  });

  it('leaves aliases, tags and directives to the precise parser', () => {
    const fast = (text: string) => parseFastYaml(text, { maxDepth: 64 })?.data;
    expect(fast('a: &x 1\nb: *x\n')).toBeUndefined();
    expect(fast('a: !!str 1\n')).toBeUndefined();
    expect(fast('%YAML 1.2\n---\na: 1\n')).toBeUndefined();
    expect(fast('a: 0o17\nb: 0x1F\nc: +12\nd: 1.5e2\ne: ~\nf: yes\n')).toEqual({ a: 15, b: 31, c: 12, d: 150, e: null, f: 'yes' });
  });
});
