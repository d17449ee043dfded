// The implementation before streaming (issue 17), kept as the oracle of test/formatters/streamed.test.ts.
// GitLab Code Quality (`artifacts:reports:codequality`): a JSON array of Code Climate issues.
// Waived findings are left out (Code Quality has no notion of an accepted exception). Known
// baseline findings stay in: GitLab compares fingerprints with the target branch itself.
import { machineText } from '../../../src/i18n/lang.js';
import { fingerprintFindings } from '../../../src/baseline/fingerprint.js';
import type { Severity } from '../../../src/rules/rule.js';
import { repoPath } from '../../../src/formatters/findings/ci-common.js';
import type { Formatter } from '../../../src/formatters/types.js';

const SEVERITY: Record<Severity, 'critical' | 'major' | 'minor'> = { error: 'critical', warning: 'major', info: 'minor' };

export const formatGitlab: Formatter = (result, ctx) => {
  const prints = fingerprintFindings(result.findings);
  const issues = result.findings.flatMap((f, i) =>
    f.suppressed
      ? []
      : [
          {
            description: f.system ? `${f.system}: ${machineText(f.message, ctx.lang)}` : machineText(f.message, ctx.lang),
            check_name: f.rule,
            fingerprint: prints[i]!,
            severity: SEVERITY[f.severity],
            location: { path: repoPath(f.file, ctx), lines: { begin: f.line } },
          },
        ],
  );
  return `${JSON.stringify(issues, null, 2)}\n`;
};
