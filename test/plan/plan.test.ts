// plan: every obligation overdue, due today, due before the window or in it (inclusive), against
// hand-counted due dates in fixtures/plan/quarter (as of 2025-06-30).
import { describe, expect, it } from 'vitest';
import { fixture, runCli } from '../helpers.js';

interface PlanJson {
  asOf: string;
  window: { from: string; to: string };
  items: { due: string | null; daysLeft: number | null; overdue: boolean; status: string; system: string; kind: string; subject?: string; owner: string; level: number | null; basis: string; rule: string; uid: string; title: string; detail: string }[];
  summary: { items: number; overdue: number; undated: number; dueToday: number; beforeWindow: number; inWindow: number; byKind: Record<string, number> };
}

const INVENTORY = fixture('plan', 'quarter');

async function planJson(...argv: string[]): Promise<PlanJson> {
  const { code, stdout, stderr } = await runCli(['plan', INVENTORY, '--as-of', '2025-06-30', '--format', 'json', ...argv]);
  expect(stderr).toBe('');
  expect(code).toBe(0);
  return JSON.parse(stdout) as PlanJson;
}

const rows = (json: PlanJson): string[] =>
  json.items.map((i) => `${i.due ?? '—'} ${i.daysLeft ?? '—'} ${i.status} ${i.system} ${i.kind}${i.subject ? ` ${i.subject}` : ''}`);

/** Hand-counted: the overdue items (undated first), the one due on D, then Q3 2025 from its first day to its last. */
const Q3 = [
  '— — overdue p-layer layer independent_audit', // no independent audit at all: an open finding with no date
  '2019-05-01 -2252 overdue p-unapproved-old approval', // in use since 2019-05-01: approval due by go-live
  '2019-05-01 -2252 overdue p-unapproved-old plan', // a deployed plan too
  '2019-05-01 -2252 overdue p-unapproved-old golive', // and the security conclusion
  '2023-06-15 -746 overdue p-waiver plan', // due on the approval date (the finding is waived; the obligation stays)
  '2025-01-31 -150 overdue p-plan-late plan', // approved 2025-01-31 with the plan only drafted
  '2025-02-28 -122 overdue p-audit-overdue audit', // 2023-02-28 + 24 months
  '2025-02-28 -122 overdue p-drill-leap drill', // 2024-02-29 + 12 months, month-end clamped
  '2025-06-30 0 due-today p-audit-today audit', // due on D: listed whatever the window, not overdue
  '2025-07-01 1 in-window p-audit-first audit', // first day of Q3
  '2025-07-01 1 in-window p-waiver waiver layers/missing#ncsc',
  '2025-08-15 46 in-window p-unapproved-new approval', // go-live on 2025-08-15: approval, plan and
  '2025-08-15 46 in-window p-unapproved-new plan', //   conclusion all due that day
  '2025-08-15 46 in-window p-unapproved-new golive',
  '2025-08-31 62 in-window p-drill-q3 drill',
  '2025-09-30 92 in-window p-audit-last audit', // 2025-03-31 + 6 months, month-end clamped; last day of Q3
  '2025-09-30 92 in-window p-layer layer monitoring', // `until` of the monitoring contract
];
const pick = (...indexes: number[]): string[] => indexes.map((i) => Q3[i]!);

