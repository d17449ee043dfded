// SARIF 2.1.0 for GitHub code scanning (and any SARIF viewer). Every rule is listed in
// `tool.driver.rules`, so code scanning can tell "ran and found nothing" from "rule gone" and close
// fixed alerts. `partialFingerprints` come from rule + system + layer (+ the waived rule), never the
// line, so an edit above a system does not make its finding new. Waived findings are kept, with a
// `suppressions` entry: kind `inSource` for a waiver written in the inventory, `external` for one
// from a waivers file, status `accepted`, the justification naming reason, approver and expiry.
import type { Log, ReportingDescriptor, Result } from 'sarif';
import type { Finding } from '../../engine/finding.js';
import type { Severity } from '../../rules/rule.js';
import { fingerprinter } from '../../baseline/fingerprint.js';
import { CI } from '../../i18n/ci-messages.js';
import { machineText, textIn } from '../../i18n/lang.js';
import { quote } from '../common/json-chunks.js';
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
  // Made as the results are written, in finding order: never all of them at once.
  const printOf = fingerprinter();
  const uris = new Map<string, string>();
  const uriOf = (file: string): string => {
    let uri = uris.get(file);
    if (uri === undefined) uris.set(file, (uri = toUri(file, ctx)));
    return uri;
  };
  const toResult = (f: Finding, print: string): Result => {
    const ruleIndex = index.get(f.rule);
    return {
      ruleId: f.rule,
      ...(ruleIndex !== undefined ? { ruleIndex } : {}),
      level: LEVEL[f.severity],
      message: { text: machineText(f.message, lang) },
      locations: [
        {
          physicalLocation: { artifactLocation: { uri: uriOf(f.file) }, region: { startLine: f.line, startColumn: f.column } },
          ...(f.system !== null ? { logicalLocations: [{ name: f.system, kind: 'object' }] } : {}),
        },
      ],
      partialFingerprints: { [FINGERPRINT_KEY]: print },
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
    const f = result.findings[i]!;
    piece += i === 0 ? '' : ',\n';
    const message = isPlain(f) ? machineText(f.message, lang) : undefined;
    const print = printOf(f);
    if (typeof message === 'string') piece += resultJson(f, message, index.get(f.rule), uriOf(f.file), print);
    else piece += RESULT_INDENT + JSON.stringify(toResult(f, print), null, 2).replaceAll('\n', '\n' + RESULT_INDENT);
    if (piece.length > 1 << 16) {
      yield piece;
      piece = '';
    }
  }
  yield `${piece}\n${RESULT_INDENT.slice(2)}]${skeleton.slice(at + quoted.length)}\n`;
};

/** A finding whose fields are what the audit makes (strings, whole numbers): written by resultJson; anything else by JSON.stringify. */
function isPlain(f: Finding): boolean {
  return (
    typeof f.rule === 'string' &&
    LEVEL[f.severity] !== undefined &&
    (f.baseline === undefined || typeof f.baseline === 'string') &&
    (f.system === null || typeof f.system === 'string') &&
    typeof f.file === 'string' &&
    Number.isSafeInteger(f.line) &&
    Number.isSafeInteger(f.column) &&
    f.waiver === undefined &&
    (f.layer === undefined || typeof f.layer === 'string') &&
    (f.due === undefined || typeof f.due === 'string') &&
    (f.waivedRule === undefined || typeof f.waivedRule === 'string')
  );
}

/**
 * One result exactly as `JSON.stringify(log, null, 2)` prints it four levels deep, written out field
 * by field: stringifying each result object and re-indenting it was most of the time of a large log.
 * Field order is the contract; test/formatters/streamed.test.ts compares it with the earlier implementation.
 */
function resultJson(f: Finding, message: string, ruleIndex: number | undefined, uri: string, print: string): string {
  const I = RESULT_INDENT;
  let out = I + '{\n' + I + '  "ruleId": ' + quote(f.rule);
  if (ruleIndex !== undefined) out += ',\n' + I + '  "ruleIndex": ' + ruleIndex;
  out +=
    ',\n' + I + '  "level": "' + LEVEL[f.severity] +
    '",\n' + I + '  "message": {\n' + I + '    "text": ' + quote(message) +
    '\n' + I + '  },\n' + I + '  "locations": [\n' + I + '    {\n' + I + '      "physicalLocation": {\n' +
    I + '        "artifactLocation": {\n' + I + '          "uri": ' + quote(uri) + '\n' + I + '        },\n' +
    I + '        "region": {\n' + I + '          "startLine": ' + f.line + ',\n' + I + '          "startColumn": ' + f.column + '\n' + I + '        }\n' +
    I + '      }';
  if (f.system !== null) {
    out += ',\n' + I + '      "logicalLocations": [\n' + I + '        {\n' + I + '          "name": ' + quote(f.system) + ',\n' + I + '          "kind": "object"\n' + I + '        }\n' + I + '      ]';
  }
  out += '\n' + I + '    }\n' + I + '  ],\n' + I + '  "partialFingerprints": {\n' + I + '    "' + FINGERPRINT_KEY + '": ' + quote(print) + '\n' + I + '  }';
  if (f.baseline) out += ',\n' + I + '  "baselineState": "' + (f.baseline === 'known' ? 'unchanged' : 'new') + '"';
  out += ',\n' + I + '  "properties": {\n' + I + '    "system": ' + (f.system === null ? 'null' : quote(f.system));
  if (f.layer) out += ',\n' + I + '    "layer": ' + quote(f.layer);
  if (f.due) out += ',\n' + I + '    "due": ' + quote(f.due);
  if (f.waivedRule) out += ',\n' + I + '    "waivedRule": ' + quote(f.waivedRule);
  return out + '\n' + I + '  }\n' + I + '}';
}

