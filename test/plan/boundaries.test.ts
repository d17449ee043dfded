// Regression tests for issue 12: `plan` (and its calendar) agrees with `check` to the day and hides
// nothing that falls due. Fixture: fixtures/plan/boundaries (and fixtures/most, fixtures/plan/quarter).
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { AFTER_FIXTURES, fixture, runCli, type RunOptions } from '../helpers.js';

const BOUNDARIES = fixture('plan', 'boundaries');

interface Item {
  due: string | null;
  daysLeft: number | null;
  overdue: boolean;
  status: string;
  system: string;
  kind: string;
  subject?: string;
  rule: string;
  detail: string;
  uid: string;
}
interface Finding {
  rule: string;
  severity: string;
  system: string | null;
  layer?: string;
  message: string;
  line: number;
  column: number;
}

async function plan(inventory: string, asOf: string, ...window: string[]): Promise<{ items: Item[]; summary: Record<string, unknown>; stderr: string }> {
  const { code, stdout, stderr } = await runCli(['plan', inventory, '--as-of', asOf, '--format', 'json', ...window], { now: AFTER_FIXTURES });
  expect(code).toBe(0);
  const json = JSON.parse(stdout) as { items: Item[]; summary: Record<string, unknown> };
  return { ...json, stderr };
}

async function check(inventory: string, asOf: string, options: RunOptions = { now: AFTER_FIXTURES }): Promise<Finding[]> {
  const { stdout } = await runCli(['check', inventory, '--as-of', asOf, '--format', 'json'], options);
  return (JSON.parse(stdout) as { findings: Finding[] }).findings;
}

const of = (items: Item[], system: string, kind?: string): Item[] => items.filter((i) => i.system === system && (kind === undefined || i.kind === kind));
const rulesFor = (findings: Finding[], system: string): string[] => findings.filter((f) => f.system === system).map((f) => f.rule);
const drills = (findings: Finding[], system: string): string[] => rulesFor(findings, system).filter((r) => r.startsWith('drill/'));

describe('whatever falls due from D up to the window is listed', () => {
  it('plan fixtures/most --as-of 2024-12-26 --quarter 2025-Q1 lists the drill due 2024-12-27 as due before the window, and the undeployed plans', async () => {
    const { items, summary } = await plan(fixture('most'), '2024-12-26', '--quarter', '2025-Q1');
    expect(of(items, 'most-hatang-dc', 'drill')).toMatchObject([{ due: '2024-12-27', daysLeft: 1, overdue: false, status: 'before-window' }]);
    // The five plans check reports on D are overdue in the plan too (due on approval or go-live).
    const plans = items.filter((i) => i.kind === 'plan');
    expect(plans.map((i) => i.system).sort()).toEqual(
      ['most-atbx-cap-phep', 'most-bao-cao', 'most-danhmuc', 'most-hnth', 'most-ketoan', 'most-nhansu', 'most-pakn', 'most-sso', 'most-tdc-truy-xuat'],
    );
    expect(plans.every((i) => i.overdue)).toBe(true);
    expect(summary).toMatchObject({ beforeWindow: 1, dueToday: 0 });
  });

  it('items due on D are "due today" whatever the window: --quarter next on a quarter\'s last day', async () => {
    let listed = 0;
    for (const asOf of ['2024-12-31', '2025-03-31', '2025-06-30']) {
      const today = (await plan(fixture('most'), asOf, '--within', '0d')).items.filter((i) => i.due === asOf);
      const next = await plan(fixture('most'), asOf, '--quarter', 'next');
      const dueToday = next.items.filter((i) => i.due === asOf);
      expect(dueToday.map((i) => i.uid)).toEqual(today.map((i) => i.uid));
      expect(dueToday.every((i) => i.status === 'due-today' && !i.overdue && i.daysLeft === 0)).toBe(true);
      listed += dueToday.length;
    }
    expect(listed).toBeGreaterThan(0);
    const quarter = await plan(fixture('plan', 'quarter'), '2025-06-30', '--quarter', 'next');
    expect(of(quarter.items, 'p-audit-today')).toMatchObject([{ due: '2025-06-30', status: 'due-today' }]);
  });
});

