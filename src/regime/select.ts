// Narrows a loaded rule pack to one regime on one date: the rules of that regime (and those of
// every regime, such as custom and waiver rules) whose effective window holds the date, and the
// targets of that regime. Nothing else in the engine knows about regimes.
import type { LoadedRules } from '../loading/rules.js';
import type { Rule } from '../rules/rule.js';
import type { TargetSet } from '../rules/targets.js';
import type { IsoDate } from '../util/date.js';
import { clampTo, type AppliedRegime } from './resolve.js';
import { inWindow } from './timeline.js';

/**
 * The date a rule's effective window is checked against: the evaluation date, or — for a regime
 * forced outside its window — the nearest date inside that window (the regime's rules as they
 * stood then; evidence is still evaluated on the evaluation date).
 */
export function rulesDate(regime: AppliedRegime, asOf: IsoDate): IsoDate {
  return clampTo(asOf, regime.effective);
}

export function ruleInForce(rule: Rule, regime: AppliedRegime, asOf: IsoDate): boolean {
  if (rule.regime !== undefined && rule.regime !== regime.id) return false;
  return rule.effective === undefined || inWindow(rulesDate(regime, asOf), rule.effective);
}

export function packForRegime(pack: LoadedRules, regime: AppliedRegime, asOf: IsoDate): LoadedRules {
  const rules = pack.rules.filter((rule) => ruleInForce(rule, regime, asOf));
  let targets: TargetSet = pack.targets;
  if (pack.targetSets) {
    targets = {};
    for (const set of pack.targetSets) if (set.regime === undefined || set.regime === regime.id) targets = { ...targets, ...set.targets };
  }
  return { ...pack, rules, targets };
}
