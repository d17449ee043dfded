// GitHub Actions workflow commands: one `::error`/`::warning`/`::notice` annotation per finding that
// needs action (not waived, not known from a baseline), errors first, since GitHub shows only the
// first 10 of each kind per step. The job summary (GITHUB_STEP_SUMMARY) is the Markdown format;
// the CLI appends it there, this function only returns text.
import { visible } from '../common/visible-text.js';
import { interpolate } from '../../i18n/lang.js';
import { UI } from '../../i18n/messages.js';
import { CI } from '../../i18n/ci-messages.js';
import { SEVERITIES, type Severity } from '../../rules/rule.js';
import { isActionable, repoPath } from './ci-common.js';
import type { ChunkedFormatter, Formatter } from '../types.js';

const COMMAND: Record<Severity, string> = { error: 'error', warning: 'warning', info: 'notice' };

/** Message text: %, CR and LF are escaped (GitHub's `escapeData`). */
export function escapeData(text: string): string {
  if (!DATA_SPECIAL.test(text)) return text;
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

const DATA_SPECIAL = /[%\r\n]/;
const PROPERTY_SPECIAL = /[%\r\n:,]/;

/** Property values: also ':' and ',', which would end the value (GitHub's `escapeProperty`). */
export function escapeProperty(text: string): string {
  if (!PROPERTY_SPECIAL.test(text)) return text;
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

export const formatGithub: Formatter = (raw, ctx) => [...githubChunks(raw, ctx)].join('');

/**
 * One line per annotation, written a few hundred at a time (issue 17). Texts are made visible one
 * at a time as they are written (no copy of the result), errors first by one pass per severity.
 */
export const githubChunks: ChunkedFormatter = function* (result, ctx) {
  const { lang } = ctx;
  const files = new Map<string, string>();
  let piece = '';
  // SEVERITIES is worst first: error, warning, info; within one, report order.
  for (const severity of SEVERITIES) {
    for (const f of result.findings) {
      if (f.severity !== severity || !isActionable(f)) continue;
      const rule = visible(f.rule);
      const title = f.system ? `${rule} (${visible(f.system)})` : rule;
      let file = files.get(f.file);
      if (file === undefined) files.set(f.file, (file = escapeProperty(repoPath(visible(f.file), ctx))));
      piece += `::${COMMAND[f.severity]} file=${file},line=${f.line},col=${f.column},title=${escapeProperty(title)}::${escapeData(visible(f.message[lang]))}\n`;
      if (piece.length > 1 << 16) {
        yield piece;
        piece = '';
      }
    }
  }
  const s = result.summary;
  const asOf = visible(result.asOf);
  piece += escapeData(
    result.validateOnly
      ? interpolate(CI.validateSummary[lang], { ...s, asOf }, lang)
      : interpolate(UI.summary[lang], { ...s, asOf }, lang),
  );
  if (result.baseline) {
    const b = result.baseline;
    piece += `\n${escapeData(interpolate(CI.baselineLine[lang], { source: visible(b.source), new: b.new, known: b.known, resolved: b.resolved.length }, lang))}`;
  }
  yield `${piece}\n`;
};
