// The contract between the engine and a rule kind: one kind per module, options validated by zod
// when a rule file loads (zod is passed in, so the start-up path never imports it), evaluation a pure function of one system and the evaluation date.
import type { z } from 'zod';
import type { Lang, Localized } from '../i18n/lang.js';
import type { Layer, SystemRecord, Waiver } from '../model/inventory-schema.js';
import type { DataPath, Position } from '../loading/yaml-source.js';
import type { LoadedInventory } from '../loading/inventory.js';
import type { OrganizationConfig } from '../form08/organization.js';
import type { IsoDate } from '../util/date.js';

export interface EvaluationContext {
  asOf: IsoDate;
  /**
   * The waivers in force for this system: its own (unless `--no-waivers`) followed by those from a
   * waivers file. Kinds that review waivers read these instead of `system.waivers`.
   */
  waivers?: readonly Waiver[];
  /** Indexes into `waivers` of the waivers that suppressed at least one finding. */
  usedWaivers?: ReadonlySet<number>;
  /** Waiver policy: a waiver without `approved_by` does not apply. */
  requireApprovedBy?: boolean;
  /** False for waivers (from a waivers file) naming a system that was not audited. */
  systemKnown?: boolean;
  /** Public holidays and days off (rules/holidays.yaml), for deadlines in working days. */
  holidays?: ReadonlySet<IsoDate>;
}

/** One thing a kind found wrong with a system; the engine adds rule id, severity and position. */
export interface Hit {
  path: DataPath;
  message: Localized;
  layer?: Layer;
  due?: IsoDate;
  /** For hits about a waiver: its index in `EvaluationContext.waivers`; `path` is then relative to that waiver. */
  waiver?: number;
  /** For hits about a waiver: the rule it is for. */
  waivedRule?: string;
}

/**
 * One dated obligation of a system under one rule, as `plan` lists it. The due date is the LAST DAY
 * the obligation is still met: on D = due it is "due today" (not overdue, the rule reports nothing
 * or only its due-soon warning); from due + 1 it is overdue and the rule's `evaluate` reports it.
 * Obligations that have no date are not returned here: `plan` lists the rule's open error findings
 * without an obligation as "overdue (no date)".
 */
export interface Obligation {
  /** The plan kind (src/plan/kinds.ts), e.g. 'audit'; also the `--kind` filter value. */
  kind: string;
  /** Which one, when a system can have several of a kind (a layer, a waiver): part of the calendar UID. */
  subject?: string;
  /** Set when the obligation is about one protection layer: `evaluate`'s hit for it carries the same layer. */
  layer?: Layer;
  due: IsoDate;
  /** Why this date, for people, e.g. "level 3: every 12 months; last audit 2024-11-18". */
  detail: Localized;
  /** Where the date comes from in the system entry, for file:line:column. */
  path: DataPath;
  /** The rule the obligation is about when not the rule that set it (a waiver: the waived rule); `plan` shows its id and basis. */
  forRule?: string;
}

/** The zod namespace, handed to kinds so that evaluating rules never loads zod (only validating rule files does). */
export type Zod = typeof z;

export interface RuleKind<Options extends { kind: string } = { kind: string }> {
  kind: string;
  /** Builds the strict zod schema of the `check:` mapping, including `kind`. */
  options: (z: Zod) => z.ZodType<Options>;
  evaluate(system: SystemRecord, options: Options, ctx: EvaluationContext): Hit[];
  /**
   * Evaluated after suppression, so it can see which waivers were used; its findings cannot be
   * waived themselves (an exception to the exception rules would defeat them).
   */
  reviewsWaivers?: boolean;
  /**
   * The system's dated obligations under this rule on `ctx.asOf` (see `Obligation`). Kinds that have
   * them derive `evaluate` from the same computation, so that for every obligation `o`,
   * `evaluate` reports it exactly when `o.due < ctx.asOf`: `plan` and `check` agree by construction
   * (test/plan/agreement.test.ts sweeps dates to hold every kind to it). A rule whose findings are
   * not "overdue" (a due-soon or expiring warning) returns none: the overdue rule carries the item.
   */
  obligations?(system: SystemRecord, options: Options, ctx: EvaluationContext): Obligation[];
  /** The plan kind of this kind's undated open error findings in `plan` (default 'other'). */
  planKind?: string;
  /** One line for the rules reference, e.g. "levels 1–2: 24 months; 3–4: 12; 5: 6". */
  describe(options: Options, lang: Lang): string;
  /**
   * Organisation-level rules (the annual report): evaluated once per audit instead of per system;
   * their findings and plan items belong to no system.
   */
  organization?: {
    evaluate(options: Options, ctx: OrganizationContext): OrganizationHit[];
    obligations(options: Options, ctx: OrganizationContext): Obligation[];
  };
}

/** What an organisation-level rule sees: the evaluation date and the organisation's records. */
export interface OrganizationContext {
  asOf: IsoDate;
  annualReports: readonly AnnualReportEntry[];
  holidays?: ReadonlySet<IsoDate>;
  /** For the form08/* rules: the loaded inventory and the config's `organization:` (Form 08 part 2). */
  form08?: {
    inventory: LoadedInventory;
    organization?: OrganizationConfig;
    /** Where a config key is written, for findings about part 2. */
    locateConfig?: (path: DataPath) => Position;
  };
}

export interface AnnualReportEntry {
  year: number;
  internal?: IsoDate;
  submitted?: IsoDate;
  reference?: string;
}

/** A finding of an organisation-level rule; `report` is the index of the annual-report entry it is about. */
export interface OrganizationHit {
  message: Localized;
  due?: IsoDate;
  report?: number;
  /** Where the finding belongs when it is not the organisation's records: a system's line, or (no file) a config key. */
  at?: { file?: string; position: Position; system?: string };
}

export function defineKind<Options extends { kind: string }>(kind: RuleKind<Options>): RuleKind<Options> {
  return kind;
}
