// `classify` as data: every loaded system classified on one date under one regime. Pure; the
// formatters (src/formatters/classify/) only render it.
import type { LoadedInventory, LoadedSystem } from '../loading/inventory.js';
import type { AppliedRegime } from '../regime/index.js';
import type { IsoDate } from '../util/date.js';
import type { RegimeId } from './criteria.js';
import { missingFacts } from './evaluate.js';
import { criteriaFor } from './regime.js';
import { classifySystem, type SystemClassification } from './system.js';

export interface ClassifiedSystem extends SystemClassification {
  file: string;
  line: number;
}

export interface ClassifySummary {
  systems: number;
  /** Systems with a `classification:` mapping. */
  withFacts: number;
  /** Systems whose minimum level is determined by known facts (a minimum, and no unknown that could raise it). */
  classified: number;
  /** Systems with facts that could raise the level still unknown. */
  incomplete: number;
  /** Systems whose judged level is below the minimum their criteria require. */
  underLevel: number;
}

export interface ClassifyReport {
  asOf: IsoDate;
  regime: AppliedRegime;
  /** The criteria table the minimum levels are computed with. */
  criteria: RegimeId;
  files: string[];
  invalid: number;
  systems: ClassifiedSystem[];
  summary: ClassifySummary;
}

/** Whether the minimum is settled by known facts: one is met and nothing unknown could raise it. */
export function isClassified(c: SystemClassification): boolean {
  return c.result.minimumLevel !== null && c.result.unknown.length === 0;
}

export function summarize(systems: readonly SystemClassification[]): ClassifySummary {
  return {
    systems: systems.length,
    withFacts: systems.filter((s) => s.hasFacts).length,
    classified: systems.filter(isClassified).length,
    incomplete: systems.filter((s) => s.hasFacts && missingFacts(s.result) !== undefined).length,
    underLevel: systems.filter((s) => s.underLevel).length,
  };
}

export function classifyOne(system: LoadedSystem, asOf: IsoDate, criteria: RegimeId, dedicatedUnit?: string): ClassifiedSystem {
  return { ...classifySystem(system.record, asOf, criteria, dedicatedUnit), file: system.file, line: system.locate([]).line };
}

export function computeClassify(inventory: LoadedInventory, asOf: IsoDate, regime: AppliedRegime, dedicatedUnit?: string): ClassifyReport {
  const criteria = criteriaFor(regime, asOf);
  const systems = inventory.systems.map((s) => classifyOne(s, asOf, criteria, dedicatedUnit));
  return { asOf, regime, criteria, files: inventory.files, invalid: inventory.invalid, systems, summary: summarize(systems) };
}