describe('plan items and due dates', () => {
  it('lists every obligation overdue, due today, or due in 2025-Q3 (both ends included), sorted by date', async () => {
    const json = await planJson('--quarter', '2025-Q3');
    expect(json.window).toEqual({ from: '2025-07-01', to: '2025-09-30' });
    expect(rows(json)).toEqual(Q3);
    expect(json.summary).toEqual({
      items: 17,
      overdue: 8,
      undated: 1,
      dueToday: 1,
      beforeWindow: 0,
      inWindow: 8,
      invalid: 0,
      byKind: { approval: 2, plan: 4, golive: 2, audit: 4, drill: 2, layer: 2, waiver: 1, transition: 0, incident: 0, dossier: 0, report: 0, other: 0 },
    });
    expect(json.items.filter((i) => i.overdue).map((i) => i.system)).toEqual(['p-layer', 'p-unapproved-old', 'p-unapproved-old', 'p-unapproved-old', 'p-waiver', 'p-plan-late', 'p-audit-overdue', 'p-drill-leap']);
  });

  it('carries owner, level, rule and legal basis on every item', async () => {
    const json = await planJson('--quarter', '2025-Q3');
    const last = json.items.find((i) => i.system === 'p-audit-last')!;
    expect(last).toMatchObject({
      owner: 'Trung tâm CNTT', // written in NFD in the inventory
      level: 5,
      rule: 'cadence/overdue',
      basis: 'Nghị định 85/2016/NĐ-CP Điều 20.2.c; Thông tư 12/2022/TT-BTTTT Điều 11.2.a',
      title: 'Periodic security audit',
      detail: 'level 5: every 6 months; last audit 2025-03-31',
    });
    const waiver = json.items.find((i) => i.kind === 'waiver')!;
    expect(waiver).toMatchObject({ rule: 'layers/missing', basis: 'Chỉ thị 14/CT-TTg (07/6/2019); Công văn 1552/BTTTT-CATTT (28/4/2020)' });
    expect(json.items.find((i) => i.system === 'p-unapproved-new')).toMatchObject({ level: null, proposedLevel: 3 });
    expect(json.items[0]).toMatchObject({
      due: null,
      daysLeft: null,
      overdue: true,
      status: 'overdue',
      rule: 'layers/missing',
      title: 'Put a protection layer in place',
      detail: 'missing layer "independent inspection and assessment" (independent_audit)',
    });
  });

  it('--within 90d runs from the evaluation date to 90 days later, both included', async () => {
    const json = await planJson('--within', '90d');
    expect(json.window).toEqual({ from: '2025-06-30', to: '2025-09-28' });
    expect(rows(json)).toEqual(Q3.slice(0, 15));
  });

  it('--within takes days, weeks, months and years; months are calendar months', async () => {
    expect((await planJson('--within', '0d')).window).toEqual({ from: '2025-06-30', to: '2025-06-30' });
    expect((await planJson('--within', '2w')).window).toEqual({ from: '2025-06-30', to: '2025-07-14' });
    expect((await planJson('--within', '3m')).window).toEqual({ from: '2025-06-30', to: '2025-09-30' });
    expect((await planJson('--within', '1Y')).window).toEqual({ from: '2025-06-30', to: '2026-06-30' });
  });

  it('defaults to --within 90d', async () => {
    expect((await planJson()).window).toEqual({ from: '2025-06-30', to: '2025-09-28' });
  });

  it('--from/--to are inclusive at both ends; what falls due between D and --from is listed as due before the window', async () => {
    const inside = await planJson('--from', '2025-07-01', '--to', '2025-09-30');
    expect(rows(inside)).toEqual(Q3);
    const shorter = await planJson('--from', '02/07/2025', '--to', '2025-09-29');
    expect(rows(shorter)).toEqual([
      ...Q3.slice(0, 9),
      '2025-07-01 1 before-window p-audit-first audit',
      '2025-07-01 1 before-window p-waiver waiver layers/missing#ncsc',
      ...Q3.slice(11, 15),
    ]);
    expect(shorter.summary).toMatchObject({ overdue: 8, dueToday: 1, beforeWindow: 2, inWindow: 4 });
  });

  it('--quarter accepts current and next', async () => {
    expect((await planJson('--quarter', 'current')).window).toEqual({ from: '2025-04-01', to: '2025-06-30' });
    expect((await planJson('--quarter', 'next')).window).toEqual({ from: '2025-07-01', to: '2025-09-30' });
    expect((await planJson('--quarter', '2025q4')).window).toEqual({ from: '2025-10-01', to: '2025-12-31' });
    expect((await planJson('--quarter', '2026-Q1')).window).toEqual({ from: '2026-01-01', to: '2026-03-31' });
  });

  it('uses stable UIDs from system, kind and subject, never the due date', async () => {
    const now = await planJson('--quarter', '2025-Q3');
    const later = JSON.parse((await runCli(['plan', INVENTORY, '--as-of', '2025-09-30', '--format', 'json', '--within', '1y'])).stdout) as PlanJson;
    const uid = (json: PlanJson, system: string, kind: string): string | undefined => json.items.find((i) => i.system === system && i.kind === kind)?.uid;
    expect(uid(later, 'p-audit-last', 'audit')).toBe(uid(now, 'p-audit-last', 'audit'));
    expect(new Set(now.items.map((i) => i.uid)).size).toBe(now.items.length);
    expect(uid(now, 'p-audit-first', 'audit')).toMatch(/^[0-9a-f]{32}@attt-audit$/);
  });
});

