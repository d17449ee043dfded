// The CI formats of `check` are written in pieces (issue 17): the pieces must add up to exactly the
// bytes the earlier implementations printed (kept in ./streamed-oracle/ as the oracle: SARIF and
// GitLab by JSON.stringify of the whole document, JUnit by an xmlbuilder tree, GitHub by one array
// of lines), on a generated inventory with
// waivers, a baseline, schema and syntax errors, and on hostile text (control characters, lone
// surrogates, XML and JSON specials).
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Chalk } from 'chalk';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { generateInventory } from '../../bench/generate.mjs';
import { applyBaseline } from '../../src/baseline/compare.js';
import { fingerprintFindings } from '../../src/baseline/fingerprint.js';
import { audit, type AuditResult } from '../../src/engine/audit.js';
import type { Finding } from '../../src/engine/finding.js';
import { githubChunks } from '../../src/formatters/findings/github.js';
import { gitlabChunks } from '../../src/formatters/findings/gitlab.js';
import { junitChunks } from '../../src/formatters/findings/junit.js';
import { sarifChunks } from '../../src/formatters/findings/sarif.js';
import { tableChunks } from '../../src/formatters/findings/table.js';
import { formatMarkdown } from '../../src/formatters/findings/markdown.js';
import type { ChunkedFormatter, FormatContext, Formatter } from '../../src/formatters/types.js';
import { loadInventories } from '../../src/loading/inventory.js';
import { resolveRegime } from '../../src/regime/resolve.js';
import { defaultRulesDir, loadRules } from '../../src/loading/rules.js';
import { ROOT } from '../helpers.js';
import { formatGithub as githubBefore } from './streamed-oracle/github.js';
import { formatGitlab as gitlabBefore } from './streamed-oracle/gitlab.js';
import { formatJunit as junitBefore } from './streamed-oracle/junit.js';
import { formatSarif as sarifBefore } from './streamed-oracle/sarif.js';
import { formatTable as tableBefore } from './streamed-oracle/table.js';
import { formatMarkdown as markdownBefore } from './streamed-oracle/markdown.js';

const FORMATS: [name: string, streamed: ChunkedFormatter, before: Formatter][] = [
  ['sarif', sarifChunks, sarifBefore],
  ['junit', junitChunks, junitBefore],
  ['gitlab', gitlabChunks, gitlabBefore],
  ['github', githubChunks, githubBefore],
  ['table', tableChunks, tableBefore],
];

const ctx = (lang: 'vi' | 'en', repoPrefix = ''): FormatContext => ({ lang, color: new Chalk({ level: 0 }), tool: { name: 'attt-audit', version: '1.2.3' }, repoPrefix });

let generated: AuditResult;
let withBaseline: AuditResult;

beforeAll(async () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'attt-streamed-'));
  for (const { name, text } of generateInventory({ systems: 3000, files: 3, seed: 7, broken: 0.05, syntaxErrors: 1 })) {
    mkdirSync(path.join(dir, 'inventory'), { recursive: true });
    writeFileSync(path.join(dir, 'inventory', name), text);
  }
  const pack = await loadRules([defaultRulesDir()], ROOT);
  const inventory = await loadInventories(['inventory'], { cwd: dir });
  generated = audit(inventory, pack.rules, '2024-12-26');
  withBaseline = audit(inventory, pack.rules, '2024-12-26');
  // Every other finding known from a baseline, plus one the inventory no longer has.
  const prints = fingerprintFindings(withBaseline.findings);
  const entries = withBaseline.findings.flatMap((f, i) => (i % 2 === 0 ? [{ fingerprint: prints[i]!, rule: f.rule, system: f.system }] : []));
  applyBaseline(withBaseline, [...entries, { fingerprint: 'gone', rule: 'layers/missing', system: 'old-system' }], 'baseline.json');
}, 120_000);

const render = (formatter: ChunkedFormatter, result: AuditResult, context: FormatContext): string[] => [...formatter(result, context)];

