// The IT Center under the Law on Cybersecurity on 2026-11-29 (fixtures/most-2026: fixtures/most
// carried forward, with systems under investment, unleveled ones, a regulation issued after
// approval, an audit by the operator itself, late incident reports, dossiers in appraisal).
// Every due date below is computed by hand from the fixture and current-law.md:
// - T1: 12 months from 2026-07-01, day one counted → 2027-06-30 (Law 116 Art 45.1);
// - T2: 6 months from 2026-07-01 → 2026-12-31 (Decree 331 Art 39.1);
// - annual report: units "before 20/12" → 19/12/2026 (a Saturday: safe day Friday 18/12);
//   owner "before 25/12" → 24/12/2026 (Decree 331 Art 35);
// - appraisal in working days, day of receipt = day 0 (Decree 331 Art 23.3):
//   level 3, received Mon 02/11/2026, 15 working days → Mon 23/11/2026;
//   level 4, received Fri 27/11/2026, 25 working days → 30/11, 1–4/12, 7–11/12, 14–18/12, 21–25/12,
//   28–31/12 make 24, 01/01/2027 is a holiday, so day 25 is Mon 04/01/2027;
// - incidents (Decree 331 Art 31.2.d, Viet Nam time): detected 05/10 08:00, serious → notice by
//   06/10 08:00, sent 06/10 09:30 (late); detected 20/11 14:00 → report by 23/11 14:00, sent 24/11
//   15:00 (late); detected 28/11 22:30 → report by 01/12 22:30 (not yet due).
import { describe, expect, it } from 'vitest';
import { addWorkingDays, lastWorkingDayOnOrBefore } from '../../src/util/working-days.js';
import { checkJson, runCli, tempDir, ROOT } from '../helpers.js';

const CONFIG = ['--config', 'fixtures/config/most-2026.config.yaml'];
const D = ['--as-of', '2026-11-29'];
const CURRENT_RULES = /^(transition|regulation|assessor|incident|annual-report|dossier|approval)\//;

interface PlanJson {
  regime: { id: string };
  items: { due: string | null; system: string; kind: string; rule: string; subject?: string; organization?: boolean; overdue: boolean }[];
}

async function plan(...args: string[]): Promise<PlanJson> {
  const { stdout, code } = await runCli(['plan', ...CONFIG, ...D, '--within', '1y', '--format', 'json', ...args]);
  expect(code).toBe(0);
  return JSON.parse(stdout) as PlanJson;
}

