// A Markdown summary for a merge-request comment or a GitHub job summary: a heading that says
// pass or fail, the context line (evaluation date, counts), then the findings that need action as
// a table; known (baseline), waived and resolved findings fold away under <details>. Long tables
// are cut at MAX_ROWS rows (comments have size limits); the full list is in the other formats.
// Only the rows shown are kept (and their texts made visible one by one): at national scale the
// findings are counted, never copied or sorted as a whole.
import { visible, visibleData } from '../common/visible-text.js';
import type { AuditResult, BaselineEntry } from '../../engine/audit.js';
import type { Finding } from '../../engine/finding.js';
import type { Severity } from '../../rules/rule.js';
import { CI } from '../../i18n/ci-messages.js';
import { displayDate, interpolate, type Lang } from '../../i18n/lang.js';
import { UI } from '../../i18n/messages.js';
import { isActionable, repoPath, waiverText } from './ci-common.js';
import type { Formatter, FormatContext } from '../types.js';
import { regimeLines } from '../../regime/describe.js';

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

/** The first MAX_ROWS findings of a section, and how many the section has. */
interface Section {
  rows: Finding[];
  count: number;
}

function section(findings: readonly Finding[], keep: (f: Finding) => boolean): Section {
  const rows: Finding[] = [];
  let count = 0;
  for (const f of findings) {
    if (!keep(f)) continue;
    count += 1;
    if (rows.length < MAX_ROWS) rows.push(f);
  }
  return { rows, count };
}

function findingTable({ rows, count }: Section, ctx: FormatContext, note?: (f: Finding) => string): string[] {
  const { lang } = ctx;
  const c = CI.column;
  const head = [c.severity[lang], c.system[lang], c.rule[lang], c.message[lang], c.location[lang]];
  const lines = [`| ${head.join(' | ')} |`, `|${head.map(() => '---').join('|')}|`];
  for (const f of rows) {
    const message = escapeCell(visible(f.message[lang])) + (note ? ` — ${escapeCell(note(f))}` : '');
    const where = code(`${repoPath(visible(f.file), ctx)}:${f.line}:${f.column}`);
    lines.push(`| ${UI.severity[f.severity][lang]} | ${f.system ? code(visible(f.system)) : ''} | ${code(visible(f.rule))} | ${message} | ${where} |`);
  }
  if (count > MAX_ROWS) lines.push('', interpolate(CI.more[lang], { n: count - MAX_ROWS }, lang));
  return lines;
}

function details(summary: string, body: string[]): string[] {
  return ['<details>', `<summary>${escapeCell(summary)}</summary>`, '', ...body, '', '</details>'];
}

function resolvedList(entries: readonly BaselineEntry[], lang: Lang): string[] {
  const lines = entries.slice(0, MAX_ROWS).map((e) => {
    const parts = [
      code(visible(e.rule)),
      e.system ? code(visible(e.system)) : e.file ? code(visible(e.file)) : '',
      e.layer ? `(${escapeCell(visible(e.layer))})` : '',
      e.waivedRule ? `→ ${code(visible(e.waivedRule))}` : '',
    ];
    return `- ${parts.filter(Boolean).join(' ')}`;
  });
  if (entries.length > MAX_ROWS) lines.push('', interpolate(CI.more[lang], { n: entries.length - MAX_ROWS }, lang));
  return lines;
}

function heading(result: AuditResult, actionable: Record<Severity, Section>, lang: Lang): string {
  if (result.validateOnly) {
    const open = actionable.error.count + actionable.warning.count + actionable.info.count;
    return open === 0 ? `✅ ${CI.heading.validateClean[lang]}` : `❌ ${interpolate(CI.heading.validateProblems[lang], { n: open }, lang)}`;
  }
  const errors = actionable.error.count;
  const warnings = actionable.warning.count;
  if (errors + warnings === 0) return `✅ ${CI.heading.clean[lang]}`;
  return `${errors > 0 ? '❌' : '⚠️'} ${interpolate(CI.heading.findings[lang], { errors, warnings }, lang)}`;
}

export const formatMarkdown: Formatter = (result, ctx) => {
  const { lang } = ctx;
  const s = result.summary;
  const asOf = visible(result.asOf);
  // What needs action, worst first; otherwise in report order (file, line).
  const actionable = {
    error: section(result.findings, (f) => f.severity === 'error' && isActionable(f)),
    warning: section(result.findings, (f) => f.severity === 'warning' && isActionable(f)),
    info: section(result.findings, (f) => f.severity === 'info' && isActionable(f)),
  };
  const lines = [`## ${heading(result, actionable, lang)}`, ''];
  lines.push(
    result.validateOnly
      ? `${interpolate(CI.validateContext[lang], { ...s }, lang)} · ${displayDate(asOf, lang)}`
      : interpolate(CI.context[lang], { ...s, asOf }, lang),
  );
  if (result.regime) lines.push('', ...regimeLines(visibleData(result.regime), lang).map((line) => escapeCell(line)));
  const b = result.baseline;
  if (b) lines.push('', interpolate(CI.baselineLine[lang], { source: code(visible(b.source)), new: b.new, known: b.known, resolved: b.resolved.length }, lang));

  const open: Section = {
    rows: [...actionable.error.rows, ...actionable.warning.rows, ...actionable.info.rows].slice(0, MAX_ROWS),
    count: actionable.error.count + actionable.warning.count + actionable.info.count,
  };
  if (open.count > 0) {
    lines.push('', `### ${(b ? CI.section.newFindings : CI.section.findings)[lang]} (${open.count})`, '', ...findingTable(open, ctx));
  }
  const known = section(result.findings, (f) => !f.suppressed && f.baseline === 'known');
  if (known.count > 0) lines.push('', ...details(`${CI.section.known[lang]} (${known.count})`, findingTable(known, ctx)));
  const waived = section(result.findings, (f) => f.suppressed);
  if (waived.count > 0) {
    lines.push('', ...details(`${CI.section.waived[lang]} (${waived.count})`, findingTable(waived, ctx, (f) => (f.waiver ? waiverText(visibleData(f.waiver), lang) : ''))));
  }
  if (b && b.resolved.length > 0) lines.push('', ...details(`${CI.section.resolved[lang]} (${b.resolved.length})`, resolvedList(b.resolved, lang)));
  return `${lines.join('\n')}\n`;
};
