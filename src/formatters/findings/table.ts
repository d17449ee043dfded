// The terminal view: findings grouped by file and system, columns aligned by display width
// (so Vietnamese diacritics, in NFC or NFD, line up), ending with one summary line.
// Written in pieces (issue 17): a national inventory's table is hundreds of millions of characters,
// more than one JavaScript string can hold, so it is written file by file and never joined.
import { visible, visibleData } from '../common/visible-text.js';
import { interpolate } from '../../i18n/lang.js';
import { displayWidth as stringWidth, isAllNarrow } from '../../util/display-width.js';
import { UI } from '../../i18n/messages.js';
import { CI } from '../../i18n/ci-messages.js';
import type { Finding } from '../../engine/finding.js';
import type { SystemRecord } from '../../model/inventory-schema.js';
import { pad } from '../common/columns.js';
import { regimeLines } from '../../regime/describe.js';
import type { ChunkedFormatter, FormatContext } from '../types.js';

const ONLY_NEW = {
  none: { vi: 'Không có phát hiện mới.', en: 'No new findings.' },
  hidden: { vi: '(--only-new: không hiện {n} phát hiện đã biết hoặc đã miễn trừ)', en: '(--only-new: {n} known or waived findings not shown)', en1: '(--only-new: 1 known or waived finding not shown)' },
};

/** A piece is handed on once it reaches this many characters. */
const PIECE = 1 << 16;

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


/**
 * The table in pieces. Every text from the inventory or the rules goes through `visible` as it is
 * written (control characters shown as escapes), one string at a time, so the result is never copied.
 */
