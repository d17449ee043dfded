// The fast validator must produce exactly zod's record (keys in the same order) or give up.
import { describe, expect, it } from 'vitest';
import { generateInventory } from '../../bench/generate.mjs';
import { fastSystemRecord } from '../../src/loading/fast-system.js';
import { parseFastYaml } from '../../src/loading/fast-yaml.js';
import { systemSchema } from '../../src/model/inventory-schema.js';
import { readFileSync, readdirSync } from 'node:fs';
import { fixture } from '../helpers.js';

/** Entries as [key, value] pairs all the way down, so key order is compared too. */
function ordered(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(ordered);
  if (value !== null && typeof value === 'object') return Object.entries(value).map(([k, v]) => [k, ordered(v)]);
  return value;
}

function systemsOf(text: string): unknown[] {
  const doc = parseFastYaml(text, { maxDepth: 64 });
  return doc ? ((doc.data as { systems: unknown[] }).systems ?? []) : [];
}

describe('fast system validator', () => {
  const texts = [
    ...readdirSync(fixture('most')).map((name) => readFileSync(fixture('most', name), 'utf8')),
    ...generateInventory({ systems: 2000, files: 4, seed: 5, broken: 0.1 }).map((f) => f.text),
  ];
  const systems = texts.flatMap(systemsOf);

  it('returns what zod returns for every system it accepts, and accepts nothing zod rejects', () => {
    let accepted = 0;
    for (const raw of systems) {
      const fast = fastSystemRecord(raw);
      const zod = systemSchema.safeParse(raw);
      if (fast === undefined) continue;
      accepted += 1;
      expect(zod.success, JSON.stringify(raw)).toBe(true);
      expect(ordered(fast)).toEqual(ordered(zod.data));
    }
    expect(accepted).toBeGreaterThan(1500);
  });

  it.each([
    ['text that trimming would change', { id: ' a ', name: 'n', owner: 'o' }],
    ['a level without its approval', { id: 'a', name: 'n', owner: 'o', level: 3 }],
    ['an unknown key', { id: 'a', name: 'n', owner: 'o', owners: 'x' }],
    ['an impossible date', { id: 'a', name: 'n', owner: 'o', go_live: '2024-02-30' }],
    ['a date with spaces', { id: 'a', name: 'n', owner: 'o', go_live: ' 2024-02-03' }],
    ['an infinite attribute', { id: 'a', name: 'n', owner: 'o', attributes: { x: Infinity } }],
  ])('gives up on %s', (_what, raw) => {
    expect(fastSystemRecord(raw)).toBeUndefined();
  });
});

describe('fast system validator: dates', () => {
  it.each([
    '2024-02-29', '2023-02-29', '1900-02-29', '2000-02-29', '0000-02-29', '0099-02-29', '2024-04-31', '2024-12-31',
    '2024-13-01', '2024-00-10', '2024-01-00', '2024-1-01', '2024-01-1', '2024/01/01', '29/02/2024', '31/4/2024', '2024-0a-01', '+024-01-01',
  ])('accepts go_live %j exactly when zod does, with the same ISO date', (goLive) => {
    const raw = { id: 'a', name: 'n', owner: 'o', go_live: goLive };
    const zod = systemSchema.safeParse(raw);
    const fast = fastSystemRecord(raw);
    expect(fast !== undefined).toBe(zod.success);
    if (fast) expect(ordered(fast)).toEqual(ordered(zod.data));
  });
});
