// Machine-readable findings: stable English ids and field names, messages in the chosen language.
import { machineText } from '../../i18n/lang.js';
import type { Finding } from '../../engine/finding.js';
import { regimeJson } from '../../regime/describe.js';
import type { ChunkedFormatter, FormatContext, Formatter } from '../types.js';
import { quote } from '../common/json-chunks.js';

export const formatJson: Formatter = (result, ctx) => [...jsonChunks(result, ctx)].join('');

/** Stands for the findings in the skeleton; they are serialised one by one in its place. */
const FINDINGS = '\u0000findings\u0000';

/**
 * Exactly `JSON.stringify(output, null, 2)` and a newline, in pieces: the skeleton around the
 * findings, then the findings a few hundred at a time, so that no string (and no array of output
 * objects) ever holds them all — a million systems make about 800 million characters.
 */
export const jsonChunks: ChunkedFormatter = function* (result, ctx) {
  const output = {
    tool: ctx.tool,
    asOf: result.asOf,
    findings: result.findings.length === 0 ? [] : FINDINGS,
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
  const skeleton = JSON.stringify(output, null, 2);
  if (result.findings.length === 0) {
    yield `${skeleton}\n`;
    return;
  }
  // Found with its key at the top level's indentation: a string from the inventory is written with
  // its newlines escaped, so no value elsewhere in the document can match this.
  const key = '\n  "findings": ';
  const marker = JSON.stringify(FINDINGS);
  const at = skeleton.indexOf(key + marker) + key.length;
  let piece = `${skeleton.slice(0, at)}[\n`;
  for (let i = 0; i < result.findings.length; i += 1) {
    piece += (i === 0 ? '' : ',\n') + findingJson(result.findings[i]!, ctx.lang);
    if (piece.length > 1 << 16) {
      yield piece;
      piece = '';
    }
  }
  yield `${piece}\n  ]${skeleton.slice(at + marker.length)}\n`;
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

