// GitLab Code Quality (`artifacts:reports:codequality`): a JSON array of Code Climate issues.
// Waived findings are left out (Code Quality has no notion of an accepted exception). Known
// baseline findings stay in: GitLab compares fingerprints with the target branch itself.
import { machineText } from '../../i18n/lang.js';
import { fingerprinter } from '../../baseline/fingerprint.js';
import type { Severity } from '../../rules/rule.js';
import { repoPath } from './ci-common.js';
import { quote } from '../common/json-chunks.js';
import type { ChunkedFormatter, Formatter } from '../types.js';

const SEVERITY: Record<Severity, 'critical' | 'major' | 'minor'> = { error: 'critical', warning: 'major', info: 'minor' };

export const formatGitlab: Formatter = (result, ctx) => [...gitlabChunks(result, ctx)].join('');

/** Exactly `JSON.stringify(issues, null, 2)` and a newline, one issue at a time (issue 17). */
export const gitlabChunks: ChunkedFormatter = function* (result, ctx) {
  // Made as the issues are written, in finding order (suppressed ones count too): never all at once.
  const printOf = fingerprinter();
  const paths = new Map<string, string>();
  let piece = '';
  let first = true;
  for (let i = 0; i < result.findings.length; i += 1) {
    const f = result.findings[i]!;
    const print = printOf(f);
    if (f.suppressed) continue;
    const message = machineText(f.message, ctx.lang);
    let path = paths.get(f.file);
    if (path === undefined) paths.set(f.file, (path = repoPath(f.file, ctx)));
    piece += first ? '[\n  ' : ',\n  ';
    if (typeof message === 'string' && typeof f.rule === 'string' && SEVERITY[f.severity] !== undefined && typeof path === 'string' && Number.isSafeInteger(f.line)) {
      // Written out field by field, exactly as JSON.stringify(issues, null, 2) indents it (the usual case).
      piece +=
        '{\n    "description": ' + quote(f.system ? `${f.system}: ${message}` : message) +
        ',\n    "check_name": ' + quote(f.rule) +
        ',\n    "fingerprint": ' + quote(print) +
        ',\n    "severity": "' + SEVERITY[f.severity] +
        '",\n    "location": {\n      "path": ' + quote(path) +
        ',\n      "lines": {\n        "begin": ' + f.line + '\n      }\n    }\n  }';
    } else {
      const issue = {
        description: f.system ? `${f.system}: ${message}` : message,
        check_name: f.rule,
        fingerprint: print,
        severity: SEVERITY[f.severity],
        location: { path: repoPath(f.file, ctx), lines: { begin: f.line } },
      };
      piece += JSON.stringify(issue, null, 2).replaceAll('\n', '\n  ');
    }
    first = false;
    if (piece.length > 1 << 16) {
      yield piece;
      piece = '';
    }
  }
  yield first ? '[]\n' : `${piece}\n]\n`;
};