describe('due on X: due today on X, overdue (and reported by check) from X + 1', () => {
  it('a plan due on its approval date', async () => {
    expect(of((await plan(BOUNDARIES, '2025-03-10', '--within', '0d')).items, 'b-plan-on-approval')).toMatchObject([{ kind: 'plan', status: 'due-today', overdue: false }]);
    expect(rulesFor(await check(BOUNDARIES, '2025-03-10'), 'b-plan-on-approval')).toEqual([]);
    expect(of((await plan(BOUNDARIES, '2025-03-11', '--within', '0d')).items, 'b-plan-on-approval')).toMatchObject([{ kind: 'plan', status: 'overdue', daysLeft: -1 }]);
    expect(rulesFor(await check(BOUNDARIES, '2025-03-11'), 'b-plan-on-approval')).toEqual(['plan/not-deployed']);
  });

  it('a system going live after D: approval, deployed plan and conclusion are due on go-live day, not before', async () => {
    for (const asOf of ['2025-01-01', '2025-05-19', '2025-05-20']) {
      expect(rulesFor(await check(BOUNDARIES, asOf), 'b-golive-later')).toEqual([]);
    }
    const before = of((await plan(BOUNDARIES, '2025-05-19', '--within', '1d')).items, 'b-golive-later');
    expect(before.map((i) => [i.kind, i.due, i.status])).toEqual([
      ['approval', '2025-05-20', 'in-window'],
      ['plan', '2025-05-20', 'in-window'],
      ['golive', '2025-05-20', 'in-window'],
    ]);
    const on = of((await plan(BOUNDARIES, '2025-05-20', '--within', '0d')).items, 'b-golive-later');
    expect(on.map((i) => i.status)).toEqual(['due-today', 'due-today', 'due-today']);
    const after = of((await plan(BOUNDARIES, '2025-05-21', '--within', '0d')).items, 'b-golive-later');
    expect(after.map((i) => [i.kind, i.status])).toEqual([
      ['approval', 'overdue'],
      ['plan', 'overdue'],
      ['golive', 'overdue'],
    ]);
    expect(rulesFor(await check(BOUNDARIES, '2025-05-21'), 'b-golive-later').sort()).toEqual(['approval/missing', 'golive/unconcluded', 'plan/not-deployed']);
  });

  it('the drill duty starts 12 months after the later of the approval and Directive 18/CT-TTg (2022-10-13)', async () => {
    // Approved 2021-05-10: nothing is due before 2023-10-13 (it used to be "required since 2021").
    expect(drills(await check(BOUNDARIES, '2022-06-01'), 'b-drill-old')).toEqual([]);
    expect(drills(await check(BOUNDARIES, '2023-10-13'), 'b-drill-old')).toEqual([]);
    expect(of((await plan(BOUNDARIES, '2023-10-13', '--within', '0d')).items, 'b-drill-old', 'drill')).toMatchObject([
      { due: '2023-10-13', status: 'due-today', detail: 'level 3: at least every 12 months; first due 12 months after 2022-10-13, when the duty began' },
    ]);
    expect(drills(await check(BOUNDARIES, '2023-10-14'), 'b-drill-old')).toEqual(['drill/missing']);
    // Approved 2023-03-01, after the directive: first due 2024-03-01.
    expect(drills(await check(BOUNDARIES, '2024-03-01'), 'b-drill-new')).toEqual([]);
    expect(drills(await check(BOUNDARIES, '2024-03-02'), 'b-drill-new')).toEqual(['drill/missing']);
    expect(of((await plan(BOUNDARIES, '2024-02-01', '--within', '3m')).items, 'b-drill-new', 'drill')).toMatchObject([
      { due: '2024-03-01', detail: 'level 4: at least every 12 months; first due 12 months after approval on 2023-03-01' },
    ]);
  });

  it('leap days: an audit and a drill on 2024-02-29 are due 2025-02-28', async () => {
    expect(of((await plan(BOUNDARIES, '2025-02-28', '--within', '0d')).items, 'b-leap').map((i) => [i.kind, i.due, i.status])).toEqual([
      ['audit', '2025-02-28', 'due-today'],
      ['drill', '2025-02-28', 'due-today'],
    ]);
    expect(rulesFor(await check(BOUNDARIES, '2025-02-28'), 'b-leap')).toEqual(['cadence/due-soon']);
    expect(rulesFor(await check(BOUNDARIES, '2025-03-01'), 'b-leap').sort()).toEqual(['cadence/overdue', 'drill/missing']);
  });
});

