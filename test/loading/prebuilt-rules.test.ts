// The default pack embedded at build time must be exactly what loading rules/ gives, and must not
// be used once rules/ has changed.
import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { compilePack, defaultRulesDir, prebuiltDefaultRules } from '../../src/loading/default-pack.js';
import { expandPaths } from '../../src/loading/files.js';
import { loadRules } from '../../src/loading/rules.js';
import { ROOT } from '../helpers.js';

async function compiled() {
  const dir = defaultRulesDir();
  const texts = new Map<string, string>();
  for (const file of await expandPaths([dir], dir)) texts.set(file, await readFile(file, 'utf8'));
  return compilePack(dir, await loadRules([dir], dir), texts);
}

describe('prebuilt default rule pack', () => {
  it('gives the same rules and files as loading rules/', async () => {
    const pack = JSON.parse(JSON.stringify(await compiled()));
    const prebuilt = await prebuiltDefaultRules(ROOT, pack);
    expect(prebuilt).toEqual(await loadRules([defaultRulesDir()], ROOT));
    expect(prebuilt!.rules.map((r) => r.id)).toContain('cadence/overdue');
  });

  it('is not used when a rule file differs from the one it was built from', async () => {
    const pack = await compiled();
    pack.files[0]!.text += '\n# edited';
    expect(await prebuiltDefaultRules(ROOT, pack)).toBeUndefined();
    expect(await prebuiltDefaultRules(ROOT, undefined)).toBeUndefined();
  });
});
