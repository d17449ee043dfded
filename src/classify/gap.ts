// What `gap` (and the report) say about classification: of the operating systems, how many have
// their minimum level settled by known facts ("classified") and how many are under the minimum.
import type { LoadedSystem } from '../loading/inventory.js';
import { applicable, rulesOfKind } from '../model/pack.js';
import type { Rule } from '../rules/rule.js';
import type { IsoDate } from '../util/date.js';
import type { RegimeId } from './criteria.js';
import { isClassified } from './report.js';
import { classifySystem, TRANSITION } from './system.js';

interface ClassificationLevelRule extends Rule {
  check: { kind: 'classification-level'; criteria: RegimeId };
}

export interface ClassificationTotals {
  /** The criteria table used: that of the pack's classification-level rule, else the one in force on the date. */
  criteria: RegimeId;
  operating: number;
  /** Operating systems with a `classification:` mapping. */
  withFacts: number;
  /** Operating systems whose minimum level is settled by known facts. */
  classified: number;
  /** Operating systems a classification-level rule finds under the minimum; null when the pack has none. */
  underLevel: number | null;
}

export function classificationTotals(systems: readonly LoadedSystem[], rules: readonly Rule[], asOf: IsoDate): ClassificationTotals {
  const levelRules = rulesOfKind<ClassificationLevelRule>(rules, 'classification-level');
  const criteria: RegimeId = levelRules[0]?.check.criteria ?? (asOf >= TRANSITION.decree331 ? 'current' : 'legacy');
  let operating = 0;
  let withFacts = 0;
  let classified = 0;
  let underLevel = 0;
  for (const system of systems) {
    if (system.record.status !== 'operating') continue;
    operating += 1;
    if (system.record.classification === undefined) continue;
    withFacts += 1;
    if (isClassified(classifySystem(system.record, asOf, criteria))) classified += 1;
    if (applicable(levelRules, system, asOf).some((rule) => classifySystem(system.record, asOf, rule.check.criteria).underLevel)) underLevel += 1;
  }
  return { criteria, operating, withFacts, classified, underLevel: levelRules.length > 0 ? underLevel : null };
}

/** One line for the gap and report outputs. */
export function classificationLine(t: ClassificationTotals, lang: 'vi' | 'en'): string {
  const criteria = t.criteria === 'current' ? { vi: 'Nghị định 331/2026', en: 'Decree 331/2026' } : { vi: 'Nghị định 85/2016', en: 'Decree 85/2016' };
  const under =
    t.underLevel === null
      ? { vi: 'chưa đo số hệ thống thấp hơn cấp độ tối thiểu (bộ quy tắc không có quy tắc classification-level)', en: 'systems under the minimum level not measured (no classification-level rule in the pack)' }
      : { vi: `${t.underLevel} hệ thống thấp hơn cấp độ tối thiểu`, en: `${t.underLevel} under the minimum level` };
  return lang === 'vi'
    ? `Phân loại cấp độ (tiêu chí ${criteria.vi}): ${t.classified}/${t.operating} hệ thống đang vận hành đã xác định được cấp độ tối thiểu theo dữ kiện (${t.withFacts} có dữ kiện); ${under.vi}`
    : `Classification (${criteria.en} criteria): ${t.classified}/${t.operating} operating systems with the minimum level settled by known facts (${t.withFacts} with facts); ${under.en}`;
}
