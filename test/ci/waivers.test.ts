// Accountable waivers: expiring, unused, unapproved (policy), --no-waivers, a separate waivers file.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkJson, ROOT, runCli } from '../helpers.js';
import { system, tempDir, writeTree } from './tmp.js';

const AS_OF = '2025-03-10';

/** A level-1 system with everything in place except the NCSC layer, and the given waivers. */
function inventory(waivers: string): string {
  return `systems:\n${system(
    'sys-a',
    `    level: 1
    approval: { decision: QĐ 1, date: 2024-01-01 }
    protection_plan: deployed
    audits: [{ date: 2024-06-01 }]
    layers: { onsite: true, monitoring: true, independent_audit: true }
    waivers:
${waivers}`,
  )}`;
}

const NCSC = (expires: string, extra = '') => `      - { rule: layers/missing, layer: ncsc, reason: Đang kết nối, expires: ${expires}${extra} }\n`;

async function run(files: Record<string, string>, args: string[] = []) {
  const dir = await tempDir();
  await writeTree(dir, files);
  const result = await checkJson(['inv.yaml', '--as-of', AS_OF, ...args], { cwd: dir });
  const rows = result.json.findings.map((f) => [f.rule, f.system, f.suppressed, f.line]);
  return { ...result, rows, dir };
}

describe('waiver/expiring', () => {
  it.each([
    ['2025-03-10', 'expires on 2025-03-10 (in 0 days)'],
    ['2025-04-09', 'expires on 2025-04-09 (in 30 days)'],
  ])('reports a waiver expiring on %s (info; the finding stays suppressed)', async (expires, text) => {
    const { code, json } = await run({ 'inv.yaml': inventory(NCSC(expires, ', approved_by: GĐ')) });
    expect(code).toBe(0);
    expect(json.findings.map((f) => [f.rule, f.severity, f.suppressed, f.message])).toEqual([
      ['layers/missing', 'error', true, 'missing layer "connection to the national monitoring system (NCSC)" (ncsc)'],
      ['waiver/expiring', 'info', false, `waiver for "layers/missing (ncsc)" ${text}`],
    ]);
  });

  it('is quiet 31 days ahead', async () => {
    const { rows } = await run({ 'inv.yaml': inventory(NCSC('2025-04-10')) });
    expect(rows).toEqual([['layers/missing', 'sys-a', true, 9]]);
  });

  it('takes its window from the rule file (within_days)', async () => {
    const rules = `rules:
  - id: layers/missing
    severity: error
    title: { vi: Thiếu lớp, en: Missing layer }
    basis: Chỉ thị 14/CT-TTg
    check: { kind: layers }
  - id: custom/waiver-expiring-60
    severity: warning
    title: { vi: Ngoại lệ sắp hết hạn, en: Waiver expires within 60 days }
    basis: Chính sách nội bộ
    check: { kind: waiver, when: expiring, within_days: 60 }
`;
    const { rows } = await run({ 'inv.yaml': inventory(NCSC('2025-05-01')), 'rules.yaml': rules }, ['--no-default-rules', '--rules', 'rules.yaml']);
    expect(rows).toEqual([
      ['layers/missing', 'sys-a', true, 9],
      ['custom/waiver-expiring-60', 'sys-a', false, 11],
    ]);
  });
});

describe('waiver/unused', () => {
  it('reports an active waiver that suppresses nothing, at its rule', async () => {
    const waivers = NCSC('2025-12-31') + '      - { rule: cadence/overdue, reason: Cũ, expires: 2025-12-31 }\n';
    const { code, json } = await run({ 'inv.yaml': inventory(waivers) });
    expect(code).toBe(0);
    expect(json.findings.filter((f) => f.rule === 'waiver/unused')).toEqual([
      expect.objectContaining({ severity: 'warning', line: 12, column: 17, waivedRule: 'cadence/overdue', message: 'waiver for "cadence/overdue" matches no finding; remove it if it is no longer needed' }),
    ]);
  });

  it('does not report an expired waiver as unused (waiver/expired says it)', async () => {
    const { rows } = await run({ 'inv.yaml': inventory(NCSC('2025-01-31')) });
    expect(rows).toEqual([
      ['layers/missing', 'sys-a', false, 9],
      ['waiver/expired', 'sys-a', false, 11],
    ]);
  });
});

