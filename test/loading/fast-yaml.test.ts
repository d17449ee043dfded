// The fast YAML path must return exactly what the precise parser returns — data and the position of
// every path — or decline. Fixtures, generated inventories and seeded variations of awkward YAML.
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { generateInventory } from '../../bench/generate.mjs';
import { parseFastYaml, resolvePlain } from '../../src/loading/fast-yaml.js';
import { fixture } from '../helpers.js';
import { compareParsers } from './yaml-diff.js';
import { yamlVariation } from './yaml-variations.js';

describe('fast YAML path', () => {
  it('agrees with the precise parser on every fixture file, position by position', () => {
    for (const name of readdirSync(fixture('most'))) {
      const differences = compareParsers(readFileSync(fixture('most', name), 'utf8'));
      expect(differences, name).toEqual([]);
    }
  });

  it('agrees on generated inventories, and declines exactly the files with syntax errors', () => {
    const files = generateInventory({ systems: 600, files: 6, seed: 11, broken: 0.1, syntaxErrors: 2 });
    for (const file of files) {
      const differences = compareParsers(file.text);
      if (file.syntaxError) expect(differences, file.name).toBeUndefined();
      else expect(differences, file.name).toEqual([]);
    }
    expect(files.filter((f) => f.syntaxError)).toHaveLength(2);
  });

  it('agrees on 3000 seeded variations mixing ordinary and awkward YAML, or declines them', () => {
    let accepted = 0;
    for (let seed = 1; seed <= 3000; seed += 1) {
      const differences = compareParsers(yamlVariation(seed));
      if (differences === undefined) continue;
      accepted += 1;
      expect(differences, `seed ${seed}:\n${yamlVariation(seed)}`).toEqual([]);
    }
    // Enough accepted cases for the comparison to mean something.
    expect(accepted).toBeGreaterThan(400);
  });

  it.each([
    ['an anchor and alias', 'a: &x 1\nb: *x\n'],
    ['a tag', 'a: !!str 1\n'],
    ['a block scalar', 'a: |\n  text\n'],
    ['a multi-line plain scalar', 'a: one\n  two\n'],
    ['a tab', 'a:\t1\n'],
    ['a document marker', '---\na: 1\n'],
    ['a duplicate key', 'a: 1\na: 2\n'],
    ['a nested mapping on one line', 'a: b: c\n'],
    ['an unclosed flow mapping', 'a: { b: 1\n'],
    ['a double-quoted escape', 'a: "x\\ny"\n'],
    ['a root list', '- a\n'],
    ['an empty document', '# nothing\n'],
    ['a merge key', 'a:\n  <<: { b: 1 }\n'],
    ['a __proto__ key', '__proto__: 1\n'],
    ['a lone carriage return', 'a: 1\rb: 2\n'],
  ])('declines %s', (_what, text) => {
    expect(parseFastYaml(text, { maxDepth: 64 })).toBeUndefined();
  });

  it('declines nesting deeper than the limit, leaving the precise path to report it', () => {
    const deep = 'a:\n  b:\n    c:\n      d: 1\n';
    expect(parseFastYaml(deep, { maxDepth: 64 })).toBeDefined();
    expect(parseFastYaml(deep, { maxDepth: 3 })).toBeUndefined();
  });

  it('resolves plain scalars like the core schema', () => {
    expect(['~', 'null', '', 'true', 'False', '0o17', '0x1F', '+12', '012', '1e3', '.5', '1.', '2024-01-31', '1_000', 'yes', '.nan'].map(resolvePlain)).toEqual([
      null, null, null, true, false, 15, 31, 12, 12, 1000, 0.5, 1, '2024-01-31', '1_000', 'yes', NaN,
    ]);
  });

  it('keeps positions for empty values, comments and CRLF line ends', () => {
    const doc = parseFastYaml('# c\r\nsystems:\r\n  - id: a   # note\r\n    layers:\r\n    name: x\r\n', { maxDepth: 64 })!;
    expect(doc.data).toEqual({ systems: [{ id: 'a', layers: null, name: 'x' }] });
    expect(doc.locate(['systems', 0, 'layers'])).toEqual({ line: 4, column: 12 });
    expect(doc.locate(['systems', 0, 'layers'], { key: true })).toEqual({ line: 4, column: 5 });
    expect(doc.locate(['systems', 0, 'missing', 'deeper'])).toEqual({ line: 3, column: 5 });
  });
});
