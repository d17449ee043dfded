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
    })),
    summary: result.summary,
  };
  return `${JSON.stringify(output, null, 2)}\n`;
};
