// The report model on the 41-system fixture as of 2024-12-26: the numbers both formats show.
// Audit due dates are hand-derived from the fixture: the latest audit (else the approval date)
// plus 12 months for levels 3–4, 24 months for level 2.
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadInventories } from '../../src/loading/inventory.js';
import { defaultRulesDir, loadRules } from '../../src/loading/rules.js';
import { buildReport, type ReportModel } from '../../src/report/model.js';
import { packForRegime, resolveRegime } from '../../src/regime/index.js';
import { ROOT } from '../helpers.js';

let model: ReportModel;

async function reportOn(fixture: string, asOf: string, now = new Date('2024-12-26T03:00:00Z'), timeZone = 'Asia/Ho_Chi_Minh'): Promise<ReportModel> {
  const regime = resolveRegime(asOf);
  const pack = packForRegime(await loadRules([defaultRulesDir()], ROOT), regime, asOf);
  const inventory = await loadInventories([path.join('fixtures', fixture)], { cwd: ROOT });
  return buildReport({ inventory, pack, asOf, timeZone, now, tool: { name: 'attt-audit', version: '9.9.9' } });
}

beforeAll(async () => {
  model = await reportOn('most', '2024-12-26');
});

describe('report model', () => {
  it('carries the header: organisation, date, zone, local time of the run, files', () => {
    expect(model.organization).toBe('Bộ Khoa học và Công nghệ');
    expect(model.asOf).toBe('2024-12-26');
    expect(model.generated).toEqual({ at: new Date('2024-12-26T03:00:00Z'), date: '2024-12-26', time: '10:00' });
    expect(model.files).toEqual([
      'fixtures/most/cac-cuc.yaml',
      'fixtures/most/cac-vien-va-don-vi.yaml',
      'fixtures/most/trung-tam-cntt.yaml',
      'fixtures/most/van-phong-va-cac-vu.yaml',
    ]);
    expect(model.ruleFiles).toContain('rules/legacy/cadence.yaml');
    expect(model.result.regime).toBeUndefined(); // set by the command (test/regime), not by the model
  });

  it('takes the local time of the run in the report time zone, not UTC', async () => {
    const late = await reportOn('most', '2024-12-27', new Date('2024-12-26T18:30:00Z'));
    expect(late.generated).toMatchObject({ date: '2024-12-27', time: '01:30' });
  });

  it('counts operating systems by approved level', () => {
    expect(model.levels).toEqual([
      { level: 1, count: 0 },
      { level: 2, count: 5 },
      { level: 3, count: 7 },
      { level: 4, count: 1 },
      { level: 5, count: 0 },
      { level: null, count: 28 },
    ]);
  });

  it('buckets periodic audits: 3 overdue, then by month over the next 12 months', () => {
    // Overdue: most-ketoan 2024-06-30, most-cttdt 2024-12-05, most-lgsp 2024-12-20.
    // Due: shtt-ipas 2025-01-16, hatang-dc 2025-02-28, tdc-truy-xuat 2025-04-10, hnth 2025-04-12,
    // dvc 2025-05-14, nhansu 2025-05-17, email 2025-06-12, csdl-khcn 2025-07-09, qlvb 2025-11-18.
    expect(model.auditsDue.overdue).toBe(3);
    expect(model.auditsDue.months).toEqual([
      { month: '2024-12', count: 0 },
      { month: '2025-01', count: 1 },
      { month: '2025-02', count: 1 },
      { month: '2025-03', count: 0 },
      { month: '2025-04', count: 2 },
      { month: '2025-05', count: 2 },
      { month: '2025-06', count: 1 },
      { month: '2025-07', count: 1 },
      { month: '2025-08', count: 0 },
      { month: '2025-09', count: 0 },
      { month: '2025-10', count: 0 },
      { month: '2025-11', count: 1 },
    ]);
  });

  it('plans the next quarter: from the evaluation date to the end of the next quarter, plus everything overdue', async () => {
    expect(model.plan.quarter).toEqual({ year: 2025, quarter: 1 });
    expect(model.plan.window).toEqual({ from: '2024-12-26', to: '2025-03-31' });
    expect(model.plan.overdue.every((i) => (i.due === null || i.due < '2024-12-26') && i.overdue)).toBe(true);
    // Every open error finding is in the plan (those with no date as overdue items with no date).
    const open = model.result.findings.filter((f) => f.severity === 'error' && !f.suppressed && f.system !== null && !f.rule.startsWith('inventory/'));
    expect(open.filter((f) => !model.plan.overdue.some((i) => i.system === f.system && i.rule === f.rule))).toEqual([]);
    expect(model.plan.overdue.filter((i) => i.due === null).length).toBeGreaterThan(100);
    // The five undeployed plans were due on their approval (or go-live) dates: overdue, as check says.
    expect(model.plan.upcoming.map((i) => [i.due, i.system, i.kind])).toEqual([
      ['2024-12-27', 'most-hatang-dc', 'drill'],
      ['2025-01-16', 'most-shtt-ipas', 'audit'],
      ['2025-02-28', 'most-hatang-dc', 'audit'],
    ]);
    expect(model.plan.overdue.filter((i) => i.kind === 'plan').map((i) => i.system).sort()).toEqual([
      'most-atbx-cap-phep', 'most-bao-cao', 'most-danhmuc', 'most-hnth', 'most-ketoan', 'most-nhansu', 'most-pakn', 'most-sso', 'most-tdc-truy-xuat',
    ]);
    expect(model.plan.overdue.filter((i) => i.kind === 'audit').map((i) => i.system)).toEqual(['most-ketoan', 'most-cttdt', 'most-lgsp']);
    // In the last quarter of a year, the next one is Q1 of the following year; mid-quarter too.
    const q3 = await reportOn('most', '2025-08-15');
    expect(q3.plan.quarter).toEqual({ year: 2025, quarter: 4 });
    expect(q3.plan.window).toEqual({ from: '2025-08-15', to: '2025-12-31' });
  });

  it('describes each system for the systems sheet', () => {
    expect(model.systems).toHaveLength(41);
    expect(model.systems.find((s) => s.id === 'most-qlvb')).toMatchObject({
      owner: 'Trung tâm Công nghệ thông tin',
      level: 3,
      lastAudit: '2024-11-18',
      auditDue: '2025-11-18',
      lastDrill: '2024-10-15',
      drillDue: '2025-10-15',
      overdue: false,
      errors: 0,
      warnings: 0,
    });
    expect(model.systems.find((s) => s.id === 'most-cttdt')).toMatchObject({ auditDue: '2024-12-05', overdue: true });
    expect(model.ownerOf['most-cttdt']).toBe('Trung tâm Công nghệ thông tin');
  });
});
