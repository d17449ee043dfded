// `check` end to end: the fixture's counts, exit codes, languages, colour and exact output.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkJson, fixture, ROOT, runCli, tempDir, systemYaml } from '../helpers.js';

interface Expected {
  systems: number;
  approved: number;
  planDeployed: number;
  findings: Record<string, (string | { system: string; due?: string; layer?: string })[]>;
  suppressed: { rule: string; system: string; layer?: string }[];
}

const expected = JSON.parse(readFileSync(`${ROOT}/test/expected/most-2024-12-26.json`, 'utf8')) as Expected;
const key = (x: string | { system: string; due?: string; layer?: string }): string =>
  typeof x === 'string' ? x : [x.system, x.layer, x.due].filter(Boolean).join(' ');

describe('the ministry fixture (fixtures/most) as of 2024-12-26', () => {
  it('reproduces the 2025 plan: 41 systems, 13 approved, and the hand-counted findings', async () => {
    const { json, code } = await checkJson([fixture('most'), '--as-of', '2024-12-26']);
    expect(code).toBe(1);
    expect(json.summary).toMatchObject({ systems: expected.systems, checked: 41, operating: 41, approved: expected.approved, invalid: 0 });
    for (const [rule, list] of Object.entries(expected.findings)) {
      const bySystemOnly = typeof list[0] === 'string';
      const got = json.findings
        .filter((f) => f.rule === rule)
        .map((f) => (bySystemOnly ? String(f.system) : [f.system, f.layer, f.due].filter(Boolean).join(' ')));
      expect(got.sort(), rule).toEqual(list.map(key).sort());
    }
    const suppressed = json.findings.filter((f) => f.suppressed).map((f) => [f.rule, f.system, f.layer].filter(Boolean).join(' '));
    expect(suppressed.sort()).toEqual(expected.suppressed.map((s) => [s.rule, s.system, s.layer].filter(Boolean).join(' ')).sort());
    expect(json.findings.every((f) => f.file.startsWith('fixtures/most/') && f.line > 0 && f.column > 0)).toBe(true);
  });

  it('ends the table with the "13/41 approved" summary line', async () => {
    const { stdout } = await runCli(['check', 'fixtures/most', '--as-of', '2024-12-26', '--lang', 'en']);
    expect(stdout.trimEnd().split('\n').at(-1)).toBe(
      '41 systems, 41 checked, 0 invalid · 142 errors, 8 warnings, 2 suppressed · 13/41 approved · as of 2024-12-26',
    );
  });
});

