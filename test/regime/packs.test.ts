// The two built-in packs by date: before the change `--regime auto` is the legacy pack, whose
// findings are those of the pack before regimes (fixtures/rules/pre-regime), byte for byte; every
// effective date of the timeline and of the rules is tested on the day before and the day of.
import { describe, expect, it } from 'vitest';
import { checkJson, runCli, systemYaml, tempDir } from '../helpers.js';

const MOST = ['fixtures/most', '--as-of', '2024-12-26'];
const PRE_REGIME = ['--no-default-rules', '--rules', 'fixtures/rules/pre-regime'];

/** The output without its regime lines (text) or `regime` object (JSON). */
function withoutRegime(text: string): string {
  return text
    .split('\n')
    .filter((line) => !/^(> )?(Legal regime|Chế độ pháp lý):/.test(line))
    .join('\n')
    .replace(/,\n {2}"regime": \{\n[\s\S]*?\n {2}\}/, '');
}

interface RuleJson {
  id: string;
  basis: string;
  regime: string | null;
  effective: { from?: string; until?: string };
  provisional: boolean;
}

async function rulesOn(asOf: string, ...extra: string[]): Promise<RuleJson[]> {
  const { stdout, code } = await runCli(['rules', '--format', 'json', '--as-of', asOf, ...extra]);
  expect(code).toBe(0);
  return JSON.parse(stdout) as RuleJson[];
}

const ids = (rules: RuleJson[]): string[] => [...new Set(rules.map((r) => r.id))];
const rule = (rules: RuleJson[], id: string): RuleJson => rules.find((r) => r.id === id)!;

describe('before the change, auto = legacy = the pack before regimes', () => {
  it.each(['table', 'json', 'markdown', 'junit', 'github', 'gitlab'])('%s: byte-identical to the pre-regime pack, and to --regime legacy except the regime line', async (format) => {
    const auto = await runCli(['check', ...MOST, '--format', format]);
    const legacy = await runCli(['check', ...MOST, '--format', format, '--regime', 'legacy']);
    const before = await runCli(['check', ...MOST, '--format', format, ...PRE_REGIME]);
    expect(auto.code).toBe(1);
    expect(legacy.code).toBe(1);
    // The pre-regime pack has no regime of its own: the run still resolves "legacy" for the date.
    if (format === 'junit') {
      // JUnit lists every rule as a suite: the legacy pack adds regulation/after-approval (no failure).
      expect(auto.stdout.replace(/\n {2}<testsuite name="regulation\/after-approval"[\s\S]*?<\/testsuite>/, '').replace(/tests="(\d+)"/, (_, n: string) => `tests="${Number(n) - 41}"`)).toBe(before.stdout);
    } else {
      expect(auto.stdout).toBe(before.stdout);
    }
    expect(withoutRegime(legacy.stdout)).toBe(withoutRegime(auto.stdout));
  });

  it('the only difference with --regime legacy is the line saying why', async () => {
    const auto = await runCli(['check', ...MOST]);
    const legacy = await runCli(['check', ...MOST, '--regime', 'legacy']);
    const diff = legacy.stdout.split('\n').filter((line, i) => line !== auto.stdout.split('\n')[i]);
    expect(diff).toEqual([
      'Legal regime: legacy — chosen with --regime legacy; the "legacy" regime (from 2016-07-01 to 2026-06-30) is in force on 2024-12-26: Luật An toàn thông tin mạng 86/2015/QH13, Nghị định 85/2016/NĐ-CP, Thông tư 12/2022/TT-BTTTT',
    ]);
    expect(legacy.stderr).toBe('');
  });
});

