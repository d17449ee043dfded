// Machine-readable findings: stable English ids and field names, messages in the chosen language.
import type { Finding } from '../engine/finding.js';
import type { ChunkedFormatter, FormatContext, Formatter } from './types.js';

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
  };
  const skeleton = JSON.stringify(output, null, 2);
  if (result.findings.length === 0) {
    yield `${skeleton}\n`;
    return;
  }
  const marker = JSON.stringify(FINDINGS);
  const at = skeleton.indexOf(marker);
  let piece = `${skeleton.slice(0, at)}[\n`;
  for (let i = 0; i < result.findings.length; i += 1) {
    // Each finding as JSON.stringify nests it: two levels deep, so four more spaces on every line.
    piece += `${i === 0 ? '' : ',\n'}    ${JSON.stringify(jsonFinding(result.findings[i]!, ctx), null, 2).replaceAll('\n', '\n    ')}`;
    if (piece.length > 1 << 16) {
      yield piece;
      piece = '';
    }
  }
  yield `${piece}\n  ]${skeleton.slice(at + marker.length)}\n`;
};

function jsonFinding(f: Finding, ctx: FormatContext): object {
  return {
    rule: f.rule,
    severity: f.severity,
    system: f.system,
    message: f.message[ctx.lang],
    file: f.file,
    line: f.line,
    column: f.column,
    ...(f.layer ? { layer: f.layer } : {}),
    ...(f.due ? { due: f.due } : {}),
    suppressed: f.suppressed,
    ...(f.waiver ? { waiver: f.waiver } : {}),
    ...(f.waivedRule ? { waivedRule: f.waivedRule } : {}),
    ...(f.baseline ? { baseline: f.baseline } : {}),
  };
}
