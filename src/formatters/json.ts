// Machine-readable findings: stable English ids and field names, messages in the chosen language.
import type { Formatter } from './types.js';

export const formatJson: Formatter = (result, ctx) => {
  const output = {
    tool: ctx.tool,
    asOf: result.asOf,
    findings: result.findings.map((f) => ({
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
    })),
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
  return `${JSON.stringify(output, null, 2)}\n`;
};