describe('plan reads the inventory as of D, like check', () => {
  it('layer evidence that starts after D is not "covered until": the layer is missing until it starts', async () => {
    const before = of((await plan(BOUNDARIES, '2025-01-15', '--within', '1y')).items, 'b-layer-later', 'layer');
    expect(before).toMatchObject([
      { due: null, overdue: true, status: 'overdue', subject: 'monitoring', detail: 'layer "professional monitoring and protection" (monitoring) only starts on 2025-04-01' },
    ]);
    expect((await check(BOUNDARIES, '2025-01-15')).filter((f) => f.system === 'b-layer-later').map((f) => f.message)).toEqual([before[0]!.detail]);
    const after = of((await plan(BOUNDARIES, '2025-04-01', '--within', '1y')).items, 'b-layer-later', 'layer');
    expect(after).toMatchObject([{ due: '2026-03-31', overdue: false, detail: 'layer "professional monitoring and protection" (monitoring) is covered until 2026-03-31 (provider: VNPT)' }]);
  });

  it('a missing layer is "overdue (no date)", in every format', async () => {
    const { items } = await plan(BOUNDARIES, '2025-06-30');
    expect(of(items, 'b-no-monitoring')).toMatchObject([{ kind: 'layer', subject: 'monitoring', due: null, daysLeft: null, overdue: true, rule: 'layers/missing' }]);
    const table = await runCli(['plan', BOUNDARIES, '--as-of', '2025-06-30', '--kind', 'layer'], { now: AFTER_FIXTURES });
    expect(table.stdout).toMatch(/^—\s+—\s+overdue \(no date\)\s+b-no-monitoring\s/m);
    const vi = await runCli(['plan', BOUNDARIES, '--as-of', '2025-06-30', '--kind', 'layer', '--lang', 'vi'], { now: AFTER_FIXTURES });
    expect(vi.stdout).toMatch(/^—\s+—\s+quá hạn \(không rõ ngày\)\s+b-no-monitoring\s/m);
  });
});

describe('dates that cannot be right', () => {
  it('evidence dated after today\'s real date is an inventory/future-date warning at its position, whatever --as-of', async () => {
    for (const asOf of ['2024-12-26', '2060-01-01']) {
      const findings = await check(BOUNDARIES, asOf);
      expect(findings.filter((f) => f.rule === 'inventory/future-date')).toEqual([
        expect.objectContaining({
          severity: 'warning',
          system: 'b-typos',
          line: 89,
          column: 17,
          message: 'date 2052-01-01 is after today (2026-11-29): a typing mistake? This evidence is ignored until that day',
        }),
      ]);
    }
    // Today is the run's clock, not --as-of: on 2053-01-01 the 2052 audit is in the past.
    expect((await check(BOUNDARIES, '2024-12-26', { now: new Date('2053-01-01T03:00:00Z') })).filter((f) => f.rule === 'inventory/future-date')).toEqual([]);
    // The typo is not "the last audit": b-typos is audited from 2023-11-20 (due 2025-11-20).
    expect((await check(BOUNDARIES, '2025-11-21')).filter((f) => f.system === 'b-typos' && f.rule === 'cadence/overdue')).toHaveLength(1);
    const vi = await runCli(['check', BOUNDARIES, '--as-of', '2024-12-26', '--lang', 'vi', '--format', 'json'], { now: AFTER_FIXTURES });
    expect(vi.stdout).toContain('ngày 2052-01-01 ở sau ngày hôm nay (2026-11-29): có nhầm khi nhập không? Bằng chứng này bị bỏ qua cho đến ngày đó');
  });

  it('a layer whose until is before its since is an inventory/date-order error; the system is still audited', async () => {
    const findings = await check(BOUNDARIES, '2024-12-26');
    expect(findings.filter((f) => f.rule === 'inventory/date-order')).toEqual([
      expect.objectContaining({ severity: 'error', system: 'b-typos', line: 94, column: 41, message: 'layer ncsc: ends on 2024-04-30, before it starts on 2024-05-01' }),
    ]);
    expect(rulesFor(findings, 'b-typos')).toContain('layers/missing');
  });
});

