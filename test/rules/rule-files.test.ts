// A bad rule file stops the run (exit 2) with file:line:col — never a half-loaded rule pack.
import { describe, expect, it } from 'vitest';
import { fixture, runCli, tempDir } from '../helpers.js';

const RULE = (check: string, id = 'custom/x'): string =>
  `rules:\n  - id: ${id}\n    severity: error\n    title: { vi: Tiêu đề, en: Title }\n    basis: Cơ sở\n    check: ${check}\n`;

async function runWithRules(files: Record<string, string>, lang = 'en'): Promise<{ code: number; stderr: string; stdout: string }> {
  const cwd = tempDir(files);
  return runCli(['check', fixture('most'), '--rules', 'rules', '--as-of', '2024-12-26', '--lang', lang], { cwd });
}

describe('rule file validation', () => {
  it('rejects an unknown kind with a suggestion and the position of `kind`', async () => {
    const { code, stderr, stdout } = await runWithRules({ 'rules/a.yaml': RULE('{ kind: cadance, when: overdue }') });
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toBe(
      'attt-audit: error: rules/a.yaml:6:20: rule "custom/x": unknown check kind "cadance" (cadence?); known kinds: annual-report, approval, assessor, cadence, classification-current-higher, classification-incomplete, classification-level, conflicted-appraisal, dossier, drill, field, form08, golive, incident, investment, layers, plan, regulation, transition, waiver\n',
    );
  });

  it('rejects an option the kind does not support, pointing at the option', async () => {
    const { code, stderr } = await runWithRules({ 'rules/a.yaml': RULE('{ kind: drill, within_monhts: 12 }') });
    expect(code).toBe(2);
    expect(stderr).toBe('attt-audit: error: rules/a.yaml:6:27: rule "custom/x": check "drill" does not support option "within_monhts" (did you mean "within_months"?)\n');
  });

  it('rejects a bad option value', async () => {
    const { code, stderr } = await runWithRules({ 'rules/a.yaml': RULE('{ kind: cadence, when: later, interval_months: { 1: 24, 2: 24, 3: 12, 4: 12, 5: 6 } }') }, 'vi');
    expect(code).toBe(2);
    expect(stderr).toBe('attt-audit: lỗi: rules/a.yaml:6:35: quy tắc "custom/x": "when" phải là một trong: overdue, due-soon; nhưng là "later"\n');
  });

  it('rejects duplicate rule ids, including a clash with the default pack', async () => {
    const { code, stderr } = await runWithRules({ 'rules/a.yaml': RULE('{ kind: golive }', 'golive/unconcluded') });
    expect(code).toBe(2);
    expect(stderr).toMatch(/^attt-audit: error: rules\/a\.yaml:2:5: duplicate rule id "golive\/unconcluded"; first declared at .*rules\/(current|legacy)\/golive\.yaml:\d+:5\n$/);
  });

  it('reserves the inventory/ prefix for inventory problems', async () => {
    const { code, stderr } = await runWithRules({ 'rules/a.yaml': RULE('{ kind: golive }', 'inventory/mine') });
    expect(code).toBe(2);
    expect(stderr).toBe('attt-audit: error: rules/a.yaml:2:9: rule id "inventory/mine": the "inventory/" prefix is reserved for inventory problems\n');
  });

  it('reports every problem, one line each', async () => {
    const { code, stderr } = await runWithRules({
      'rules/a.yaml': `rules:\n  - id: Bad Id\n    severity: fatal\n    title: { vi: x }\n    basis: b\n    check: { kind: golive }\n`,
    });
    expect(code).toBe(2);
    expect(stderr.trim().split('\n')).toEqual([
      'attt-audit: error: rules/a.yaml:2:9: rule "Bad Id": "id" has an invalid format: "Bad Id"',
      'attt-audit: error: rules/a.yaml:3:15: rule "Bad Id": "severity" must be one of: error, warning, info; got "fatal"',
      'attt-audit: error: rules/a.yaml:4:12: rule "Bad Id": missing required key "title.en"',
    ]);
  });

  it('rejects YAML syntax errors and files that are not rule files', async () => {
    const syntax = await runWithRules({ 'rules/a.yaml': 'rules:\n  - id: "unclosed\n' });
    expect(syntax.code).toBe(2);
    expect(syntax.stderr).toBe('attt-audit: error: rules/a.yaml:2:9: YAML syntax error: unclosed double quote (")\n');
    const list = await runWithRules({ 'rules/a.yaml': '- a\n- b\n' });
    expect(list.stderr).toBe('attt-audit: error: rules/a.yaml:1:1: a rule file must be a mapping with a "rules:" (and/or "targets:") key\n');
  });

  it('needs at least one rule path with --no-default-rules', async () => {
    const { code, stderr } = await runCli(['check', fixture('most'), '--no-default-rules']);
    expect(code).toBe(2);
    expect(stderr).toBe('attt-audit: error: no rules to apply: --no-default-rules needs at least one --rules PATH\n');
  });
});
