// Every CI format on the CI fixture: it parses, it validates against what its consumer accepts,
// and its exact output is pinned by a snapshot file.
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { escapeData, escapeProperty } from '../../src/formatters/findings/github.js';
import { escapeCell } from '../../src/formatters/findings/markdown.js';
import { runCli } from '../helpers.js';
import { validateSarif } from './sarif-schema.js';

const FIXTURE = ['fixtures/ci/inventory', '--waivers', 'fixtures/ci/waivers.yaml', '--as-of', '2025-03-10', '--no-config'];

async function render(format: string, lang = 'en'): Promise<{ code: number; stdout: string; stderr: string }> {
  return runCli(['check', ...FIXTURE, '--format', format, '--lang', lang]);
}

describe('snapshots of every format for the CI fixture', () => {
  const cases: [string, string][] = [
    ['table', 'txt'],
    ['json', 'json'],
    ['sarif', 'sarif'],
    ['junit', 'xml'],
    ['github', 'txt'],
    ['gitlab', 'json'],
    ['markdown', 'md'],
  ];
  for (const [format, ext] of cases) {
    it(format, async () => {
      const { code, stdout, stderr } = await render(format);
      expect(stderr).toBe('');
      expect(code).toBe(1);
      await expect(stdout).toMatchFileSnapshot(`__snapshots__/ci-fixture.${format}.${ext}`);
    });
  }
  it('markdown in Vietnamese', async () => {
    const { stdout } = await render('markdown', 'vi');
    await expect(stdout).toMatchFileSnapshot('__snapshots__/ci-fixture.markdown.vi.md');
  });
});

describe('sarif', () => {
  it('validates against the official SARIF 2.1.0 schema, with a GitHub-ready shape', async () => {
    const log = JSON.parse((await render('sarif')).stdout);
    const { valid, errors } = validateSarif(log);
    expect(errors ?? null).toBeNull();
    expect(valid).toBe(true);
    const run = log.runs[0];
    expect(run.tool.driver).toMatchObject({ name: 'attt-audit', informationUri: 'https://github.com/attt-audit/attt-audit' });
    const ruleIds = run.tool.driver.rules.map((r: { id: string }) => r.id);
    // Every rule of the pack is listed (GitHub closes alerts of rules that ran and found nothing).
    expect(ruleIds).toEqual(expect.arrayContaining(['cadence/overdue', 'layers/missing', 'waiver/unused', 'inventory/schema']));
    const cadence = run.tool.driver.rules.find((r: { id: string }) => r.id === 'cadence/overdue');
    expect(cadence.help.text).toContain('Nghị định 85/2016/NĐ-CP');
    for (const result of run.results) {
      expect(run.tool.driver.rules[result.ruleIndex].id).toBe(result.ruleId);
      expect(result.locations[0].physicalLocation.region.startLine).toBeGreaterThan(0);
      expect(result.partialFingerprints['atttAudit/v1']).toMatch(/^[0-9a-f]{32}$/);
    }
    const overdue = run.results.find((r: { ruleId: string }) => r.ruleId === 'cadence/overdue');
    expect(overdue).toMatchObject({
      level: 'error',
      locations: [{ physicalLocation: { artifactLocation: { uri: 'fixtures/ci/inventory/he-thong.yaml' }, region: { startLine: 37, startColumn: 22 } } }],
    });
  });

  it('keeps waived findings as accepted suppressions: inSource for inventory waivers, external for a waivers file', async () => {
    const log = JSON.parse((await render('sarif')).stdout);
    const suppressed = log.runs[0].results.filter((r: { suppressions?: unknown }) => r.suppressions);
    expect(suppressed.map((r: { ruleId: string; suppressions: unknown }) => [r.ruleId, r.suppressions])).toEqual([
      ['layers/missing', [{ kind: 'inSource', status: 'accepted', justification: 'Waived until 2025-03-31, approved by Giám đốc Trung tâm: Đang kết nối NCSC (50%), hạn: 31/3 <ưu tiên> & "gấp"\u0007' }]],
      ['plan/not-deployed', [{ kind: 'external', status: 'accepted', justification: 'Waived until 2025-06-30, approved by Thứ trưởng: Chờ kinh phí năm 2025 để triển khai phương án' }]],
    ]);
  });

  it('fingerprints ignore lines: inserting lines above a system keeps every fingerprint', async () => {
    const { mkdtemp, readFile, writeFile } = await import('node:fs/promises');
    const os = await import('node:os');
    const path = await import('node:path');
    const dir = await mkdtemp(path.join(os.tmpdir(), 'attt-sarif-'));
    const text = await readFile('fixtures/ci/inventory/he-thong.yaml', 'utf8');
    await writeFile(path.join(dir, 'a.yaml'), text);
    await writeFile(path.join(dir, 'b.yaml'), text.replace('systems:\n', 'systems:\n\n\n# moved down\n'));
    const prints = async (file: string): Promise<string[]> => {
      const { stdout } = await runCli(['check', file, '--format', 'sarif', '--as-of', '2025-03-10', '--no-config'], { cwd: dir });
      return JSON.parse(stdout).runs[0].results.map((r: { partialFingerprints: Record<string, string> }) => r.partialFingerprints['atttAudit/v1']);
    };
    const [a, b] = [await prints('a.yaml'), await prints('b.yaml')];
    expect(b).toEqual(a);
    expect(new Set(a).size).toBe(a.length);
  });
});