describe('a window that ended before D', () => {
  it('warns that the window is in the past and suggests --as-of', async () => {
    const { code, stderr } = await runCli(['plan', BOUNDARIES, '--quarter', '2025-Q1', '--format', 'json'], { now: AFTER_FIXTURES });
    expect(code).toBe(0);
    expect(stderr).toBe(
      'attt-audit: warning: the window 2025-01-01 → 2025-03-31 ended before the evaluation date 2026-11-29: only overdue items are left; to see the plan as it stood then, add --as-of 2025-01-01\n',
    );
    const vi = await runCli(['plan', BOUNDARIES, '--quarter', '2025-Q1', '--lang', 'vi'], { now: AFTER_FIXTURES });
    expect(vi.stderr).toContain('cảnh báo: kỳ 01/01/2025 → 31/03/2025 đã kết thúc trước ngày đánh giá 29/11/2026');
    expect((await runCli(['plan', BOUNDARIES, '--quarter', '2026-Q4'], { now: AFTER_FIXTURES })).stderr).toBe('');
  });
});

describe('the calendar', () => {
  async function events(asOf: string, ...window: string[]): Promise<ICAL.Event[]> {
    const { code, stdout } = await runCli(['plan', fixture('plan', 'quarter'), '--as-of', asOf, '--format', 'ics', ...window], { now: AFTER_FIXTURES });
    expect(code).toBe(0);
    return new ICAL.Component(ICAL.parse(stdout)).getAllSubcomponents('vevent').map((c) => new ICAL.Event(c));
  }

  it('puts overdue events on D, or on the window\'s first day when D is outside the window, saying since when', async () => {
    const within = await events('2025-06-30', '--within', '90d');
    const overdue = within.filter((e) => e.summary.startsWith('[OVERDUE'));
    expect(overdue).toHaveLength(8);
    expect(overdue.every((e) => e.startDate.toString() === '2025-06-30')).toBe(true);
    expect(overdue.map((e) => e.summary)).toContain('[OVERDUE since 01/03/2025] Periodic security audit: Hệ thống thư điện tử (p-audit-overdue)');
    const quarter = await events('2025-06-30', '--quarter', 'next');
    expect(quarter.filter((e) => e.summary.startsWith('[OVERDUE')).every((e) => e.startDate.toString() === '2025-07-01')).toBe(true);
  });

  it('keeps UIDs across runs on different dates, so a re-import updates the events', async () => {
    const first = await events('2025-06-30', '--within', '90d');
    const later = await events('2025-07-15', '--within', '90d');
    const uid = (list: ICAL.Event[], text: string): string | undefined => list.find((e) => e.summary.includes(text))?.uid;
    for (const text of ['(p-audit-overdue)', 'Put a protection layer in place', '(p-drill-q3)']) {
      expect(uid(later, text), text).toBeDefined();
      expect(uid(later, text), text).toBe(uid(first, text));
    }
  });

  it('writes nothing contradictory and nothing that goes stale', async () => {
    for (const lang of ['vi', 'en']) {
      const { stdout } = await runCli(['plan', fixture('plan', 'quarter'), '--as-of', '2025-06-30', '--quarter', 'next', '--format', 'ics', '--lang', lang], { now: AFTER_FIXTURES });
      const text = stdout.replace(/\r\n /g, '');
      expect(text).not.toMatch(/Sắp đến hạn: \[QUÁ HẠN|Falls due soon: \[OVERDUE/);
      expect(text).not.toMatch(/còn \d+ ngày|\d+ days left|quá hạn \d+ ngày|\d+ days overdue/);
      expect(text).toContain(lang === 'vi' ? 'QUÁ HẠN từ 02/05/2019' : 'OVERDUE since 02/05/2019');
    }
  });
});