describe('every effective date: the day before and the day of', () => {
  it('2022-10-01 (Circular 12): the regulation rule of the legacy pack starts', async () => {
    expect(ids(await rulesOn('2022-09-30'))).not.toContain('regulation/after-approval');
    const on = await rulesOn('2022-10-01');
    expect(rule(on, 'regulation/after-approval')).toMatchObject({ regime: 'legacy', basis: 'Thông tư 12/2022/TT-BTTTT Điều 9.7', effective: { from: '2022-10-01' } });
  });

  it('2026-07-01 (Law 116): the current pack replaces the legacy one, provisional where Decree 85 still speaks', async () => {
    const before = await rulesOn('2026-06-30');
    expect(new Set(before.map((r) => r.regime))).toEqual(new Set(['legacy', null]));
    expect(rule(before, 'cadence/overdue').basis).toBe('Nghị định 85/2016/NĐ-CP Điều 20.2.c; Thông tư 12/2022/TT-BTTTT Điều 11.2.a');
    expect(ids(before)).not.toContain('transition/review-due');

    const on = await rulesOn('2026-07-01');
    expect(new Set(on.map((r) => r.regime))).toEqual(new Set(['current', null]));
    expect(rule(on, 'cadence/overdue')).toMatchObject({ provisional: true, effective: { from: '2026-07-01', until: '2026-08-18' } });
    expect(rule(on, 'cadence/overdue').basis).toContain('Nghị định 85/2016/NĐ-CP Điều 20.2.c (áp dụng khi không trái Luật 116 — Luật 64/2025/QH15 Điều 57.2)');
    expect(rule(on, 'layers/missing').basis).toContain('Luật An ninh mạng 116/2025/QH15 Điều 40.1.b');
    expect(ids(on)).toEqual(expect.arrayContaining(['transition/review-due', 'transition/review-overdue', 'approval/missing', 'regulation/after-approval']));
    // Decree 331's own duties wait for the decree.
    for (const id of ['transition/investment-due', 'incident/report-late', 'annual-report/missing', 'assessor/self-assessed', 'dossier/appraisal-late']) expect(ids(on)).not.toContain(id);
  });

  it('2026-08-19 (Decree 331): Decree 331 bases replace the interim ones, and its duties start', async () => {
    const interim = await rulesOn('2026-08-18');
    expect(rule(interim, 'approval/missing')).toMatchObject({ provisional: true, effective: { from: '2026-07-01', until: '2026-08-18' } });
    expect(ids(interim)).not.toContain('incident/initial-notice-late');

    const on = await rulesOn('2026-08-19');
    expect(rule(on, 'approval/missing')).toMatchObject({ provisional: false, effective: { from: '2026-08-19' } });
    expect(rule(on, 'approval/missing').basis).toContain('Nghị định 331/2026/NĐ-CP Điều 20, 31.2.a');
    expect(rule(on, 'cadence/overdue').basis).toBe('Kế hoạch CĐS & ATANTT 2025 của Bộ KH&CN, mục III.6.c; Nghị định 331/2026/NĐ-CP Điều 28.5.a (định kỳ theo cấp độ và rủi ro)');
    expect(ids(on)).toEqual(
      expect.arrayContaining([
        'transition/investment-due',
        'transition/investment-overdue',
        'incident/initial-notice-late',
        'incident/report-late',
        'annual-report/internal-late',
        'annual-report/missing',
        'assessor/self-assessed',
        'assessor/not-licensed',
        'dossier/appraisal-late',
        'dossier/approval-late',
        'regulation/missing',
      ]),
    );
  });

  it('the regime of each date, and the interim window marked provisional on both of its edges', async () => {
    const regimeOn = async (asOf: string) => (await checkJson(['fixtures/small', '--as-of', asOf])).json as unknown as { regime: { id: string; provisional: boolean } };
    expect((await regimeOn('2026-06-30')).regime).toMatchObject({ id: 'legacy', provisional: false });
    expect((await regimeOn('2026-07-01')).regime).toMatchObject({ id: 'current', provisional: true });
    expect((await regimeOn('2026-08-18')).regime).toMatchObject({ id: 'current', provisional: true });
    expect((await regimeOn('2026-08-19')).regime).toMatchObject({ id: 'current', provisional: false });
  });

  it('an operating system never leveled: a plain missing approval until 2026-06-30, no transition period from 2026-07-01', async () => {
    const cwd = tempDir({ 'a.yaml': `systems:\n${systemYaml('s', 'go_live: 2026-08-01')}\n` });
    const on = async (asOf: string) => (await checkJson(['a.yaml', '--as-of', asOf], { cwd })).json.findings.filter((f) => f.rule === 'approval/missing').map((f) => f.message);
    expect(await on('2026-06-30')).toEqual([]); // not in use yet
    const cwd2 = tempDir({ 'a.yaml': `systems:\n${systemYaml('s')}\n` });
    const on2 = async (asOf: string) => (await checkJson(['a.yaml', '--as-of', asOf], { cwd: cwd2 })).json.findings.filter((f) => f.rule === 'approval/missing').map((f) => f.message);
    expect(await on2('2026-06-30')).toEqual(['no approved security level and no proposed level']);
    expect(await on2('2026-07-01')).toEqual(['no approved security level and no proposed level; an operating system never leveled has no transition period (overdue since 2026-07-01)']);
    // Live only after the law: a new system, whose approval falls due on go-live.
    expect(await on('2026-08-01')).toEqual([]);
    expect(await on('2026-08-02')).toEqual(['no approved security level and no proposed level']);
  });
});