describe('output formats', () => {
  it('table output, English', async () => {
    const { stdout, code } = await runCli(['check', 'fixtures/small', '--as-of', '2024-12-26', '--lang', 'en']);
    expect(code).toBe(1);
    expect(stdout).toMatchSnapshot();
  });

  it('table output, Vietnamese', async () => {
    const { stdout } = await runCli(['check', 'fixtures/small', '--as-of', '2024-12-26', '--lang', 'vi']);
    expect(stdout).toMatchSnapshot();
  });

  it('json output', async () => {
    const { stdout } = await runCli(['check', 'fixtures/small', '--as-of', '2024-12-26', '--format', 'json']);
    expect(JSON.parse(stdout).tool.name).toBe('attt-audit');
    expect(stdout.replace(/"version": "[^"]+"/, '"version": "X.Y.Z"')).toMatchSnapshot();
  });

  it('the order of files and rules does not change the findings', async () => {
    const a = await runCli(['check', 'fixtures/most/cac-cuc.yaml', 'fixtures/most/trung-tam-cntt.yaml', '--as-of', '2024-12-26', '-f', 'json']);
    const b = await runCli(['check', 'fixtures/most/trung-tam-cntt.yaml', 'fixtures/most/cac-cuc.yaml', '--as-of', '2024-12-26', '-f', 'json']);
    expect(a.stdout).toBe(b.stdout);
  });
});

describe('languages', () => {
  it('defaults to Vietnamese when the locale is Vietnamese, English otherwise', async () => {
    const vi = await runCli(['check', 'fixtures/small', '--as-of', '2024-12-26'], { env: { LANG: 'vi_VN.UTF-8' } });
    expect(vi.stdout).toContain('phê duyệt cấp độ 2/3');
    const en = await runCli(['check', 'fixtures/small', '--as-of', '2024-12-26'], { env: { LANG: 'C.UTF-8' } });
    expect(en.stdout).toContain('2/3 approved');
    const lcAll = await runCli(['check', 'fixtures/small', '--as-of', '2024-12-26'], { env: { LANG: 'en_US.UTF-8', LC_ALL: 'vi_VN.UTF-8' } });
    expect(lcAll.stdout).toContain('phê duyệt cấp độ 2/3');
  });

  it('json keeps English ids and field names, messages follow --lang', async () => {
    const { json } = await checkJson(['fixtures/small', '--as-of', '2024-12-26', '--lang', 'vi']);
    const overdue = json.findings.find((f) => f.rule === 'cadence/overdue');
    expect(overdue).toEqual({
      rule: 'cadence/overdue',
      severity: 'error',
      system: 'cttdt',
      message: 'quá hạn kiểm tra, đánh giá định kỳ từ 2024-12-06 (cấp độ 3: 12 tháng/lần; lần kiểm tra gần nhất 2023-12-05)',
      file: 'fixtures/small/inventory.yaml',
      line: 30,
      column: 17,
      due: '2024-12-05',
      suppressed: false,
    });
  });

  it('help is bilingual', async () => {
    const vi = await runCli(['check', '--help', '--lang', 'vi']);
    expect(vi.code).toBe(0);
    expect(vi.stdout).toContain('kiểm tra các tệp danh mục theo bộ quy tắc');
    const en = await runCli(['--help']);
    expect(en.stdout).toContain('Compliance auditor for information-system security levels');
  });
});

describe('colour', () => {
  const ESC = '\u001b[';
  it('is off when output is not a terminal, and with NO_COLOR or --no-color', async () => {
    expect((await runCli(['check', 'fixtures/small', '--as-of', '2024-12-26'])).stdout).not.toContain(ESC);
    expect((await runCli(['check', 'fixtures/small', '--as-of', '2024-12-26'], { tty: true, env: { NO_COLOR: '1' } })).stdout).not.toContain(ESC);
    expect((await runCli(['check', 'fixtures/small', '--as-of', '2024-12-26', '--no-color'], { tty: true, env: { FORCE_COLOR: '1' } })).stdout).not.toContain(ESC);
  });

  it('is on for a terminal, with FORCE_COLOR, and with --color', async () => {
    expect((await runCli(['check', 'fixtures/small', '--as-of', '2024-12-26'], { tty: true })).stdout).toContain(ESC);
    expect((await runCli(['check', 'fixtures/small', '--as-of', '2024-12-26'], { env: { FORCE_COLOR: '1' } })).stdout).toContain(ESC);
    expect((await runCli(['check', 'fixtures/small', '--as-of', '2024-12-26', '--color'])).stdout).toContain(ESC);
  });
});

describe('exit codes', () => {
  it('0 when nothing unsuppressed reaches --fail-on', async () => {
    const cwd = tempDir({ 'a.yaml': `systems:\n${systemYaml('s', 'status: retired')}\n` });
    expect((await runCli(['check', 'a.yaml'], { cwd })).code).toBe(0);
    expect((await runCli(['check', 'fixtures/most', '--fail-on', 'none', '--as-of', '2024-12-26'])).code).toBe(0);
  });

  it('1 on errors; with --fail-on warning, warnings alone are enough', async () => {
    const warningsOnly = tempDir({
      'a.yaml': `systems:\n${systemYaml(
        's',
        'level: 3\napproval: { decision: QĐ, date: 2023-01-10 }\nprotection_plan: deployed\naudits: [{ date: 2024-06-01 }]\nlayers: { onsite: true, monitoring: true, independent_audit: true, ncsc: true }',
      )}\n`,
    });
    expect((await runCli(['check', 'a.yaml', '--as-of', '2024-12-26'], { cwd: warningsOnly })).code).toBe(0);
    expect((await runCli(['check', 'a.yaml', '--as-of', '2024-12-26', '--fail-on', 'warning'], { cwd: warningsOnly })).code).toBe(1);
    expect((await runCli(['check', 'fixtures/most', '--as-of', '2024-12-26'])).code).toBe(1);
  });

  it('2 when the run cannot start, with one clear line and no stack trace', async () => {
    const cases: [string[], string][] = [
      [['check', 'nope/'], 'attt-audit: error: path does not exist: nope/\n'],
      [['check', 'fixtures/most', '--as-of', '2024-02-30'], 'attt-audit: error: --as-of must be a valid date written YYYY-MM-DD or DD/MM/YYYY, not "2024-02-30"\n'],
      [['check', 'fixtures/most', '--lang', 'fr'], 'attt-audit: error: --lang must be vi or en, not "fr"\n'],
      [['check', 'fixtures/most', '--format', 'xml'], "attt-audit: error: option '-f, --format <format>' argument 'xml' is invalid. Allowed choices are table, json, sarif, junit, github, gitlab, markdown.\n"],
      [['check', 'fixtures/most', '--frobnicate'], "attt-audit: error: unknown option '--frobnicate'\n"],
      [['check', 'fixtures/most', '--tz', 'Mars/Olympus'], 'attt-audit: error: unknown time zone: "Mars/Olympus"\n'],
      [['check'], "attt-audit: error: no inventory given: pass PATH, or set \"inventory:\" in attt-audit.config.yaml (create one with \"attt-audit init\")\n"],
      [['frobnicate'], "attt-audit: error: unknown command 'frobnicate'\n"],
      [['check', 'test'], 'attt-audit: error: directory holds no *.yaml/*.yml inventory: test\n'],
    ];
    for (const [argv, stderr] of cases) {
      const result = await runCli(argv);
      expect(result, argv.join(' ')).toMatchObject({ code: 2, stderr, stdout: '' });
    }
  });

  it('suggests the nearest command or option', async () => {
    expect((await runCli(['chekc', 'fixtures/most'])).stderr).toBe("attt-audit: error: unknown command 'chekc' (Did you mean check?)\n");
    expect((await runCli(['check', 'fixtures/most', '--as-off', '2024-12-26'])).stderr).toBe(
      "attt-audit: error: unknown option '--as-off' (Did you mean --as-of?)\n",
    );
  });

  it('flag errors are translated too', async () => {
    const { code, stderr } = await runCli(['check', 'fixtures/most', '--frobnicate', '--lang', 'vi']);
    expect(code).toBe(2);
    expect(stderr).toBe("attt-audit: lỗi: tùy chọn không tồn tại '--frobnicate'\n");
  });
});

describe('as-of and time zones', () => {
  it('without --as-of, "today" is the calendar date in Vietnam', async () => {
    // 2024-12-25 17:30 UTC is 2024-12-26 00:30 in Hanoi.
    const now = new Date('2024-12-25T17:30:00Z');
    const { json } = await checkJson(['fixtures/small'], { now });
    expect(json.asOf).toBe('2024-12-26');
    const utc = await checkJson(['fixtures/small', '--tz', 'UTC'], { now });
    expect(utc.json.asOf).toBe('2024-12-25');
  });

  it('accepts DD/MM/YYYY for --as-of', async () => {
    const { json } = await checkJson(['fixtures/small', '--as-of', '26/12/2024']);
    expect(json.asOf).toBe('2024-12-26');
  });
});
