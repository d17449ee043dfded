// The minimum level from the criteria table: a small pure function over one system's facts, with
// three-valued logic. An absent fact is "unknown" when it can decide a system of its type (it
// makes the result incomplete) and "no" otherwise; the highest level met wins.
import type { Localized } from '../i18n/lang.js';
import type { ClassificationFacts } from '../model/inventory-schema.js';
import type { SystemType } from '../model/vocabulary.js';
import type { Citation } from './citation.js';
import { CRITERIA, RISK_RAISE, type Condition, type CountFact, type Criterion, type FactName, type RegimeId } from './criteria.js';
import { notesFor, type Note } from './notes.js';

export interface MatchedCriterion {
  criterion: string;
  level: number;
  basis: readonly Citation[];
  /** The facts that meet it, as `key: value` (stable, language-neutral). */
  fact: string;
  text: Localized;
  provisional?: boolean;
}

export interface UnknownCriterion {
  criterion: string;
  /** The level the criterion would lead to if the missing facts met it. */
  level: number;
  basis: readonly Citation[];
  /** The inventory keys whose absence leaves it undetermined. */
  facts: FactName[];
  text: Localized;
}

export interface Classification {
  regime: RegimeId;
  /** Highest level met by the known facts; null when none is met. */
  minimumLevel: number | null;
  /** Every criterion met, highest level first (table order within a level). */
  matched: MatchedCriterion[];
  /** Criteria undetermined for want of a fact that could raise the minimum. */
  unknown: UnknownCriterion[];
  notes: Note[];
}

type Truth = 'yes' | 'no' | 'unknown';
interface Outcome {
  truth: Truth;
  missing: FactName[];
  shown: string[];
}

const YES = (shown: string): Outcome => ({ truth: 'yes', missing: [], shown: [shown] });
const NO: Outcome = { truth: 'no', missing: [], shown: [] };
const UNKNOWN = (fact: FactName): Outcome => ({ truth: 'unknown', missing: [fact], shown: [] });

/** A count exactly known, or only known to be at least some value (the legacy proxy with one count). */
interface Count {
  exact?: number;
  atLeast?: number;
  shown: string;
}

/** The facts as the criteria read them. */
export class FactView {
  readonly type: SystemType | undefined;
  constructor(
    readonly facts: ClassificationFacts,
    readonly regime: RegimeId,
  ) {
    // Handling administrative procedures makes a system citizen-serving whatever `type` says.
    this.type = facts.administrative_procedure === true ? 'online_service' : facts.type;
  }

  get information(): ClassificationFacts['information'] {
    return this.facts.information !== undefined && this.facts.information.length > 0 ? this.facts.information : undefined;
  }

  /** Whether an absent fact leaves criteria undetermined for a system of this type. */
  required(fact: FactName): boolean {
    const type = this.type;
    switch (fact) {
      case 'information':
        return true;
      case 'type':
        return true;
      case 'administrative_procedure':
      case 'conditional_business':
      case 'data_subjects.basic':
      case 'data_subjects.sensitive':
      case 'users':
        return type === undefined || type === 'online_service';
      case 'infrastructure_scope':
        return type === undefined || type === 'infrastructure';
      case 'construction_grade':
        return type === undefined || type === 'industrial_control';
      case 'national_security_harm':
        return this.information?.includes('state_secret') === true;
      case 'decided_by':
        return this.facts.decided_level !== undefined;
      default:
        return false;
    }
  }

  count(fact: CountFact): Count | undefined {
    const subjects = this.facts.data_subjects;
    if (fact === 'data_subjects.basic') return subjects?.basic === undefined ? undefined : { exact: subjects.basic, shown: `data_subjects.basic: ${subjects.basic}` };
    if (fact === 'data_subjects.sensitive') return subjects?.sensitive === undefined ? undefined : { exact: subjects.sensitive, shown: `data_subjects.sensitive: ${subjects.sensitive}` };
    if (this.facts.users !== undefined) return { exact: this.facts.users, shown: `users: ${this.facts.users}` };
    // Legacy proxy: the larger of the two data_subjects counts (a note says so).
    const { basic, sensitive } = subjects ?? {};
    if (basic !== undefined && sensitive !== undefined) {
      const larger = basic >= sensitive ? 'basic' : 'sensitive';
      return { exact: Math.max(basic, sensitive), shown: `users: ${Math.max(basic, sensitive)} (data_subjects.${larger})` };
    }
    const one = basic ?? sensitive;
    if (one === undefined) return undefined;
    return { atLeast: one, shown: `users: ≥ ${one} (data_subjects.${basic !== undefined ? 'basic' : 'sensitive'})` };
  }