describe('plan filters', () => {
  it('--owner matches the unit after NFC, whitespace collapsing and case folding', async () => {
    const json = await planJson('--quarter', '2025-Q3', '--owner', '  trung TÂM  cntt ');
    expect(rows(json)).toEqual(pick(4, 9, 10, 11, 12, 13, 15));
  });

  it('--level takes levels and none, repeated or comma-separated', async () => {
    expect(rows(await planJson('--quarter', '2025-Q3', '--level', '2'))).toEqual(pick(0, 4, 5, 6, 10, 16));
    expect(rows(await planJson('--quarter', '2025-Q3', '--level', 'none'))).toEqual(pick(1, 2, 3, 11, 12, 13));
    expect(rows(await planJson('--quarter', '2025-Q3', '--level', '4,5'))).toEqual(pick(7, 8, 15));
  });

  it('--kind selects kinds, repeated or comma-separated', async () => {
    expect(rows(await planJson('--quarter', '2025-Q3', '--kind', 'audit,drill'))).toEqual(pick(6, 7, 8, 9, 14, 15));
    expect(rows(await planJson('--quarter', '2025-Q3', '--kind', 'layer', '--kind', 'waiver'))).toEqual(pick(0, 10, 16));
  });
});

describe('plan command-line errors exit 2', () => {
  const cases: [string[], string][] = [
    [['--quarter', '2025-Q5'], '--quarter must be YYYY-Qn with n from 1 to 4 (for example 2025-Q3), or current or next; not "2025-Q5"'],
    [['--quarter', 'Q3'], '--quarter must be YYYY-Qn with n from 1 to 4 (for example 2025-Q3), or current or next; not "Q3"'],
    [['--quarter', '2025-Q0'], '--quarter must be YYYY-Qn with n from 1 to 4 (for example 2025-Q3), or current or next; not "2025-Q0"'],
    [['--within', '90'], '--within must be a duration such as 90d, 12w, 3m or 1y (days, weeks, months, years), not "90"'],
    [['--within', '-5d'], '--within must be a duration such as 90d, 12w, 3m or 1y (days, weeks, months, years), not "-5d"'],
    [['--within', '90d', '--quarter', '2025-Q3'], 'use only one of --within, --quarter, or --from with --to'],
    [['--from', '2025-07-01'], '--from and --to go together: give both'],
    [['--from', '2025-09-01', '--to', '2025-07-01'], '--from (2025-09-01) must not be after --to (2025-07-01)'],
    [['--from', '2025-02-29', '--to', '2025-07-01'], '--from must be a valid date written YYYY-MM-DD or DD/MM/YYYY, not "2025-02-29"'],
    [['--level', '6'], '--level must be 1–5 or none, not "6"'],
    [['--kind', 'audits'], 'unknown --kind "audits" (audit?); kinds: approval, plan, golive, audit, drill, layer, waiver, transition, incident, dossier, report, other'],
    [['--owner', 'Trung tam CNTT'], '--owner "Trung tam CNTT" matches no owner unit in the inventory (did you mean "Trung tâm CNTT"?)'],
    [['--remind', 'soon'], '--remind must be a number of days from 0 to 365, not "soon"'],
  ];
  it.each(cases)('%j', async (argv, message) => {
    const { code, stdout, stderr } = await runCli(['plan', INVENTORY, '--as-of', '2025-06-30', ...argv]);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toBe(`attt-audit: error: ${message}\n`);
  });

  it('says it in Vietnamese with --lang vi', async () => {
    const { code, stderr } = await runCli(['plan', INVENTORY, '--quarter', '2025-Q5', '--lang', 'vi']);
    expect(code).toBe(2);
    expect(stderr).toBe('attt-audit: lỗi: --quarter phải có dạng YYYY-Qn với n từ 1 đến 4 (ví dụ 2025-Q3), hoặc current, next; không phải "2025-Q5"\n');
  });
});