describe('streamed CI formats are byte-identical to the whole-document implementations', () => {
  it('the generated inventory exercises waivers, failures, skips, passes and inventory problems', () => {
    const rules = new Set(generated.findings.map((f) => f.rule));
    for (const rule of ['inventory/yaml-syntax', 'inventory/schema', 'inventory/duplicate-id', 'layers/missing']) expect(rules, rule).toContain(rule);
    expect(generated.findings.some((f) => f.suppressed && f.waiver)).toBe(true);
    expect(generated.findings.some((f) => f.severity === 'info')).toBe(true);
    expect(withBaseline.findings.filter((f) => f.baseline === 'known').length).toBeGreaterThan(1000);
  });

  it.each(FORMATS)('%s, both languages, with and without a repository prefix and a baseline', { timeout: 300_000 }, (_name, streamed, before) => {
    for (const result of [generated, withBaseline]) {
      for (const context of [ctx('vi'), ctx('en', 'thư mục/sub')]) {
        const pieces = render(streamed, result, context);
        expect(pieces.join('')).toBe(before(result, context));
        // Written as it goes: many pieces, none of them the whole document.
        expect(pieces.length).toBeGreaterThan(10);
        expect(Math.max(...pieces.map((p) => p.length))).toBeLessThan(200_000);
      }
    }
  });

  it.each(FORMATS)('%s with no findings and no systems', { timeout: 120_000 }, (_name, streamed, before) => {
    const empty: AuditResult = { ...generated, systems: [], findings: [] };
    expect(render(streamed, empty, ctx('en')).join('')).toBe(before(empty, ctx('en')));
    const validateOnly: AuditResult = { ...generated, findings: [], validateOnly: true };
    expect(render(streamed, validateOnly, ctx('vi')).join('')).toBe(before(validateOnly, ctx('vi')));
  });

  it.each(FORMATS)('%s escapes hostile text exactly as before', { timeout: 120_000 }, (_name, streamed, before) => {
    const text = fc.string({ unit: 'binary', maxLength: 12 });
    const special = fc.constantFrom('&', '<', '>', '"', "'", '\t', '\n', '\r', '\u0000', '\u0008', '\u000b', '\u001f', '\ufffe', '\uffff', '\ud800', '\udc00', '\ud83d\ude00', ']]>', 'ệ');
    const hostile = fc.array(fc.oneof(text, special), { maxLength: 6 }).map((parts) => parts.join(''));
    fc.assert(
      fc.property(fc.array(fc.tuple(hostile, hostile, hostile, fc.boolean(), fc.constantFrom('error', 'warning', 'info') as fc.Arbitrary<Finding['severity']>), { minLength: 1, maxLength: 5 }), (rows) => {
        const findings: Finding[] = rows.map(([system, message, file, suppressed, severity], i) => ({
          rule: i % 2 === 0 ? 'inventory/schema' : 'layers/missing',
          severity,
          system: i % 3 === 0 ? null : system,
          message: { vi: message, en: `${message}!` },
          // File names come from the file system, decoded as UTF-8: never a lone surrogate.
          file: file.replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '\ufffd') || 'a.yaml',
          line: i + 1,
          column: 2,
          suppressed,
          ...(suppressed ? { waiver: { reason: message, expires: '2025-01-01', approved_by: system } } : {}),
        }));
        const result: AuditResult = { ...generated, systems: generated.systems.slice(0, 3), rules: generated.rules.filter((r) => r.id === 'layers/missing'), findings };
        for (const context of [ctx('vi'), ctx('en')]) expect(render(streamed, result, context).join('')).toBe(before(result, context));
      }),
      { numRuns: 300 },
    );
  });
});