export const tableChunks: ChunkedFormatter = function* (result, ctx) {
  const { color, lang } = ctx;
  let systems: Map<string, SystemRecord> | undefined;
  const byFile = new Map<string, Finding[]>();
  for (const f of result.findings) {
    const file = visible(f.file);
    const list = byFile.get(file);
    if (list) list.push(f);
    else byFile.set(file, [f]);
  }

  let piece = '';
  const line = (text: string): void => {
    piece += `${text.trimEnd()}\n`;
  };
  // Cells that repeat on every row (a rule id, a severity padded to its column) are made once per file.
  const rules = new Map<string, string>();
  const ruleCell = (rule: string): string => {
    let cell = rules.get(rule);
    if (cell === undefined) rules.set(rule, (cell = color.dim(visible(rule))));
    return cell;
  };
  for (const [file, findings] of byFile) {
    // Loops, not Math.max(...list): spreading 100k+ findings overflows the call stack.
    let posWidth = 0;
    let sevWidth = 0;
    let msgWidth = 0;
    for (const f of findings) {
      posWidth = Math.max(posWidth, `${f.line}:${f.column}`.length);
      sevWidth = Math.max(sevWidth, stringWidth(severityText(f, ctx)));
      const raw = f.message[lang];
      // An all-narrow text (the usual one) has nothing to escape and is as wide as it is long.
      msgWidth = Math.max(msgWidth, isAllNarrow(raw) ? raw.length : stringWidth(visible(raw)));
    }
    const severities = new Map<string, string>();
    line(color.underline(file));
    let current: string | null | undefined;
    for (const f of findings) {
      const system = f.system === null ? null : visible(f.system);
      if (system !== current) {
        current = system;
        systems ??= new Map(result.systems.map((s) => [visible(s.record.id), s.record]));
        const record = system ? systems.get(system) : undefined;
        // No system: a problem of a whole file, or a finding about the organisation (the annual report).
        const label = system ? color.bold(system) : color.dim((f.rule.startsWith('inventory/') ? UI.fileProblems : UI.organization)[lang]);
        line(`  ${label}${record ? color.dim(`  ${visible(record.name)} · ${visible(record.owner)}`) : ''}`);
      }
      // Positions are ASCII: their width is their length.
      const position = `${f.line}:${f.column}`;
      const quiet = f.suppressed || f.baseline === 'known';
      const severityKey = f.suppressed ? 's' : `${f.severity}${f.baseline === 'known' ? 'k' : ''}`;
      let severity = severities.get(severityKey);
      if (severity === undefined) severities.set(severityKey, (severity = paintSeverity(f, pad(severityText(f, ctx), sevWidth), ctx)));
      const raw = f.message[lang];
      const narrow = isAllNarrow(raw);
      const text = narrow ? raw : visible(raw);
      const message = text + ' '.repeat(Math.max(0, msgWidth - (narrow ? raw.length : stringWidth(text))));
      line(`     ${color.dim(position + ' '.repeat(posWidth - position.length))}  ${severity}  ${quiet ? color.dim(message) : message}  ${ruleCell(f.rule)}`);
      if (f.excerpt) {
        // The code frame of a YAML syntax error, its control characters shown as escapes.
        const indent = ' '.repeat(3 + 2 + posWidth + 2);
        const before = visible(f.excerpt.before);
        line(`${indent}${color.dim('│')} ${before}${visible(f.excerpt.after)}`);
        line(`${indent}${color.dim('│')} ${' '.repeat(stringWidth(before))}${color.red('^')}`);
      }
      if (f.waiver) {
        const note = interpolate(UI.waivedUntil[lang], { d: visible(f.waiver.expires), reason: visible(f.waiver.reason) }, lang);
        line(`${' '.repeat(3 + 2 + posWidth + 2 + sevWidth + 2)}${color.dim(`↳ ${note}`)}`);
      }
      if (piece.length > PIECE) {
        yield piece;
        piece = '';
      }
    }
    line('');
  }
  if (ctx.hiddenFindings !== undefined) {
    // --only-new: the findings above are the new ones; say what was left out, so an empty list is not read as "all clear".
    if (result.findings.length === 0) line(color.green(ONLY_NEW.none[lang]));
    const hidden = lang === 'en' && ctx.hiddenFindings === 1 ? ONLY_NEW.hidden.en1 : interpolate(ONLY_NEW.hidden[lang], { n: ctx.hiddenFindings });
    line(color.dim(hidden));
    line('');
  } else if (result.findings.length === 0) {
    line(color.green(UI.noFindings[lang]));
    line('');
  }
  const b = result.baseline;
  if (b && b.resolved.length > 0) {
    line(color.green(interpolate(CI.resolvedHeader[lang], { n: b.resolved.length }, lang)));
    for (const e of b.resolved) {
      const what = [visible(e.system ?? e.file ?? ''), e.layer ? `(${visible(e.layer)})` : '', e.waivedRule ? `→ ${visible(e.waivedRule)}` : ''].filter(Boolean).join(' ');
      line(`  ${color.green('✓')} ${what}  ${color.dim(visible(e.rule))}`);
      if (piece.length > PIECE) {
        yield piece;
        piece = '';
      }
    }
    line('');
  }
  const s = result.summary;
  const asOf = visible(result.asOf);
  let summary = result.validateOnly ? interpolate(CI.validateSummary[lang], { ...s, asOf }, lang) : interpolate(UI.summary[lang], { ...s, asOf }, lang);
  if (s.failedFiles > 0) summary += ` · ${interpolate(UI.failedFiles[lang], { n: s.failedFiles, files: s.files }, lang)}`;
  if (b) line(interpolate(CI.baselineLine[lang], { source: visible(b.source), new: b.new, known: b.known, resolved: b.resolved.length }, lang));
  // With a baseline, the colour follows what is new: known findings do not fail the run.
  let errors = false;
  let warnings = false;
  for (const f of result.findings) {
    if (f.suppressed || f.baseline === 'known') continue;
    if (f.severity === 'error') errors = true;
    else if (f.severity === 'warning') warnings = true;
  }
  // The regime just above the summary, which stays the last line (CI logs show the tail).
  if (result.regime) for (const text of regimeLines(visibleData(result.regime), lang)) line(color.dim(text));
  line(errors ? color.red.bold(summary) : warnings ? color.yellow.bold(summary) : color.green.bold(summary));
  yield piece;
};
