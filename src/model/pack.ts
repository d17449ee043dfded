// What the loaded rule pack says about recurring obligations: which rules measure audits, drills,
// layers, waivers, approval and plans. `gap` and `plan` read them, so a custom pack's intervals
// and scopes are honoured and nothing is hard-coded twice.
import { appliesTo } from '../engine/audit.js';
import type { LoadedSystem } from '../loading/inventory.js';
import type { Rule } from '../rules/rule.js';
import type { IntervalByLevel } from './as-of.js';
import type { Layer } from './inventory-schema.js';
import type { IsoDate } from '../util/date.js';
import type { Localized } from '../i18n/lang.js';

export interface CadenceRule extends Rule {
  check: { kind: 'cadence'; interval_months: IntervalByLevel; exclude_operator_audits_from?: IsoDate };
}
export interface DrillRule extends Rule {
  check: { kind: 'drill'; within_months: number; required_from?: string | undefined };
}
export interface LayersRule extends Rule {
  check: { kind: 'layers'; layers: Layer[]; names?: Partial<Record<Layer, Localized>> };
}

export function rulesOfKind<R extends Rule = Rule>(rules: readonly Rule[], kind: string): R[] {
  return rules.filter((rule) => rule.kind.kind === kind) as R[];
}

/** The rules of `kind` that apply to `system` on `asOf` (status, level and owner scope). */
export function applicable<R extends Rule>(rules: readonly R[], system: LoadedSystem, asOf: IsoDate): R[] {
  return rules.filter((rule) => appliesTo(rule, system, asOf));
}
