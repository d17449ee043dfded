// SARIF 2.1.0 for GitHub code scanning (and any SARIF viewer). Every rule is listed in
// `tool.driver.rules`, so code scanning can tell "ran and found nothing" from "rule gone" and close
// fixed alerts. `partialFingerprints` come from rule + system + layer (+ the waived rule), never the
// line, so an edit above a system does not make its finding new. Waived findings are kept, with a
// `suppressions` entry: kind `inSource` for a waiver written in the inventory, `external` for one
// from a waivers file, status `accepted`, the justification naming reason, approver and expiry.
import type { Log, ReportingDescriptor, Result } from 'sarif';
import type { Finding } from '../../engine/finding.js';
import type { Severity } from '../../rules/rule.js';
import { fingerprintFindings } from '../../baseline/fingerprint.js';
import { CI } from '../../i18n/ci-messages.js';
import { machineText, textIn } from '../../i18n/lang.js';
import { repoPath, ruleDescriptors, waiverText } from './ci-common.js';
import { regimeJson } from '../../regime/describe.js';
import type { ChunkedFormatter, Formatter, FormatContext } from '../types.js';

export const SARIF_SCHEMA = 'https://raw.githubusercontent.com/oasis-tcs/sarif-spec/master/Schemata/sarif-schema-2.1.0.json';
export const INFORMATION_URI = 'https://github.com/attt-audit/attt-audit';
export const FINGERPRINT_KEY = 'atttAudit/v1';

const LEVEL: Record<Severity, Result.level> = { error: 'error', warning: 'warning', info: 'note' };

/** A repository-relative path as a URI reference: each segment percent-encoded (spaces, Vietnamese letters, #, ?). */
function toUri(file: string, ctx: FormatContext): string {
  return repoPath(file, ctx).split('/').map(encodeURIComponent).join('/');
}

export const formatSarif: Formatter = (result, ctx) => [...sarifChunks(result, ctx)].join('');

/** Stands for the results in the skeleton; they are serialised one by one in its place. */
const RESULTS = '\u0000results\u0000';
/** `results` sits four levels deep in the log (log → runs → run → results → result). */
const RESULT_INDENT = '        ';

/**
 * Exactly `JSON.stringify(log, null, 2)` and a newline, in pieces: the skeleton around the results,
 * then the results a few hundred at a time, so that neither one string nor one array of result
 * objects holds them all (at a million systems the log is over a gigabyte of text).
 */
export const sarifChunks: ChunkedFormatter = function* (result, ctx) {
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
  const toResult = (f: Finding, i: number): Result => {
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
  };
  const log: Log = {
    $schema: SARIF_SCHEMA,
    version: '2.1.0',
    runs: [
      {
        tool: { driver: { name: ctx.tool.name, version: ctx.tool.version, semanticVersion: ctx.tool.version, informationUri: INFORMATION_URI, rules } },
        language: lang,
        columnKind: 'utf16CodeUnits',
        results: result.findings.length === 0 ? [] : (RESULTS as unknown as Result[]),
        properties: {
          asOf: result.asOf,
          ...(result.validateOnly ? { validateOnly: true } : {}),
          ...(result.regime ? { regime: regimeJson(result.regime, lang) } : {}),
          ...(result.baseline ? { baseline: { source: result.baseline.source, new: result.baseline.new, known: result.baseline.known, resolved: result.baseline.resolved.length } } : {}),
        },
      },
    ],
  };
  const skeleton = JSON.stringify(log, null, 2);
  if (result.findings.length === 0) {
    yield `${skeleton}\n`;
    return;
  }
  // A raw line break only comes from the layout (strings escape theirs), so a text of a rule pack
  // that happens to equal the marker cannot be mistaken for the run's own `results` key.
  const quoted = JSON.stringify(RESULTS);
  const at = skeleton.indexOf(`\n      "results": ${quoted}`) + '\n      "results": '.length;
  let piece = `${skeleton.slice(0, at)}[\n`;
  for (let i = 0; i < result.findings.length; i += 1) {
    const text = JSON.stringify(toResult(result.findings[i]!, i), null, 2);
    piece += (i === 0 ? RESULT_INDENT : ',\n' + RESULT_INDENT) + text.replaceAll('\n', '\n' + RESULT_INDENT);
    if (piece.length > 1 << 16) {
      yield piece;
      piece = '';
    }
  }
  yield `${piece}\n${RESULT_INDENT.slice(2)}]${skeleton.slice(at + quoted.length)}\n`;
};
