import { test } from 'vitest';
import { parseFastYaml } from '../../src/loading/fast-yaml.js';
import { parseDocument } from 'yaml';
test('x', () => {
  for (const t of ["a: x\n... : 1\n", "a: x\n--- : 1\n", "a: x\n... x: 1\n", "a:\n  - x\n... y: 1\n", "a: x\n...x : 1\n", "a: x\n---x: 1\n", "a: 1\n\n...\n"]) {
    const f = parseFastYaml(t, { maxDepth: 64 });
    const d = parseDocument(t, { schema: 'core' });
    console.log(JSON.stringify(t), f ? JSON.stringify(f.data) : 'DECLINE', d.errors.map((e) => e.code), JSON.stringify(d.toJS()));
  }
});
