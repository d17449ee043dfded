// The implementation before streaming (issue 17), kept as the oracle of test/formatters/streamed.test.ts.
// The terminal view: findings grouped by file and system, columns aligned by display width
// (so Vietnamese diacritics, in NFC or NFD, line up), ending with one summary line.
import { visibleData } from '../../../src/formatters/common/visible-text.js';
import { interpolate } from '../../../src/i18n/lang.js';
import { displayWidth as stringWidth } from '../../../src/util/display-width.js';
import { UI } from '../../../src/i18n/messages.js';
import { CI } from '../../../src/i18n/ci-messages.js';
import type { Finding } from '../../../src/engine/finding.js';
import { pad } from '../../../src/formatters/common/columns.js';
import { regimeLines } from '../../../src/regime/describe.js';
import type { Formatter, FormatContext } from '../../../src/formatters/types.js';

const ONLY_NEW = {
  none: { vi: 'Không có phát hiện mới.', en: 'No new findings.' },
  hidden: { vi: '(--only-new: không hiện {n} phát hiện đã biết hoặc đã miễn trừ)', en: '(--only-new: {n} known or waived findings not shown)', en1: '(--only-new: 1 known or waived finding not shown)' },
};

function severityText(f: Finding, ctx: FormatContext): string {
  if (f.suppressed) return UI.suppressed[ctx.lang];
  const severity = UI.severity[f.severity][ctx.lang];
  return f.baseline === 'known' ? `${severity} (${CI.baselineTag.known[ctx.lang]})` : severity;
}

function paintSeverity(f: Finding, text: string, ctx: FormatContext): string {
  const { color } = ctx;
  if (f.suppressed || f.baseline === 'known') return color.dim(text);
  return f.severity === 'error' ? color.red(text) : f.severity === 'warning' ? color.yellow(text) : color.blue(text);
}

export const formatTable: Formatter = (raw, ctx) => {
  const result = visibleData(raw);
  const { color, lang } = ctx;
  const systems = new Map(result.systems.map((s) => [s.record.id, s.record]));
  const byFile = new Map<string, Finding[]>();
  for (const f of result.findings) {
    const list = byFile.get(f.file);
    if (list) list.push(f);
    else byFile.set(f.file, [f]);
  }

  const lines: string[] = [];
  for (const [file, findings] of byFile) {
    // Loops, not Math.max(...list): spreading 100k+ findings overflows the call stack.
    let posWidth = 0;
    let sevWidth = 0;
    let msgWidth = 0;
    for (const f of findings) {
      posWidth = Math.max(posWidth, `${f.line}:${f.column}`.length);
      sevWidth = Math.max(sevWidth, stringWidth(severityText(f, ctx)));
      msgWidth = Math.max(msgWidth, stringWidth(f.message[lang]));
    }
    lines.push(color.underline(file));
    let current: string | null | undefined;
    for (const f of findings) {
      if (f.system !== current) {
        current = f.system;
        const record = f.system ? systems.get(f.system) : undefined;
        // No system: a problem of a whole file, or a finding about the organisation (the annual report).
        const label = f.system ? color.bold(f.system) : color.dim((f.rule.startsWith('inventory/') ? UI.fileProblems : UI.organization)[lang]);
        lines.push(`  ${label}${record ? color.dim(`  ${record.name} · ${record.owner}`) : ''}`);
      }
      const message = pad(f.message[lang], msgWidth);
      lines.push(
        [
          '   ',
          color.dim(pad(`${f.line}:${f.column}`, posWidth)),
          paintSeverity(f, pad(severityText(f, ctx), sevWidth), ctx),
          f.suppressed || f.baseline === 'known' ? color.dim(message) : message,
          color.dim(f.rule),
        ].join('  '),
      );
      if (f.excerpt) {
        // The code frame of a YAML syntax error; visibleData has already escaped control characters in it.
        const indent = ' '.repeat(3 + 2 + posWidth + 2);
        lines.push(`${indent}${color.dim('│')} ${f.excerpt.before}${f.excerpt.after}`);
        lines.push(`${indent}${color.dim('│')} ${' '.repeat(stringWidth(f.excerpt.before))}${color.red('^')}`);
      }
      if (f.waiver) {
        const note = interpolate(UI.waivedUntil[lang], { d: f.waiver.expires, reason: f.waiver.reason }, lang);
        lines.push(`${' '.repeat(3 + 2 + posWidth + 2 + sevWidth + 2)}${color.dim(`↳ ${note}`)}`);
      }
    }
    lines.push('');
  }
  if (ctx.hiddenFindings !== undefined) {
    // --only-new: the findings above are the new ones; say what was left out, so an empty list is not read as "all clear".
    if (result.findings.length === 0) lines.push(color.green(ONLY_NEW.none[lang]));
    const hidden = lang === 'en' && ctx.hiddenFindings === 1 ? ONLY_NEW.hidden.en1 : interpolate(ONLY_NEW.hidden[lang], { n: ctx.hiddenFindings });
    lines.push(color.dim(hidden), '');
  } else if (result.findings.length === 0) lines.push(color.green(UI.noFindings[lang]), '');
  const b = result.baseline;
  if (b && b.resolved.length > 0) {
    lines.push(color.green(interpolate(CI.resolvedHeader[lang], { n: b.resolved.length }, lang)));
    for (const e of b.resolved) {
      const what = [e.system ?? e.file ?? '', e.layer ? `(${e.layer})` : '', e.waivedRule ? `→ ${e.waivedRule}` : ''].filter(Boolean).join(' ');
      lines.push(`  ${color.green('✓')} ${what}  ${color.dim(e.rule)}`);
    }
    lines.push('');
  }
  const s = result.summary;
  let summary = result.validateOnly
    ? interpolate(CI.validateSummary[lang], { ...s, asOf: result.asOf }, lang)
    : interpolate(UI.summary[lang], { ...s, asOf: result.asOf }, lang);
  if (s.failedFiles > 0) summary += ` · ${interpolate(UI.failedFiles[lang], { n: s.failedFiles, files: s.files }, lang)}`;
  if (b) lines.push(interpolate(CI.baselineLine[lang], { source: b.source, new: b.new, known: b.known, resolved: b.resolved.length }, lang));
  // With a baseline, the colour follows what is new: known findings do not fail the run.
  const open = result.findings.filter((f) => !f.suppressed && f.baseline !== 'known');
  const errors = open.some((f) => f.severity === 'error');
  const warnings = open.some((f) => f.severity === 'warning');
  // The regime just above the summary, which stays the last line (CI logs show the tail).
  if (result.regime) for (const line of regimeLines(result.regime, lang)) lines.push(color.dim(line));
  lines.push(errors ? color.red.bold(summary) : warnings ? color.yellow.bold(summary) : color.green.bold(summary));
  return `${lines.map((l) => l.trimEnd()).join('\n')}\n`;
};
