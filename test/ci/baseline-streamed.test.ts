// `attt-audit baseline` writes its file in pieces (issue 17: at a million systems it is about as long
// as a JavaScript string can be). The pieces must add up to `JSON.stringify(file, null, 2)` and a
// newline, with the entries in the same order as the one-array implementation sorted them.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { generateInventory } from '../../bench/generate.mjs';
import { BASELINE_VERSION, baselineChunks, baselineEntries } from '../../src/baseline/baseline-file.js';
import { fingerprintFindings } from '../../src/baseline/fingerprint.js';
import { audit, type AuditResult } from '../../src/engine/audit.js';
import { loadInventories } from '../../src/loading/inventory.js';
import { defaultRulesDir, loadRules } from '../../src/loading/rules.js';
import { ROOT } from '../helpers.js';

const TOOL = { name: 'attt-audit', version: '1.2.3' };
let generated: AuditResult;

beforeAll(async () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'attt-baseline-streamed-'));
  mkdirSync(path.join(dir, 'inventory'));
  for (const { name, text } of generateInventory({ systems: 3000, files: 3, seed: 11, broken: 0.05, syntaxErrors: 1 })) {
    writeFileSync(path.join(dir, 'inventory', name), text);
  }
  const pack = await loadRules([defaultRulesDir()], ROOT);
  generated = audit(await loadInventories(['inventory'], { cwd: dir }), pack.rules, '2024-12-26');
}, 120_000);

/** The implementation before issue 17: every entry, sorted by a key made at each comparison, stringified at once. */
function before(result: AuditResult): string {
  const prints = fingerprintFindings(result.findings);
  const entries = result.findings.flatMap((f, i) =>
    f.suppressed
      ? []
      : [{ fingerprint: prints[i]!, rule: f.rule, system: f.system, ...(f.layer ? { layer: f.layer } : {}), ...(f.waivedRule ? { waivedRule: f.waivedRule } : {}), ...(f.system === null ? { file: f.file } : {}) }],
  );
  const key = (e: (typeof entries)[number]): string => JSON.stringify([e.rule, e.system ?? '', e.layer ?? '', e.waivedRule ?? '', e.file ?? '', e.fingerprint]);
  entries.sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
  return `${JSON.stringify({ version: BASELINE_VERSION, tool: TOOL, asOf: result.asOf, findings: entries }, null, 2)}\n`;
}

describe('baseline file in pieces', () => {
  it('equals the whole-document stringify on 3,000 generated systems, in several pieces', () => {
    const pieces = [...baselineChunks(generated, TOOL)];
    expect(generated.findings.length).toBeGreaterThan(5000);
    expect(pieces.length).toBeGreaterThan(3);
    expect(pieces.join('')).toBe(before(generated));
  });

  it('equals it with one finding, and with none (an empty array, not brackets on two lines)', () => {
    const one = { ...generated, findings: generated.findings.filter((f) => !f.suppressed).slice(0, 1) };
    expect([...baselineChunks(one, TOOL)].join('')).toBe(before(one));
    const none = { ...generated, findings: [] };
    const text = [...baselineChunks(none, TOOL)].join('');
    expect(text).toBe(before(none));
    expect(text).toContain('"findings": []\n}\n');
  });

  it('sorts by rule, system, layer, waived rule, file, fingerprint', () => {
    const entries = baselineEntries(generated);
    const keys = entries.map((e) => [e.rule, e.system ?? '', e.layer ?? '', e.waivedRule ?? '', e.file ?? '', e.fingerprint].join('\u0000'));
    expect(entries.length).toBeGreaterThan(5000);
    for (let i = 1; i < keys.length; i += 1) expect(JSON.stringify(keys[i - 1]!.split('\u0000')) <= JSON.stringify(keys[i]!.split('\u0000'))).toBe(true);
  });
});