describe('--no-waivers and waivers.inline: false', () => {
  it('ignores waivers written in the inventory: their findings count, and nothing is said about them', async () => {
    const files = { 'inv.yaml': inventory(NCSC('2025-12-31') + '      - { rule: cadence/overdue, reason: Cũ, expires: 2025-01-01 }\n') };
    const { code, rows } = await run(files, ['--no-waivers']);
    expect(code).toBe(1);
    expect(rows).toEqual([['layers/missing', 'sys-a', false, 9]]);
    const viaConfig = await run({ ...files, 'attt-audit.config.yaml': 'waivers:\n  inline: false\n' });
    expect(viaConfig.rows).toEqual(rows);
  });

  it('still applies a waivers file', async () => {
    const waiversFile = 'waivers:\n  - { system: sys-a, rule: layers/missing, layer: ncsc, reason: Đang kết nối, expires: 2025-12-31 }\n';
    const { code, json } = await run({ 'inv.yaml': inventory(NCSC('2025-12-31')), 'w.yaml': waiversFile }, ['--no-waivers', '--waivers', 'w.yaml']);
    expect(code).toBe(0);
    expect(json.findings).toEqual([expect.objectContaining({ rule: 'layers/missing', suppressed: true, waiver: { reason: 'Đang kết nối', expires: '2025-12-31', file: 'w.yaml' } })]);
  });
});

describe('approved_by required by the config', () => {
  const config = 'waivers:\n  require_approved_by: true\n';

  it('an unapproved waiver does not apply, and waiver/unapproved says why (exit 1)', async () => {
    const { code, json } = await run({ 'inv.yaml': inventory(NCSC('2025-12-31')), 'attt-audit.config.yaml': config });
    expect(code).toBe(1);
    expect(json.findings.map((f) => [f.rule, f.severity, f.suppressed, f.line])).toEqual([
      ['layers/missing', 'error', false, 9],
      ['waiver/unapproved', 'error', false, 11],
    ]);
    expect(json.findings[1]!.message).toBe('waiver for "layers/missing (ncsc)" has no "approved_by", which the waiver policy requires, so it does not apply');
  });

  it('an approved waiver applies; without the policy an unapproved one applies too', async () => {
    const approved = await run({ 'inv.yaml': inventory(NCSC('2025-12-31', ', approved_by: Giám đốc')), 'attt-audit.config.yaml': config });
    expect(approved.rows).toEqual([['layers/missing', 'sys-a', true, 9]]);
    const noPolicy = await run({ 'inv.yaml': inventory(NCSC('2025-12-31')) });
    expect(noPolicy.rows).toEqual([['layers/missing', 'sys-a', true, 9]]);
  });
});

describe('waivers file', () => {
  it('problems inside it are findings with its file and line; a missing file stops the run', async () => {
    const bad = 'waivers:\n  - { system: sys-a, rule: layers/missing, reason: x, expires: 2025-02-30, approve_by: y }\n';
    const { code, json } = await run({ 'inv.yaml': inventory(NCSC('2025-12-31')), 'w.yaml': bad }, ['--waivers', 'w.yaml']);
    expect(code).toBe(1);
    expect(json.findings.filter((f) => f.file === 'w.yaml').map((f) => [f.rule, f.system, f.line, f.column, f.message])).toEqual([
      ['inventory/invalid-date', 'sys-a', 2, 64, '"expires" is not a valid date: "2025-02-30" (write YYYY-MM-DD or DD/MM/YYYY)'],
      ['inventory/unknown-key', 'sys-a', 2, 76, 'unknown key "approve_by" (did you mean "approved_by"?)'],
    ]);
    const missing = await runCli(['check', path.join(ROOT, 'fixtures/ci/inventory'), '--waivers', 'nope.yaml', '--no-config']);
    expect(missing).toEqual({ code: 2, stdout: '', stderr: 'attt-audit: error: nope.yaml: cannot read the waivers file: ENOENT\n' });
  });
});
