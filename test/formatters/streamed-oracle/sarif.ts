// The implementation before streaming (issue 17), kept as the oracle of test/formatters/streamed.test.ts.
// SARIF 2.1.0 for GitHub code scanning (and any SARIF viewer). Every rule is listed in
// `tool.driver.rules`, so code scanning can tell "ran and found nothing" from "rule gone" and close
// fixed alerts. `partialFingerprints` come from rule + system + layer (+ the waived rule), never the
// line, so an edit above a system does not make its finding new. Waived findings are kept, with a
// `suppressions` entry: kind `inSource` for a waiver written in the inventory, `external` for one
// from a waivers file, status `accepted`, the justification naming reason, approver and expiry.
import type { Log, ReportingDescriptor, Result } from 'sarif';
import type { Severity } from '../../../src/rules/rule.js';
import { fingerprintFindings } from '../../../src/baseline/fingerprint.js';
import { CI } from '../../../src/i18n/ci-messages.js';
import { machineText, textIn } from '../../../src/i18n/lang.js';
import { repoPath, ruleDescriptors, waiverText } from '../../../src/formatters/findings/ci-common.js';
import { regimeJson } from '../../../src/regime/describe.js';
import type { Formatter, FormatContext } from '../../../src/formatters/types.js';

export const SARIF_SCHEMA = 'https://raw.githubusercontent.com/oasis-tcs/sarif-spec/master/Schemata/sarif-schema-2.1.0.json';
export const INFORMATION_URI = 'https://github.com/attt-audit/attt-audit';
export const FINGERPRINT_KEY = 'atttAudit/v1';

const LEVEL: Record<Severity, Result.level> = { error: 'error', warning: 'warning', info: 'note' };

/** A repository-relative path as a URI reference: each segment percent-encoded (spaces, Vietnamese letters, #, ?). */
function toUri(file: string, ctx: FormatContext): string {
  return repoPath(file, ctx).split('/').map(encodeURIComponent).join('/');
}

export const formatSarif: Formatter = (result, ctx) => {
  const { lang } = ctx;
  const descriptors = ruleDescriptors(result);
  const index = new Map(descriptors.map((d, i) => [d.id, i]));
  const rules: ReportingDescriptor[] = descriptors.map((d) => ({
    id: d.id,
    shortDescription: { text: d.title[lang] },
    fullDescription: { text: (d.description ?? d.title)[lang] },
    help: { text: `${CI.basis[lang]}: ${textIn(d.basis, lang)}`, markdown: `**${CI.basis[lang]}:** ${textIn(d.basis, lang)}` },
    defaultConfiguration: { level: LEVEL[d.severity] },
    properties: {
      tags: ['compliance', d.id.split('/')[0]!],
      ...(d.regime !== undefined ? { regime: d.regime } : {}),
      ...(d.effective ? { effective: d.effective } : {}),
      ...(d.provisional ? { provisional: true } : {}),
    },
  }));
  const prints = fingerprintFindings(result.findings);
  const results: Result[] = result.findings.map((f, i) => {
    const ruleIndex = index.get(f.rule);
    return {
      ruleId: f.rule,
      ...(ruleIndex !== undefined ? { ruleIndex } : {}),
      level: LEVEL[f.severity],
      message: { text: machineText(f.message, lang) },
      locations: [
        {
          physicalLocation: { artifactLocation: { uri: toUri(f.file, ctx) }, region: { startLine: f.line, startColumn: f.column } },
          ...(f.system !== null ? { logicalLocations: [{ name: f.system, kind: 'object' }] } : {}),
        },
      ],
      partialFingerprints: { [FINGERPRINT_KEY]: prints[i]! },
      ...(f.baseline ? { baselineState: f.baseline === 'known' ? ('unchanged' as const) : ('new' as const) } : {}),
      ...(f.waiver
        ? { suppressions: [{ kind: f.waiver.file ? ('external' as const) : ('inSource' as const), status: 'accepted' as const, justification: waiverText(f.waiver, lang) }] }
        : {}),
      properties: {
        system: f.system,
        ...(f.layer ? { layer: f.layer } : {}),
        ...(f.due ? { due: f.due } : {}),
        ...(f.waivedRule ? { waivedRule: f.waivedRule } : {}),
      },
    };
  });
  const log: Log = {
    $schema: SARIF_SCHEMA,
    version: '2.1.0',
    runs: [
      {
        tool: { driver: { name: ctx.tool.name, version: ctx.tool.version, semanticVersion: ctx.tool.version, informationUri: INFORMATION_URI, rules } },
        language: lang,
        columnKind: 'utf16CodeUnits',
        results,
        properties: {
          asOf: result.asOf,
          ...(result.validateOnly ? { validateOnly: true } : {}),
          ...(result.regime ? { regime: regimeJson(result.regime, lang) } : {}),
          ...(result.baseline ? { baseline: { source: result.baseline.source, new: result.baseline.new, known: result.baseline.known, resolved: result.baseline.resolved.length } } : {}),
        },
      },
    ],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
};
