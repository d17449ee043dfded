// Every command reads the same project from attt-audit.config.yaml: inventory, rules, time zone, waivers.
import { describe, expect, it } from 'vitest';
import { runCli, systemYaml, tempDir } from '../helpers.js';

const RULE = `rules:\n  - id: custom/contact\n    severity: warning\n    title: { vi: Có đầu mối liên hệ, en: A contact person is recorded }\n    basis: Quy chế nội bộ\n    check: { kind: field, path: attributes.contact, exists: true }\n`;

function project(): string {
  return tempDir({
    'attt-audit.config.yaml': 'inventory: [inventory/]\nrules: [rules/custom.yaml]\nlang: en\ntime_zone: Asia/Ho_Chi_Minh\nwaivers:\n  file: waivers.yaml\n',
    'rules/custom.yaml': RULE,
    'inventory/systems.yaml': `systems:\n${systemYaml('s1', 'layers: { onsite: true }')}\n`,
    'waivers.yaml': 'waivers:\n  - { system: s1, rule: approval/missing, reason: Hồ sơ đang thẩm định, expires: 2025-06-30 }\n',
  });
}

describe('the config file is shared by every command', () => {
  it('rules lists the config’s extra rules', async () => {
    const { stdout, code } = await runCli(['rules', '--format', 'json'], { cwd: project() });
    expect(code).toBe(0);
    expect((JSON.parse(stdout) as { id: string }[]).map((r) => r.id)).toContain('custom/contact');
  });

  it('gap, plan and report find the inventory and apply the waivers file as check does', async () => {
    const cwd = project();
    const check = JSON.parse((await runCli(['check', '--as-of', '2024-12-26', '--format', 'json'], { cwd })).stdout) as {
      findings: { rule: string; suppressed: boolean }[];
      summary: { suppressed: number };
    };
    expect(check.findings.filter((f) => f.suppressed).map((f) => f.rule)).toEqual(['approval/missing']);
    expect(check.findings.some((f) => f.rule === 'custom/contact')).toBe(true);

    const gap = JSON.parse((await runCli(['gap', '--as-of', '2024-12-26', '--format', 'json'], { cwd })).stdout) as {
      totals: { systems: number; findings: { suppressed: number; warnings: number } };
    };
    expect(gap.totals.systems).toBe(1);
    expect(gap.totals.findings.suppressed).toBe(check.summary.suppressed);
    expect(gap.totals.findings.warnings).toBe(check.findings.filter((f) => f.rule === 'custom/contact').length);

    const plan = await runCli(['plan', '--as-of', '2024-12-26', '--format', 'json'], { cwd });
    expect(plan.code).toBe(0);
    expect((JSON.parse(plan.stdout) as { items: { system: string }[] }).items.map((i) => i.system)).toContain('s1');

    const report = await runCli(['report', '--as-of', '2024-12-26', '--output', 'r.html'], { cwd });
    expect(report.code).toBe(0);
    expect(report.stderr).toBe('attt-audit: wrote r.html\n');
  });
});