describe('the IT Center on 2026-11-29 (--regime auto)', () => {
  it('reports the current-regime duties with their due dates', async () => {
    const { code, json } = await checkJson([...CONFIG, ...D]);
    expect(code).toBe(1);
    expect((json as unknown as { regime: { id: string; provisional: boolean } }).regime).toMatchObject({ id: 'current', provisional: false, forced: false });
    const itCenter = json.findings
      .filter((f) => f.file === 'fixtures/most-2026/trung-tam-cntt.yaml' && CURRENT_RULES.test(f.rule))
      .map((f) => `${f.rule} ${f.system} ${f.due ?? '-'}`);
    expect(itCenter).toEqual([
      'assessor/self-assessed most-qlvb -',
      'regulation/missing most-cttdt -',
      'transition/review-due most-cttdt 2027-06-30',
      'incident/initial-notice-late most-dvc 2026-10-06',
      'incident/report-late most-dvc 2026-11-23',
      'regulation/missing most-dvc -',
      'transition/review-due most-dvc 2027-06-30',
      'regulation/missing most-lgsp -',
      'transition/review-due most-lgsp 2027-06-30',
      'regulation/missing most-email -',
      'transition/review-due most-email 2027-06-30',
      'regulation/missing most-hnth -',
      'transition/review-due most-hnth 2027-06-30',
      'regulation/after-approval most-hatang-dc -',
      'transition/review-due most-hatang-dc 2027-06-30',
      'approval/missing most-sso -',
      'approval/missing most-danhmuc -',
      'transition/investment-due most-kho-dl 2026-12-31',
      'dossier/appraisal-late most-kho-dl 2026-11-23',
      'transition/investment-due most-tro-ly-ao 2026-12-31',
    ]);
    const message = (rule: string, system: string): string => json.findings.find((f) => f.rule === rule && f.system === system)!.message;
    expect(message('regulation/after-approval', 'most-hatang-dc')).toBe(
      'cybersecurity regulation (Quyết định số 77/QĐ-TTCNTT) issued on 2023-10-02, after the level was approved on 2023-09-05',
    );
    expect(message('incident/initial-notice-late', 'most-dvc')).toBe(
      'incident detected 2026-10-05 08:00: initial notice of a serious incident sent at 2026-10-06 09:30, later than 24 h (2026-10-06 08:00)',
    );
    expect(message('incident/report-late', 'most-dvc')).toBe(
      'incident detected 2026-11-20 14:00: report on cause, impact and remedy sent at 2026-11-24 15:00, later than 72 h (2026-11-23 14:00)',
    );
    expect(message('assessor/self-assessed', 'most-qlvb')).toMatch(/^the latest periodic assessment \(2026-09-15, Trung tâm Công nghệ thông tin\) was done by the operator itself/);
    // The operator's own audit of 2026-09-15 does not reset the cadence: the last counted one is 2024-11-18.
    expect(message('cadence/overdue', 'most-qlvb')).toBe('periodic audit overdue since 2025-11-19 (level 3: every 12 months; last audit 2024-11-18)');
    // Under investment since 2026-09-01 (after the law): no transition deadline.
    expect(json.findings.filter((f) => f.system === 'most-iot')).toEqual([]);
    // most-qlvb recorded its review against Law 116 (2026-10-15) and its regulation before approval.
    expect(json.findings.filter((f) => f.system === 'most-qlvb' && /^(transition|regulation)\//.test(f.rule))).toEqual([]);
  });

  it('plans the transition, approval, dossier, incident and annual-report deadlines', async () => {
    const { items, regime } = await plan('--kind', 'transition,approval,incident,dossier,report', '--owner', 'Trung tâm Công nghệ thông tin');
    expect(regime.id).toBe('current');
    expect(items.filter((i) => i.due !== null).map((i) => `${i.due} ${i.kind} ${i.system}${i.subject ? ` ${i.subject}` : ''}`)).toEqual([
      '2024-06-03 approval most-sso',
      '2024-10-01 approval most-danhmuc',
      '2026-11-23 dossier most-kho-dl appraisal',
      '2026-12-01 incident most-dvc 2026-11-28T22:30:00+07:00#report',
      '2026-12-14 report Bộ Khoa học và Công nghệ 2026#cutoff',
      '2026-12-19 report Bộ Khoa học và Công nghệ 2026#internal',
      '2026-12-24 report Bộ Khoa học và Công nghệ 2026#final',
      '2026-12-31 approval most-kho-dl',
      '2026-12-31 approval most-tro-ly-ao',
      '2027-01-04 dossier most-tro-ly-ao appraisal',
      '2027-06-30 transition most-cttdt',
      '2027-06-30 transition most-dvc',
      '2027-06-30 transition most-email',
      '2027-06-30 transition most-hatang-dc',
      '2027-06-30 transition most-hnth',
      '2027-06-30 transition most-lgsp',
    ]);
    // The end of the data period (14/12, issue 14) comes with the units' step.
    expect(items.filter((i) => i.organization).map((i) => i.rule)).toEqual(['annual-report/internal-late', 'annual-report/internal-late', 'annual-report/missing']);
    // The operator's own audit of 2026-09-15 does not count in the plan either: due 2024-11-18 + 12 months.
    const audits = (await plan('--kind', 'audit')).items.filter((i) => i.system === 'most-qlvb');
    expect(audits.map((i) => `${i.due} ${i.overdue}`)).toEqual(['2025-11-18 true']);
  });

  it('the calendar carries the organisation-level annual-report deadlines', async () => {
    const { stdout } = await runCli(['plan', ...CONFIG, ...D, '--within', '1y', '--kind', 'report', '--format', 'ics']);
    const events = stdout.replace(/\r\n /g, '').split('BEGIN:VEVENT').slice(1);
    expect(events.map((e) => /DTSTART;VALUE=DATE:(\d+)/.exec(e)![1])).toEqual(['20261214', '20261219', '20261224']);
    expect(stdout).toContain('X-WR-CALDESC:Legal regime: current');
  });

  it('a missing annual report after 24/12 is an error; a recorded one is not', async () => {
    const late = await checkJson([...CONFIG, '--as-of', '2026-12-25']);
    expect(late.json.findings.filter((f) => f.rule.startsWith('annual-report/')).map((f) => `${f.rule} ${f.severity} ${f.file}:${f.line} ${f.message}`)).toEqual([
      'annual-report/internal-late warning fixtures/config/most-2026.config.yaml:4 the units\' annual reports 2026 to the owner not recorded (due 2026-12-19); the annual report is not submitted',
      'annual-report/missing error fixtures/config/most-2026.config.yaml:4 annual report 2026 (data 2025-12-15 to 2026-12-14) not submitted; due 2026-12-24',
    ]);
    // On the deadline itself nothing is late yet.
    const onTime = await checkJson([...CONFIG, '--as-of', '2026-12-24']);
    expect(onTime.json.findings.filter((f) => f.rule === 'annual-report/missing')).toEqual([]);

    const config = (reports: string): string => `inventory: [${ROOT}/fixtures/most-2026/]\nannual_reports:\n${reports}`;
    const submitted = tempDir({ 'attt-audit.config.yaml': config('  - { year: 2026, internal: 2026-12-18, submitted: 2026-12-24, reference: Báo cáo số 1/BC }\n') });
    const ok = await checkJson(['--as-of', '2027-01-05'], { cwd: submitted });
    expect(ok.json.findings.filter((f) => f.rule.startsWith('annual-report/'))).toEqual([]);
    const afterDeadline = tempDir({ 'attt-audit.config.yaml': config('  - { year: 2026, submitted: 2026-12-28 }\n') });
    const lateOne = await checkJson(['--as-of', '2027-01-05'], { cwd: afterDeadline });
    expect(lateOne.json.findings.filter((f) => f.rule.startsWith('annual-report/')).map((f) => `${f.rule} ${f.line}:${f.column} ${f.message}`)).toEqual([
      'annual-report/missing 3:5 annual report 2026 submitted on 2026-12-28, after the deadline 2026-12-24',
    ]);
  });

  it('T1 turns from a warning into an error the day after 2027-06-30; T2 the day after 2026-12-31', async () => {
    const on = async (asOf: string) =>
      (await checkJson([...CONFIG, '--as-of', asOf])).json.findings
        .filter((f) => f.system === 'most-cttdt' || f.system === 'most-kho-dl')
        .filter((f) => f.rule.startsWith('transition/'))
        .map((f) => `${f.rule} ${f.severity} ${f.system}`);
    expect(await on('2026-12-31')).toEqual(['transition/review-due warning most-cttdt', 'transition/investment-due warning most-kho-dl']);
    expect(await on('2027-01-01')).toEqual(['transition/review-due warning most-cttdt', 'transition/investment-overdue error most-kho-dl']);
    expect(await on('2027-06-30')).toEqual(['transition/review-due warning most-cttdt', 'transition/investment-overdue error most-kho-dl']);
    expect(await on('2027-07-01')).toEqual(['transition/review-overdue error most-cttdt', 'transition/investment-overdue error most-kho-dl']);
  });
});

describe('layer 4 and the report under the current regime', () => {
  it('layer 4 is the connection to the MPS national monitoring: label, message and basis change with the regime (the key stays ncsc)', async () => {
    const ncsc = async (asOf: string) => (await checkJson(['fixtures/most', '--as-of', asOf])).json.findings.find((f) => f.rule === 'layers/missing' && f.layer === 'ncsc' && f.system === 'most-shtt-iplib')!.message;
    expect(await ncsc('2026-06-30')).toBe('missing layer "connection to the national monitoring system (NCSC)" (ncsc)');
    expect(await ncsc('2026-07-01')).toBe('missing layer "connected to the MPS national cybersecurity monitoring" (ncsc)');
    const rules = JSON.parse((await runCli(['rules', '--format', 'json', '--as-of', '2026-07-01'])).stdout) as { id: string; basis: string }[];
    expect(rules.find((r) => r.id === 'layers/missing')!.basis).toBe(
      'Chỉ thị 14/CT-TTg (07/6/2019); Luật An ninh mạng 116/2025/QH15 Điều 40.1.b (lớp 4); Nghị định 331/2026/NĐ-CP Điều 33.5 (lớp 4, từ 19/08/2026)',
    );
    const gap = await runCli(['gap', 'fixtures/most', '--as-of', '2026-11-29', '--lang', 'vi']);
    expect(gap.stdout).toContain('Lớp 4 · kết nối giám sát an ninh mạng quốc gia (Bộ Công an)');
  });

  it('the HTML report says which regime it applied, in its header', async () => {
    const { stdout, code } = await runCli(['report', ...CONFIG, ...D, '-o', '-', '--lang', 'vi']);
    expect(code).toBe(0);
    expect(stdout).toContain('<dt>Chế độ pháp lý</dt><dd><strong>current</strong> — áp dụng từ 01/07/2026, có hiệu lực vào ngày 29/11/2026');
  });
});

describe('working days and Viet Nam public holidays (rules/holidays.yaml)', () => {
  const holidays = new Set(['2026-09-02', '2027-01-01']);

  it('counts Monday to Friday from the day after receipt, skipping holidays', () => {
    expect(addWorkingDays('2026-11-02', 15, holidays)).toBe('2026-11-23');
    expect(addWorkingDays('2026-11-27', 25, holidays)).toBe('2027-01-04');
    expect(addWorkingDays('2026-11-27', 25, new Set())).toBe('2027-01-01');
    // Received on a Saturday: day 1 is the Monday.
    expect(addWorkingDays('2026-11-28', 1, holidays)).toBe('2026-11-30');
    expect(addWorkingDays('2026-08-31', 7, holidays)).toBe('2026-09-10');
  });

  it('the safe day for a deadline on a weekend or holiday is the last working day before it', () => {
    expect(lastWorkingDayOnOrBefore('2026-12-19', holidays)).toBe('2026-12-18');
    expect(lastWorkingDayOnOrBefore('2027-12-19', holidays)).toBe('2027-12-17');
    expect(lastWorkingDayOnOrBefore('2026-12-24', holidays)).toBe('2026-12-24');
    expect(lastWorkingDayOnOrBefore('2027-01-03', holidays)).toBe('2026-12-31');
  });
});
