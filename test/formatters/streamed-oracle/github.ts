// The implementation before streaming (issue 17), kept as the oracle of test/formatters/streamed.test.ts.
// GitHub Actions workflow commands: one `::error`/`::warning`/`::notice` annotation per finding that
// needs action (not waived, not known from a baseline), errors first, since GitHub shows only the
// first 10 of each kind per step. The job summary (GITHUB_STEP_SUMMARY) is the Markdown format;
// the CLI appends it there, this function only returns text.
import { visibleData } from '../../../src/formatters/common/visible-text.js';
import { interpolate } from '../../../src/i18n/lang.js';
import { UI } from '../../../src/i18n/messages.js';
import { CI } from '../../../src/i18n/ci-messages.js';
import { severityRank } from '../../../src/engine/finding.js';
import type { Severity } from '../../../src/rules/rule.js';
import { isActionable, repoPath } from '../../../src/formatters/findings/ci-common.js';
import type { Formatter } from '../../../src/formatters/types.js';

const COMMAND: Record<Severity, string> = { error: 'error', warning: 'warning', info: 'notice' };

/** Message text: %, CR and LF are escaped (GitHub's `escapeData`). */
export function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** Property values: also ':' and ',', which would end the value (GitHub's `escapeProperty`). */
export function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

export const formatGithub: Formatter = (raw, ctx) => {
  const result = visibleData(raw);
  const { lang } = ctx;
  const actionable = result.findings
    .map((f, order) => ({ f, order }))
    .filter(({ f }) => isActionable(f))
    .sort((a, b) => severityRank(a.f.severity) - severityRank(b.f.severity) || a.order - b.order)
    .map(({ f }) => f);
  const lines = actionable.map((f) => {
    const title = f.system ? `${f.rule} (${f.system})` : f.rule;
    const props = [`file=${escapeProperty(repoPath(f.file, ctx))}`, `line=${f.line}`, `col=${f.column}`, `title=${escapeProperty(title)}`].join(',');
    return `::${COMMAND[f.severity]} ${props}::${escapeData(f.message[lang])}`;
  });
  const s = result.summary;
  lines.push(
    escapeData(
      result.validateOnly
        ? interpolate(CI.validateSummary[lang], { ...s, asOf: result.asOf }, lang)
        : interpolate(UI.summary[lang], { ...s, asOf: result.asOf }, lang),
    ),
  );
  if (result.baseline) {
    const b = result.baseline;
    lines.push(escapeData(interpolate(CI.baselineLine[lang], { source: b.source, new: b.new, known: b.known, resolved: b.resolved.length }, lang)));
  }
  return `${lines.join('\n')}\n`;
};
