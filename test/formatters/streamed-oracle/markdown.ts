// The implementation before streaming (issue 17), kept as the oracle of test/formatters/streamed.test.ts.
// A Markdown summary for a merge-request comment or a GitHub job summary: a heading that says
// pass or fail, the context line (evaluation date, counts), then the findings that need action as
// a table; known (baseline), waived and resolved findings fold away under <details>. Long tables
// are cut at MAX_ROWS rows (comments have size limits); the full list is in the other formats.
import { visibleData } from '../../../src/formatters/common/visible-text.js';
import type { AuditResult, BaselineEntry } from '../../../src/engine/audit.js';
import { severityRank, type Finding } from '../../../src/engine/finding.js';
import { CI } from '../../../src/i18n/ci-messages.js';
import { displayDate, interpolate, type Lang } from '../../../src/i18n/lang.js';
import { UI } from '../../../src/i18n/messages.js';
import { isActionable, repoPath, waiverText } from '../../../src/formatters/findings/ci-common.js';
import type { Formatter, FormatContext } from '../../../src/formatters/types.js';
import { regimeLines } from '../../../src/regime/describe.js';

export const MAX_ROWS = 100;

/** Table-cell text: no line breaks or control characters, no raw HTML, no column breaks. */
export function escapeCell(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/\|/g, '\\|')
    .replace(/\r?\n|\t/g, ' ')
    .replace(/[\u0000-\u001f\u007f]/g, '');
}

function code(text: string): string {
  return text.includes('`') ? escapeCell(text) : `\`${escapeCell(text)}\``;
}

function findingTable(findings: readonly Finding[], ctx: FormatContext, note?: (f: Finding) => string): string[] {
  const { lang } = ctx;
  const c = CI.column;
  const head = [c.severity[lang], c.system[lang], c.rule[lang], c.message[lang], c.location[lang]];
  const lines = [`| ${head.join(' | ')} |`, `|${head.map(() => '---').join('|')}|`];
  for (const f of findings.slice(0, MAX_ROWS)) {
    const message = escapeCell(f.message[lang]) + (note ? ` — ${escapeCell(note(f))}` : '');
    const where = code(`${repoPath(f.file, ctx)}:${f.line}:${f.column}`);
    lines.push(`| ${UI.severity[f.severity][lang]} | ${f.system ? code(f.system) : ''} | ${code(f.rule)} | ${message} | ${where} |`);
  }
  if (findings.length > MAX_ROWS) lines.push('', interpolate(CI.more[lang], { n: findings.length - MAX_ROWS }, lang));
  return lines;
}

function details(summary: string, body: string[]): string[] {
  return ['<details>', `<summary>${escapeCell(summary)}</summary>`, '', ...body, '', '</details>'];
}

function resolvedList(entries: readonly BaselineEntry[], lang: Lang): string[] {
  const lines = entries.slice(0, MAX_ROWS).map((e) => {
    const parts = [code(e.rule), e.system ? code(e.system) : e.file ? code(e.file) : '', e.layer ? `(${escapeCell(e.layer)})` : '', e.waivedRule ? `→ ${code(e.waivedRule)}` : ''];
    return `- ${parts.filter(Boolean).join(' ')}`;
  });
  if (entries.length > MAX_ROWS) lines.push('', interpolate(CI.more[lang], { n: entries.length - MAX_ROWS }, lang));
  return lines;
}

function heading(result: AuditResult, lang: Lang): string {
  const open = result.findings.filter(isActionable);
  if (result.validateOnly) {
    return open.length === 0 ? `✅ ${CI.heading.validateClean[lang]}` : `❌ ${interpolate(CI.heading.validateProblems[lang], { n: open.length }, lang)}`;
  }
  const errors = open.filter((f) => f.severity === 'error').length;
  const warnings = open.filter((f) => f.severity === 'warning').length;
  if (errors + warnings === 0) return `✅ ${CI.heading.clean[lang]}`;
  return `${errors > 0 ? '❌' : '⚠️'} ${interpolate(CI.heading.findings[lang], { errors, warnings }, lang)}`;
}

export const formatMarkdown: Formatter = (raw, ctx) => {
  const result = visibleData(raw);
  const { lang } = ctx;
  const s = result.summary;
  const lines = [`## ${heading(result, lang)}`, ''];
  lines.push(
    result.validateOnly
      ? `${interpolate(CI.validateContext[lang], { ...s }, lang)} · ${displayDate(result.asOf, lang)}`
      : interpolate(CI.context[lang], { ...s, asOf: result.asOf }, lang),
  );
  if (result.regime) lines.push('', ...regimeLines(result.regime, lang).map((line) => escapeCell(line)));
  const b = result.baseline;
  if (b) lines.push('', interpolate(CI.baselineLine[lang], { source: code(b.source), new: b.new, known: b.known, resolved: b.resolved.length }, lang));

  // What needs action, worst first; otherwise in report order (file, line).
  const actionable = result.findings
    .map((f, order) => ({ f, order }))
    .filter(({ f }) => isActionable(f))
    .sort((a, b) => severityRank(a.f.severity) - severityRank(b.f.severity) || a.order - b.order)
    .map(({ f }) => f);
  if (actionable.length > 0) {
    lines.push('', `### ${(b ? CI.section.newFindings : CI.section.findings)[lang]} (${actionable.length})`, '', ...findingTable(actionable, ctx));
  }
  const known = result.findings.filter((f) => !f.suppressed && f.baseline === 'known');
  if (known.length > 0) lines.push('', ...details(`${CI.section.known[lang]} (${known.length})`, findingTable(known, ctx)));
  const waived = result.findings.filter((f) => f.suppressed);
  if (waived.length > 0) {
    lines.push('', ...details(`${CI.section.waived[lang]} (${waived.length})`, findingTable(waived, ctx, (f) => (f.waiver ? waiverText(f.waiver, lang) : ''))));
  }
  if (b && b.resolved.length > 0) lines.push('', ...details(`${CI.section.resolved[lang]} (${b.resolved.length})`, resolvedList(b.resolved, lang)));
  return `${lines.join('\n')}\n`;
};
