// protection_plan: partially_deployed (Form 08 column 10, "Đã triển khai một số hạng mục") counts as
// not fully deployed everywhere: the plan rule of both packs reports it, gap does not count it.
import { describe, expect, it } from 'vitest';
import { checkJson, runCli } from '../helpers.js';

const FIXTURE = 'fixtures/form08/partially-deployed.yaml';

describe('protection_plan: partially_deployed', () => {
  it('is a valid value and plan/not-deployed reports it (legacy and current regimes)', async () => {
    for (const asOf of ['2024-12-26', '2026-12-14']) {
      const { json } = await checkJson([FIXTURE, '--no-config', '--as-of', asOf]);
      expect(json.findings.filter((f) => f.rule.startsWith('inventory/'))).toEqual([]);
      expect(json.findings.filter((f) => f.rule === 'plan/not-deployed').map((f) => f.message)).toEqual(['protection plan not deployed (current state: partially deployed)']);
    }
  });

  it('gap does not count it as deployed', async () => {
    const run = await runCli(['gap', FIXTURE, '--no-config', '--as-of', '2024-12-26', '--format', 'json']);
    const json = JSON.parse(run.stdout) as { totals: { approved: number; planDeployed: number } };
    expect([json.totals.approved, json.totals.planDeployed]).toEqual([1, 0]);
  });
});

describe('Form 08 column (6) and the inventory', () => {
  it('the form\'s four dossier states are exactly the inventory\'s dossier.status values', async () => {
    const { DOSSIER_STATES: schema } = await import('../../src/model/inventory-schema.js');
    const { DOSSIER_STATES: form, STATUS_VALUES } = await import('../../src/form08/labels.js');
    expect([...form]).toEqual([...schema]);
    expect(Object.keys(STATUS_VALUES)).toEqual([...schema]);
  });
});