  evaluate(condition: Condition): Outcome {
    if ('any' in condition) return any(condition.any.map((c) => this.evaluate(c)));
    const absent = (fact: FactName): Outcome => (this.required(fact) ? UNKNOWN(fact) : NO);
    switch (condition.fact) {
      case 'type': {
        if (this.type === undefined) return absent('type');
        if (!condition.in.includes(this.type)) return NO;
        return YES(this.facts.type === this.type ? `type: ${this.type}` : 'administrative_procedure: true');
      }
      case 'information': {
        const info = this.information;
        if (info === undefined) return absent('information');
        const met = 'only' in condition ? info.every((i) => condition.only.includes(i)) : 'includes' in condition ? info.some((i) => condition.includes.includes(i)) : !info.some((i) => condition.excludes.includes(i));
        return met ? YES(`information: ${info.join(', ')}`) : NO;
      }
      case 'data_subjects.basic':
      case 'data_subjects.sensitive':
      case 'users': {
        const count = this.count(condition.fact);
        if (count === undefined) return absent(condition.fact);
        if ('atLeast' in condition) {
          if (count.exact !== undefined) return count.exact >= condition.atLeast ? YES(count.shown) : NO;
          if (count.atLeast! >= condition.atLeast) return YES(count.shown);
          return absent(condition.fact);
        }
        if (count.exact !== undefined) return count.exact < condition.below ? YES(count.shown) : NO;
        return absent(condition.fact);
      }
      case 'administrative_procedure':
      case 'conditional_business':
      case 'national_e_government_24x7':
      case 'national_data_central':
      case 'national_security_critical': {
        const value = this.facts[condition.fact];
        if (value === undefined && this.required(condition.fact)) return UNKNOWN(condition.fact);
        return (value ?? false) === condition.is ? YES(`${condition.fact}: ${value ?? false}`) : NO;
      }
      case 'infrastructure_scope':
      case 'construction_grade':
      case 'national_security_harm':
      case 'decided_level':
      case 'decided_by': {
        const value = this.facts[condition.fact];
        if (value === undefined) return absent(condition.fact);
        return (condition.in as readonly unknown[]).includes(value) ? YES(`${condition.fact}: ${value}`) : NO;
      }
    }
  }
}

function any(outcomes: readonly Outcome[]): Outcome {
  const yes = outcomes.filter((o) => o.truth === 'yes');
  if (yes.length > 0) return { truth: 'yes', missing: [], shown: yes.flatMap((o) => o.shown) };
  const unknown = outcomes.filter((o) => o.truth === 'unknown');
  if (unknown.length > 0) return { truth: 'unknown', missing: unknown.flatMap((o) => o.missing), shown: [] };
  return NO;
}

function all(outcomes: readonly Outcome[]): Outcome {
  if (outcomes.some((o) => o.truth === 'no')) return NO;
  const unknown = outcomes.filter((o) => o.truth === 'unknown');
  if (unknown.length > 0) return { truth: 'unknown', missing: unknown.flatMap((o) => o.missing), shown: [] };
  return { truth: 'yes', missing: [], shown: outcomes.flatMap((o) => o.shown) };
}

const unique = <T>(items: readonly T[]): T[] => [...new Set(items)];

export function evaluateCriterion(criterion: Criterion, view: FactView): Outcome {
  return all(criterion.when.map((c) => view.evaluate(c)));
}

/** The minimum level of one system under one regime. `facts` undefined means no `classification:` mapping. */
export function classifyFacts(facts: ClassificationFacts | undefined, regime: RegimeId): Classification {
  if (facts === undefined) return { regime, minimumLevel: null, matched: [], unknown: [], notes: notesFor(undefined, regime, null, []) };
  const view = new FactView(facts, regime);
  const matched: MatchedCriterion[] = [];
  const undetermined: UnknownCriterion[] = [];
  for (const criterion of CRITERIA[regime]) {
    const outcome = evaluateCriterion(criterion, view);
    const base = { criterion: criterion.id, level: criterion.level, basis: criterion.basis, text: criterion.text };
    if (outcome.truth === 'yes') matched.push({ ...base, fact: unique(outcome.shown).join(', '), ...(criterion.provisional ? { provisional: true } : {}) });
    else if (outcome.truth === 'unknown') undetermined.push({ ...base, facts: unique(outcome.missing) });
  }
  const risk = RISK_RAISE[regime];
  if (risk && facts.risk_level !== undefined) {
    matched.push({
      criterion: 'nd331-10.5',
      level: facts.risk_level,
      basis: [risk],
      fact: `risk_level: ${facts.risk_level}`,
      text: {
        vi: `kết quả đánh giá rủi ro an ninh mạng cho thấy mức độ rủi ro tương ứng cấp độ ${facts.risk_level}`,
        en: `the cybersecurity risk assessment supports level ${facts.risk_level}`,
      },
    });
  }
  matched.sort((a, b) => b.level - a.level);
  const minimumLevel = matched.length > 0 ? matched[0]!.level : null;
  const unknown = undetermined.filter((u) => u.level > (minimumLevel ?? 0));
  return { regime, minimumLevel, matched, unknown, notes: notesFor(view, regime, minimumLevel, matched) };
}

/** The facts missing from a result, in first-seen order, and the highest level they could lead to. */
export function missingFacts(result: Classification): { facts: FactName[]; upTo: number } | undefined {
  if (result.unknown.length === 0) return undefined;
  return { facts: unique(result.unknown.flatMap((u) => u.facts)), upTo: Math.max(...result.unknown.map((u) => u.level)) };
}
