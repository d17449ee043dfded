// What a loaded rule pack holds, apart from the loader (rules.ts) so that the built-in pack
// (default-pack.ts) and the loader can both name it without importing each other.
import type { RegimeWindow } from '../regime/timeline.js';
import type { Rule } from '../rules/rule.js';
import type { TargetSet } from '../rules/targets.js';
import type { IsoDate } from '../util/date.js';

export interface LoadedRules {
  rules: Rule[];
  files: string[];
  /** Targets for `gap`, merged in load order: a later file's target for a figure replaces an earlier one. */
  targets: TargetSet;
  /** Targets file by file, with the regime of each file, so a pack can be narrowed to one regime (src/regime/select.ts). */
  targetSets?: RegimeTargets[];
  /** The legal timeline, when a loaded file holds `regimes:` (the last one wins). */
  regimes?: RegimeWindow[];
  /** Public holidays (days off) for working-day arithmetic, from files holding `holidays:`. */
  holidays?: Holiday[];
}

export interface RegimeTargets {
  regime?: string;
  targets: TargetSet;
}

export interface Holiday {
  date: IsoDate;
  name: string;
}