describe('junit', () => {
  it('is well-formed XML: a suite per rule, a case per system, failures with message and location', async () => {
    const { stdout } = await render('junit');
    expect(XMLValidator.validate(stdout)).toBe(true);
    expect(stdout).not.toMatch(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/);
    const xml = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '', isArray: (name) => name === 'testsuite' || name === 'testcase' }).parse(stdout);
    const suites = xml.testsuites.testsuite as { name: string; tests: string; failures: string; testcase: { name: string; classname: string; file: string; failure?: { message: string; type: string; '#text': string }; skipped?: { message: string } }[] }[];
    const byName = new Map(suites.map((s) => [s.name, s]));
    expect(suites[0]!.name).toBe('inventory');
    const cadence = byName.get('cadence/overdue')!;
    expect(cadence.testcase.map((c) => c.name)).toEqual(['ci-portal', 'ci-email', 'ci-hr']);
    const hr = cadence.testcase[2]!;
    expect(hr).toMatchObject({ classname: 'cadence/overdue', file: 'fixtures/ci/inventory/he-thong.yaml' });
    expect(hr.failure).toMatchObject({ type: 'error', message: 'periodic audit overdue since 2024-12-02 (level 2: every 24 months; last audit 2022-12-01)' });
    expect(hr.failure!['#text']).toBe('fixtures/ci/inventory/he-thong.yaml:37:22: error: periodic audit overdue since 2024-12-02 (level 2: every 24 months; last audit 2022-12-01)');
    const layers = byName.get('layers/missing')!;
    const portal = layers.testcase.find((c) => c.name === 'ci-portal')!;
    // The control character of the waiver reason is dropped; XML specials are escaped and read back intact.
    expect(portal.skipped!.message).toBe('Waived until 2025-03-31, approved by Giám đốc Trung tâm: Đang kết nối NCSC (50%), hạn: 31/3 <ưu tiên> & "gấp"');
    expect(xml.testsuites.failures).toBe(String(suites.reduce((n, s) => n + Number(s.failures), 0)));
    expect(byName.get('waiver/unused')!.testcase.map((c) => c.name)).toEqual(['ci-portal', 'ci-email', 'ci-hr', 'ci-khong-co']);
  });
});

describe('github', () => {
  it('prints one workflow command per finding that needs action, errors first, with GitHub escaping', async () => {
    const { stdout } = await render('github');
    const lines = stdout.trimEnd().split('\n');
    const commands = lines.filter((l) => l.startsWith('::'));
    expect(commands.map((l) => l.slice(0, l.indexOf(' ')))).toEqual(['::error', '::error', '::error', '::warning', '::warning', '::notice']);
    expect(commands[0]).toBe(
      '::error file=fixtures/ci/inventory/he-thong.yaml,line=22,col=9,title=approval/missing (ci-email)::no approved security level and no proposed level',
    );
    for (const line of commands) expect(line).toMatch(/^::(error|warning|notice) file=[^,]+,line=\d+,col=\d+,title=[^,:]+::.+$/);
    expect(lines.at(-1)).toContain('3 systems');
  });

  it('escapes data and property values the way the Actions toolkit does', () => {
    expect(escapeData('50% done\r\nnext')).toBe('50%25 done%0D%0Anext');
    expect(escapeProperty('a: b, c%')).toBe('a%3A b%2C c%25');
  });

  it('appends the Markdown summary to GITHUB_STEP_SUMMARY', async () => {
    const { mkdtemp, readFile, writeFile } = await import('node:fs/promises');
    const os = await import('node:os');
    const path = await import('node:path');
    const dir = await mkdtemp(path.join(os.tmpdir(), 'attt-gh-'));
    const summary = path.join(dir, 'summary.md');
    await writeFile(summary, 'earlier step\n');
    const { code } = await runCli(['check', ...FIXTURE, '--format', 'github'], { env: { GITHUB_STEP_SUMMARY: summary } });
    expect(code).toBe(1);
    const markdown = (await render('markdown')).stdout;
    expect(await readFile(summary, 'utf8')).toBe(`earlier step\n${markdown}\n`);
  });
});

describe('gitlab', () => {
  it('is a Code Quality array with unique fingerprints and the required keys', async () => {
    const issues = JSON.parse((await render('gitlab')).stdout) as Record<string, unknown>[];
    expect(issues).toHaveLength(6);
    for (const issue of issues) {
      expect(Object.keys(issue).sort()).toEqual(['check_name', 'description', 'fingerprint', 'location', 'severity']);
      expect(['info', 'minor', 'major', 'critical', 'blocker']).toContain(issue.severity);
    }
    expect(new Set(issues.map((i) => i.fingerprint)).size).toBe(issues.length);
    expect(issues[0]).toEqual({
      description: 'ci-portal: waiver for "layers/missing (ncsc)" expires on 2025-03-31 (in 21 days)',
      check_name: 'waiver/expiring',
      fingerprint: expect.stringMatching(/^[0-9a-f]{32}$/),
      severity: 'minor',
      location: { path: 'fixtures/ci/inventory/he-thong.yaml', lines: { begin: 19 } },
    });
  });
});

describe('markdown', () => {
  it('escapes table cells', () => {
    expect(escapeCell('a | b <i>\nc & d\u0007')).toBe('a \\| b &lt;i&gt; c &amp; d');
  });
});

describe('repository-relative paths', () => {
  it('CI formats name files from the repository root when run in a subdirectory', async () => {
    const { stdout } = await runCli(['check', 'inventory', '--waivers', 'waivers.yaml', '--as-of', '2025-03-10', '--no-config', '--format', 'gitlab'], {
      cwd: `${process.cwd()}/fixtures/ci`,
    });
    const issues = JSON.parse(stdout) as { location: { path: string } }[];
    expect(new Set(issues.map((i) => i.location.path))).toEqual(new Set(['fixtures/ci/inventory/he-thong.yaml', 'fixtures/ci/waivers.yaml']));
  });
});
