// Machine-readable findings: stable English ids and field names, messages in the chosen language.
import { machineText } from '../../i18n/lang.js';
import type { Finding } from '../../engine/finding.js';
import { regimeJson } from '../../regime/describe.js';
import type { ChunkedFormatter, FormatContext, Formatter } from '../types.js';
import { jsonArrayChunks, quote } from '../common/json-chunks.js';

export const formatJson: Formatter = (result, ctx) => [...jsonChunks(result, ctx)].join('');

/**
 * Exactly `JSON.stringify(output, null, 2)` and a newline, in pieces: the skeleton around the
 * findings, then the findings a few hundred at a time, so that no string (and no array of output
 * objects) ever holds them all — a million systems make about 800 million characters.
 */
export const jsonChunks: ChunkedFormatter = function* (result, ctx) {
  const output = {
    tool: ctx.tool,
    asOf: result.asOf,
    // Written one by one in its place (jsonArrayChunks).
    findings: null,
    summary: result.summary,
    // With --baseline/--since: where the baseline came from, the counts, and what it listed that is gone.
    ...(result.baseline
      ? {
          baseline: { source: result.baseline.source, new: result.baseline.new, known: result.baseline.known, resolved: result.baseline.resolved.length },
          resolved: result.baseline.resolved,
        }
      : {}),
    ...(result.validateOnly ? { validateOnly: true } : {}),
    ...(result.regime ? { regime: regimeJson(result.regime, ctx.lang) } : {}),
  };
  yield* jsonArrayChunks(output, 'findings', result.findings, (f) => findingJson(f, ctx.lang));
};

/**
 * One finding exactly as `JSON.stringify(output, null, 2)` prints it two levels deep, written out
 * field by field: a generic stringify of each finding and re-indenting it took most of the time of
 * a large report. Field order is the contract; test/formatters/json.test.ts compares it with JSON.stringify.
 */
function findingJson(f: Finding, lang: FormatContext['lang']): string {
  let out =
    '    {\n      "rule": ' + quote(f.rule) +
    ',\n      "severity": "' + f.severity +
    '",\n      "system": ' + (f.system === null ? 'null' : quote(f.system)) +
    ',\n      "message": ' + quote(machineText(f.message, lang)) +
    ',\n      "file": ' + quote(f.file) +
    ',\n      "line": ' + f.line +
    ',\n      "column": ' + f.column;
  if (f.layer) out += ',\n      "layer": "' + f.layer + '"';
  if (f.due) out += ',\n      "due": "' + f.due + '"';
  out += f.suppressed ? ',\n      "suppressed": true' : ',\n      "suppressed": false';
  if (f.waiver) out += ',\n      "waiver": ' + JSON.stringify(f.waiver, null, 2).replaceAll('\n', '\n      ');
  if (f.waivedRule) out += ',\n      "waivedRule": ' + quote(f.waivedRule);
  if (f.baseline) out += ',\n      "baseline": "' + f.baseline + '"';
  return out + '\n    }';
}

