// GitLab Code Quality (`artifacts:reports:codequality`): a JSON array of Code Climate issues.
// Waived findings are left out (Code Quality has no notion of an accepted exception). Known
// baseline findings stay in: GitLab compares fingerprints with the target branch itself.
import { machineText } from '../../i18n/lang.js';
import { fingerprintFindings } from '../../baseline/fingerprint.js';
import type { Severity } from '../../rules/rule.js';
import { repoPath } from './ci-common.js';
import type { ChunkedFormatter, Formatter } from '../types.js';

const SEVERITY: Record<Severity, 'critical' | 'major' | 'minor'> = { error: 'critical', warning: 'major', info: 'minor' };

export const formatGitlab: Formatter = (result, ctx) => [...gitlabChunks(result, ctx)].join('');

/** Exactly `JSON.stringify(issues, null, 2)` and a newline, one issue at a time (issue 17). */
export const gitlabChunks: ChunkedFormatter = function* (result, ctx) {
  const prints = fingerprintFindings(result.findings);
  let piece = '';
  let first = true;
  for (let i = 0; i < result.findings.length; i += 1) {
    const f = result.findings[i]!;
    if (f.suppressed) continue;
    const issue = {
      description: f.system ? `${f.system}: ${machineText(f.message, ctx.lang)}` : machineText(f.message, ctx.lang),
      check_name: f.rule,
      fingerprint: prints[i]!,
      severity: SEVERITY[f.severity],
      location: { path: repoPath(f.file, ctx), lines: { begin: f.line } },
    };
    piece += (first ? '[\n  ' : ',\n  ') + JSON.stringify(issue, null, 2).replaceAll('\n', '\n  ');
    first = false;
    if (piece.length > 1 << 16) {
      yield piece;
      piece = '';
    }
  }
  yield first ? '[]\n' : `${piece}\n]\n`;
};