describe('the streamed terminal table and the row-capped Markdown are byte-identical to the earlier implementations', () => {
  const colour = (lang: 'vi' | 'en'): FormatContext => ({ ...ctx(lang), color: new Chalk({ level: 3 }) });
  const regime = resolveRegime('2026-12-26');

  it('with colour, --only-new, a regime line and a baseline with resolved entries', { timeout: 300_000 }, () => {
    const newOnly: AuditResult = { ...withBaseline, findings: withBaseline.findings.filter((f) => f.baseline === 'new') };
    const hiddenFindings = withBaseline.findings.length - newOnly.findings.length;
    for (const result of [generated, withBaseline, { ...generated, regime }]) {
      for (const context of [colour('vi'), colour('en'), ctx('en')]) expect(render(tableChunks, result, context).join('')).toBe(tableBefore(result, context));
      for (const context of [ctx('vi'), ctx('en', 'thư mục/sub')]) expect(formatMarkdown(result, context)).toBe(markdownBefore(result, context));
      const validateOnly: AuditResult = { ...result, validateOnly: true };
      expect(formatMarkdown(validateOnly, ctx('vi'))).toBe(markdownBefore(validateOnly, ctx('vi')));
      expect(render(tableChunks, validateOnly, ctx('vi')).join('')).toBe(tableBefore(validateOnly, ctx('vi')));
    }
    for (const context of [colour('vi'), ctx('en'), { ...ctx('en'), hiddenFindings: 1 }]) {
      const withHidden = { hiddenFindings, ...context };
      expect(render(tableChunks, newOnly, withHidden).join('')).toBe(tableBefore(newOnly, withHidden));
      const none: AuditResult = { ...newOnly, findings: [] };
      expect(render(tableChunks, none, withHidden).join('')).toBe(tableBefore(none, withHidden));
      expect(formatMarkdown(newOnly, withHidden)).toBe(markdownBefore(newOnly, withHidden));
      expect(formatMarkdown(none, withHidden)).toBe(markdownBefore(none, withHidden));
    }
  });

  it('escapes hostile names, owners, code frames, waivers and baseline entries as before', { timeout: 120_000 }, () => {
    const hostile = fc
      .array(fc.oneof(fc.string({ unit: 'binary', maxLength: 8 }), fc.constantFrom('\u001b[2J', '\n::error::x', '\u202e', '\t', '\r\n', 'ệ', 'e\u0301', '漢字', '\u0000')), { maxLength: 4 })
      .map((parts) => parts.join(''));
    const base = generated.systems.slice(0, 3);
    fc.assert(
      fc.property(fc.array(fc.tuple(hostile, hostile, hostile, hostile, fc.boolean(), fc.nat(3)), { minLength: 1, maxLength: 6 }), fc.boolean(), (rows, colourful) => {
        const systems = rows.map(([id, name, owner], i) => ({ ...base[i % base.length]!, record: { ...base[i % base.length]!.record, id, name, owner } }));
        const findings: Finding[] = rows.map(([id, message, text, file, suppressed, kind], i) => ({
          rule: kind === 0 ? 'inventory/yaml-syntax' : 'layers/missing',
          severity: kind === 2 ? 'warning' : kind === 1 ? 'info' : 'error',
          system: kind === 0 ? null : id,
          message: { vi: message, en: text },
          file: file || 'a.yaml',
          line: i + 1,
          column: 2,
          suppressed,
          ...(kind === 0 ? { excerpt: { before: text, after: message } } : {}),
          ...(suppressed ? { waiver: { reason: text, expires: kind === 3 ? '2025-01-01' : message, approved_by: id } } : {}),
          ...(kind === 3 ? { baseline: 'known' as const } : {}),
        }));
        const resolved = rows.map(([id, message, text, file], i) => ({ fingerprint: String(i), rule: text, system: i % 2 ? id : null, ...(i % 2 ? {} : { file }), ...(i % 3 ? { layer: message } : {}), ...(i % 4 ? { waivedRule: message } : {}) }));
        const result: AuditResult = {
          ...generated,
          systems,
          findings,
          baseline: { source: rows[0]![1], new: 1, known: 2, resolved },
          regime: { ...regime, reason: { vi: rows[0]![2], en: rows[0]![3] } },
        };
        for (const context of [ctx('vi'), ctx('en')]) {
          const c = colourful ? { ...context, color: new Chalk({ level: 3 }) } : context;
          expect(render(tableChunks, result, c).join('')).toBe(tableBefore(result, c));
          expect(formatMarkdown(result, c)).toBe(markdownBefore(result, c));
          expect(formatMarkdown({ ...result, validateOnly: true }, c)).toBe(markdownBefore({ ...result, validateOnly: true }, c));
        }
      }),
      { numRuns: 300 },
    );
  });
});
