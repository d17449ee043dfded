// Large JSON documents are written in pieces (issue 17): prettyJsonChunks must give exactly
// `JSON.stringify(document, null, 2)` and a newline, whatever the strings hold; `classify --format json`
// uses it for its systems.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { generateInventory } from '../../bench/generate.mjs';
import { prettyJsonChunks } from '../../src/formatters/common/json-chunks.js';
import { runCli } from '../helpers.js';

const whole = (doc: unknown): string => `${JSON.stringify(doc, null, 2)}\n`;
const pieces = <T>(skeleton: Record<string, unknown>, key: string, items: T[], toJson: (item: T) => unknown = (x) => x): string[] => [...prettyJsonChunks(skeleton, key, items, toJson)];

describe('prettyJsonChunks', () => {
  it('writes no items as [], and keeps the key in its place among the others', () => {
    expect(pieces({ a: 1, items: null, z: { b: [1, 2] } }, 'items', []).join('')).toBe(whole({ a: 1, items: [], z: { b: [1, 2] } }));
    expect(pieces({ a: 1, items: null }, 'items', [{ x: 1 }]).join('')).toBe(whole({ a: 1, items: [{ x: 1 }] }));
    expect(pieces({ items: null, last: 'x' }, 'items', [1, 'two', null, [3]]).join('')).toBe(whole({ items: [1, 'two', null, [3]], last: 'x' }));
  });

  it('splits a large array into several pieces that add up to the same text', () => {
    const items = Array.from({ length: 5000 }, (_, i) => ({ id: `sys-${i}`, nested: { level: i % 5, list: [i, `${i}`] } }));
    const out = pieces({ tool: 'x', systems: null, summary: { n: 5000 } }, 'systems', items);
    expect(out.length).toBeGreaterThan(3);
    expect(out.join('')).toBe(whole({ tool: 'x', systems: items, summary: { n: 5000 } }));
  });

  it('is exact for any strings, including ones that spell the key or the placeholder', () => {
    const text = fc.oneof(fc.string({ unit: 'binary' }), fc.constantFrom('\n  "items": "\u0000items\u0000"', '\u0000items\u0000', '"items"', '\ud800', '\u2028'));
    fc.assert(
      fc.property(fc.array(fc.record({ name: text, n: fc.integer() }), { maxLength: 20 }), text, (items, other) => {
        const skeleton = { before: other, items: null, after: { other } };
        expect(pieces(skeleton, 'items', items).join('')).toBe(whole({ ...skeleton, items }));
      }),
      { numRuns: 300 },
    );
  });

  it('refuses a key the skeleton does not hold at the top level', () => {
    expect(() => pieces({ a: { items: null } }, 'items', [1])).toThrow(/not a top-level key/);
  });
});

describe('classify --format json in pieces', () => {
  it('prints the canonical JSON.stringify(…, null, 2) on 3,000 generated systems', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'attt-classify-json-'));
    mkdirSync(path.join(dir, 'inventory'));
    for (const { name, text } of generateInventory({ systems: 3000, files: 2, seed: 5, broken: 0.02 })) writeFileSync(path.join(dir, 'inventory', name), text);
    const { stdout } = await runCli(['classify', 'inventory', '--as-of', '2024-12-26', '--format', 'json'], { cwd: dir });
    const parsed = JSON.parse(stdout);
    expect(parsed.systems.length).toBeGreaterThan(2900);
    expect(stdout).toBe(whole(parsed));
  }, 120_000);
});
