// The one diagnostic record every formatter renders. Messages are kept in both languages so a
// result can be printed in either without re-running the audit.
import type { Localized } from '../i18n/lang.js';
import { LAYERS, type Layer } from '../model/vocabulary.js';
import type { Severity } from '../rules/rule.js';
import type { IsoDate } from '../util/date.js';

export interface Finding {
  rule: string;
  severity: Severity;
  /** The system id, or null for a problem that belongs to a file (a YAML syntax error). */
  system: string | null;
  message: Localized;
  file: string;
  line: number;
  column: number;
  layer?: Layer;
  /** ISO due date, on cadence findings. */
  due?: IsoDate;
  suppressed: boolean;
  /** The waiver that suppressed this finding; `file` is set when it came from a separate waivers file. */
  waiver?: { reason: string; expires: IsoDate; approved_by?: string; file?: string };
  /** On `waiver/*` findings: the rule the waiver is for (part of the finding's identity). */
  waivedRule?: string;
  /** With `--baseline`/`--since`, on unsuppressed findings: already in the baseline, or new. */
  baseline?: 'new' | 'known';
  /** YAML syntax problems: the offending line around the column (raw file text), shown as a code frame by the terminal table only. */
  excerpt?: { before: string; after: string };
}

const SEVERITY_ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** Stable order: file, line, column, rule id, layer. Independent of rule and file load order. */
export function compareFindings(a: Finding, b: Finding): number {
  return (
    compareText(a.file, b.file) ||
    a.line - b.line ||
    a.column - b.column ||
    compareText(a.rule, b.rule) ||
    layerOrder(a.layer) - layerOrder(b.layer) ||
    SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] ||
    compareText(a.message.en, b.message.en)
  );
}

/** Layers in the model's own order (onsite, monitoring, independent_audit, ncsc), not alphabetical. */
function layerOrder(layer: Layer | undefined): number {
  return layer === undefined ? -1 : LAYERS.indexOf(layer);
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export function severityRank(severity: Severity): number {
  return SEVERITY_ORDER[severity];
}