describe('--regime', () => {
  it('forcing a regime whose window does not hold the date warns and records it', async () => {
    const { code, json, stderr } = await checkJson(['fixtures/small', '--as-of', '2026-11-29', '--regime', 'legacy']);
    expect(code).toBe(1);
    expect(stderr).toBe(
      'attt-audit: warning: --regime legacy: the "legacy" regime applies from 2016-07-01 to 2026-06-30; the evaluation date 2026-11-29 is outside it (the regime in force: current)\n',
    );
    expect((json as unknown as { regime: unknown }).regime).toEqual({
      id: 'legacy',
      reason:
        'chosen with --regime legacy (from 2016-07-01 to 2026-06-30), outside the evaluation date 2026-11-29: its rules as they stood on 2026-06-30: Luật An toàn thông tin mạng 86/2015/QH13, Nghị định 85/2016/NĐ-CP, Thông tư 12/2022/TT-BTTTT',
      effective: { from: '2016-07-01', until: '2026-06-30' },
      provisional: false,
      forced: true,
      warning: '--regime legacy: the "legacy" regime applies from 2016-07-01 to 2026-06-30; the evaluation date 2026-11-29 is outside it (the regime in force: current)',
    });
    const table = await runCli(['check', 'fixtures/small', '--as-of', '2026-11-29', '--regime', 'legacy']);
    expect(table.stdout).toContain('Legal regime: warning: --regime legacy: the "legacy" regime applies from 2016-07-01 to 2026-06-30');
  });

  it('forcing current before the change applies the current rules as on its first day', async () => {
    const { json, stderr } = await checkJson(['fixtures/small', '--as-of', '2024-12-26', '--regime', 'current']);
    expect(stderr).toContain('--regime current: the "current" regime applies from 2026-07-01; the evaluation date 2024-12-26 is outside it (the regime in force: legacy)');
    expect((json as unknown as { regime: { id: string; provisional: boolean } }).regime).toMatchObject({ id: 'current', provisional: true, forced: true });
  });

  it('an unknown regime stops the run (exit 2)', async () => {
    const { code, stdout, stderr } = await runCli(['check', 'fixtures/small', '--regime', 'future']);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toBe('attt-audit: error: --regime must be auto, legacy, current; not "future"\n');
  });

  it('a custom rule tied to a regime applies only under it and in its window; an unknown regime stops the run', async () => {
    const rule = (extra: string) =>
      `rules:\n  - id: custom/contact\n    severity: warning\n    title: { vi: Đầu mối, en: Contact }\n    basis: Quy định nội bộ\n${extra}    check: { kind: field, path: attributes.contact, exists: true }\n`;
    const cwd = tempDir({ 'a.yaml': `systems:\n${systemYaml('s')}\n`, 'r.yaml': rule('    regime: current\n    effective: { from: 2026-09-01 }\n'), 'bad.yaml': rule('    regime: future\n') });
    const has = async (asOf: string) => (await checkJson(['a.yaml', '--as-of', asOf, '--rules', 'r.yaml'], { cwd })).json.findings.some((f) => f.rule === 'custom/contact');
    expect(await has('2026-06-30')).toBe(false);
    expect(await has('2026-08-31')).toBe(false);
    expect(await has('2026-09-01')).toBe(true);
    const bad = await runCli(['check', 'a.yaml', '--rules', 'bad.yaml'], { cwd });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toBe('attt-audit: error: bad.yaml:2:5: rule "custom/contact": unknown regime "future"; known regimes: legacy, current\n');
  });

  it('SARIF records the regime in the run properties and each rule\'s regime and window', async () => {
    const { stdout } = await runCli(['check', 'fixtures/small', '--as-of', '2026-11-29', '--format', 'sarif']);
    const run = (JSON.parse(stdout) as { runs: { properties: { regime: { id: string } }; tool: { driver: { rules: { id: string; properties: Record<string, unknown> }[] } } }[] }).runs[0]!;
    expect(run.properties.regime).toMatchObject({ id: 'current', effective: { from: '2026-07-01' }, provisional: false, forced: false });
    expect(run.tool.driver.rules.find((r) => r.id === 'transition/review-due')!.properties).toMatchObject({ regime: 'current', effective: { from: '2026-07-01' }, provisional: true });
  });

  it('rules --regime current lists the current pack with its windows; the markdown marks provisional rules', async () => {
    const current = await rulesOn('2026-11-29', '--regime', 'current');
    expect(current.every((r) => r.regime === 'current' || r.regime === null)).toBe(true);
    const md = await runCli(['rules', '--regime', 'current', '--as-of', '2026-11-29', '--format', 'markdown']);
    expect(md.stdout).toContain('| `transition/review-overdue` | error | current (provisional) | from 2026-07-01 |');
    expect(md.stdout).toContain('Legal regime: current — chosen with --regime current;');
    const table = await runCli(['rules', '--regime', 'legacy', '--as-of', '2024-12-26']);
    expect(table.stdout).toContain('legacy');
  });

  it('gap --compare across the change states both regimes', async () => {
    const { stdout } = await runCli(['gap', 'fixtures/most', '--as-of', '2026-11-29', '--compare', 'fixtures/most', '--compare-as-of', '2026-06-30']);
    expect(stdout).toContain('Legal regime: current — the "current" regime (from 2026-07-01) is in force on 2026-11-29');
    expect(stdout).toContain('Compared with 2026-06-30 — Legal regime: legacy — the "legacy" regime (from 2016-07-01 to 2026-06-30) is in force on 2026-06-30');
    const json = JSON.parse((await runCli(['gap', 'fixtures/most', '--as-of', '2026-11-29', '--compare', 'fixtures/most', '--compare-as-of', '2026-06-30', '--format', 'json'])).stdout) as {
      regime: { id: string };
      compare: { regime: { id: string }; asOf: string };
      targets: { layers: { ncsc: { basis: string } } };
    };
    expect(json.regime.id).toBe('current');
    expect(json.compare).toMatchObject({ asOf: '2026-06-30', regime: { id: 'legacy' } });
    expect(json.targets.layers.ncsc.basis).toContain('Luật An ninh mạng 116/2025/QH15 Điều 40.1.b');
  });
});
