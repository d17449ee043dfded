// The JSON report is written field by field for speed; it must stay exactly JSON.stringify(…, null, 2).
import { Chalk } from 'chalk';
import { describe, expect, it } from 'vitest';
import type { AuditResult } from '../../src/engine/audit.js';
import type { Finding } from '../../src/engine/finding.js';
import { formatJson } from '../../src/formatters/findings/json.js';
import type { FormatContext } from '../../src/formatters/types.js';

const summary = { systems: 2, invalid: 0, files: 1, failedFiles: 0, checked: 2, operating: 2, approved: 1, errors: 2, warnings: 0, infos: 1, suppressed: 1 };

function result(findings: Finding[]): AuditResult {
  return { asOf: '2024-12-26', files: ['a.yaml'], systems: [], rules: [], findings, summary };
}

const ctx = (lang: 'vi' | 'en'): FormatContext => ({ lang, color: new Chalk({ level: 0 }), tool: { name: 'attt-audit', version: '0.0.0' } });

const findings: Finding[] = [
  {
    rule: 'cadence/overdue',
    severity: 'error',
    system: 'he-thong "một"\u2028',
    message: { vi: 'quá hạn đánh giá từ {d} \\ "x"', en: 'audit overdue since 2024-01-02 \u0001 \ud83d\ude00 lone \ud800' },
    file: 'thư mục/a.yaml',
    line: 12,
    column: 5,
    layer: 'independent_audit',
    due: '2024-01-02',
    suppressed: true,
    waiver: { reason: 'đang mua sắm\n"gói"', expires: '2025-01-01', approved_by: 'Giám đốc', file: 'waivers.yaml' },
    baseline: 'known',
  },
  {
    rule: 'inventory/yaml-syntax',
    severity: 'error',
    system: null,
    message: { vi: 'lỗi cú pháp', en: 'syntax error' },
    file: 'b.yaml',
    line: 1,
    column: 1,
    suppressed: false,
  },
  {
    rule: 'waiver/unused',
    severity: 'info',
    system: 'x',
    message: { vi: 'miễn trừ không dùng', en: 'unused waiver' },
    file: 'a.yaml',
    line: 40,
    column: 9,
    suppressed: false,
    waivedRule: 'layers/missing',
    baseline: 'new',
  },
];

/** What the report must equal: the generic serialisation of the documented finding object. */
function reference(list: Finding[], lang: 'vi' | 'en'): string {
  const output = {
    tool: ctx(lang).tool,
    asOf: '2024-12-26',
    findings: list.map((f) => ({
      rule: f.rule,
      severity: f.severity,
      system: f.system,
      message: f.message[lang],
      file: f.file,
      line: f.line,
      column: f.column,
      ...(f.layer ? { layer: f.layer } : {}),
      ...(f.due ? { due: f.due } : {}),
      suppressed: f.suppressed,
      ...(f.waiver ? { waiver: f.waiver } : {}),
      ...(f.waivedRule ? { waivedRule: f.waivedRule } : {}),
      ...(f.baseline ? { baseline: f.baseline } : {}),
    })),
    summary,
  };
  return `${JSON.stringify(output, null, 2)}\n`;
}

describe('json formatter', () => {
  it.each(['vi', 'en'] as const)('prints exactly JSON.stringify(…, null, 2) of every field, escapes included (%s)', (lang) => {
    expect(formatJson(result(findings), ctx(lang))).toBe(reference(findings, lang));
  });

  it('prints an empty findings list as []', () => {
    expect(formatJson(result([]), ctx('en'))).toBe(reference([], 'en'));
    expect(formatJson(result([]), ctx('en'))).toContain('"findings": [],');
  });
});
