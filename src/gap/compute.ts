// The gap report as data: how far the inventory is from the targets on one evaluation date.
// Pure: loaded inventory + rule pack + date in, numbers out. Formatters (src/formatters/gap/)
// and the HTML/Excel reports only render what this computes.
import { classificationTotals, type ClassificationTotals } from '../classify/gap.js';
import { appliesTo, audit, type AuditOptions, type AuditResult } from '../engine/audit.js';
import type { Finding } from '../engine/finding.js';
import type { LoadedInventory, LoadedSystem } from '../loading/inventory.js';
import { approvedLevel, layerValue } from '../model/as-of.js';
import { LAYERS, type Layer } from '../model/vocabulary.js';
import { compareOwners, ownerKey } from '../model/owner.js';
import { rulesOfKind, type CadenceRule, type DrillRule, type LayersRule } from '../model/pack.js';
import type { Localized } from '../i18n/lang.js';
import type { AppliedRegime } from '../regime/resolve.js';
import { drillUpToDate } from '../rules/kinds/drill.js';
import type { Rule } from '../rules/rule.js';
import type { FigureId, Target, TargetSet } from '../rules/targets.js';
import { addMonths, type IsoDate } from '../util/date.js';

export interface LayerCounts {
  onsite: number;
  monitoring: number;
  independent_audit: number;
  ncsc: number;
  /** Operating systems with all four layers in place. */
  all: number;
}

export interface FindingCounts {
  errors: number;
  warnings: number;
  infos: number;
  suppressed: number;
}

/** Counts for the whole inventory or one group. Percentages are derived by `figuresOf`. */
export interface GapTotals {
  /** Systems in the group (for the whole inventory: every entry found, valid or not, as `check` counts). */
  systems: number;
  operating: number;
  /** Operating systems with a level approved on or before the evaluation date. */
  approved: number;
  /** Approved operating systems whose protection plan is deployed. */
  planDeployed: number;
  layers: LayerCounts;
  /** Systems whose periodic audit is not overdue, of `auditsRequired`; null when the pack has no cadence rule. */
  auditsCurrent: number | null;
  /** Operating systems a cadence rule applies to (the approved ones, with the default pack). */
  auditsRequired: number | null;
  /** Systems whose drill duty is met (no drill overdue, as the drill rule judges), of `drillsRequired`; null when the pack has no drill rule. */
  drillsCurrent: number | null;
  /** Operating systems a drill rule applies to (approved level 3+, with the default pack). */
  drillsRequired: number | null;
  /** Open (unsuppressed) findings by severity, and suppressed ones, from running the rule pack. */
  findings: FindingCounts;
}

export type Denominator = 'operating' | 'auditsRequired' | 'drillsRequired';

export interface Figure {
  id: FigureId;
  count: number | null;
  /** The denominator's value and name. */
  of: number | null;
  base: Denominator;
  /** Percentage with one decimal; null when the denominator is 0 or the figure is not measured. */
  percent: number | null;
  target?: Omit<Target, 'source'>;
  /** Whether count/of reaches the target; null without a target or a denominator. */
  met: boolean | null;
  /** Systems still missing to reach the target (0 when met). */
  shortfall: number | null;
}

export type LayerState = 'in-place' | 'missing' | 'ended' | 'not-yet';

export interface MatrixRow {
  system: string;
  name: string;
  owner: string;
  level: number | null;
  layers: Record<Layer, LayerState>;
  all: boolean;
  file: string;
}

export interface OwnerGroup {
  /** The normalised owner name (NFC, whitespace trimmed and collapsed). */
  owner: string;
  totals: GapTotals;
}

export interface LevelGroup {
  /** The approved level on the evaluation date; null for systems without one. */
  level: number | null;
  totals: GapTotals;
}

export interface GapReport {
  asOf: IsoDate;
  organization?: string;
  files: string[];
  /** Entries that could not be read (schema errors, duplicate ids); not counted in any figure. */
  invalid: number;
  totals: GapTotals;
  figures: Figure[];
  targets: TargetSet;
  byOwner: OwnerGroup[];
  byLevel: LevelGroup[];
  /** Operating systems × the four layers. */
  matrix: MatrixRow[];
  /** Classification: systems whose level is settled by known facts, and those under the minimum (issue #15). */
  classification: ClassificationTotals;
  /** The legal regime the figures and findings were computed under. */
  regime?: AppliedRegime;
  /** What the pack's layers rule calls a layer (layer 4 under Law 116: the MPS's monitoring). */
  layerNames?: Partial<Record<string, Localized>>;
}

export interface RulePack {
  rules: readonly Rule[];
  targets: TargetSet;
}

/** Anything shaped like the totals: the totals themselves, or a change between two of them. */
export interface CountsLike {
  approved: number | null;
  planDeployed: number | null;
  layers: Record<keyof LayerCounts, number | null>;
  auditsCurrent: number | null;
  drillsCurrent: number | null;
}

/** The number a figure reads from a totals block (or a change block). */
export function figureCount(counts: CountsLike, id: FigureId): number | null {
  return FIGURE_SOURCES[id].count(counts);
}

/** Where each figure comes from: its count and denominator in the totals. */
const FIGURE_SOURCES: Record<FigureId, { count: (t: CountsLike) => number | null; base: Denominator }> = {
  approved: { count: (t) => t.approved, base: 'operating' },
  planDeployed: { count: (t) => t.planDeployed, base: 'operating' },
  'layers.onsite': { count: (t) => t.layers.onsite, base: 'operating' },
  'layers.monitoring': { count: (t) => t.layers.monitoring, base: 'operating' },
  'layers.independent_audit': { count: (t) => t.layers.independent_audit, base: 'operating' },
  'layers.ncsc': { count: (t) => t.layers.ncsc, base: 'operating' },
  'layers.all': { count: (t) => t.layers.all, base: 'operating' },
  auditsCurrent: { count: (t) => t.auditsCurrent, base: 'auditsRequired' },
  drillsCurrent: { count: (t) => t.drillsCurrent, base: 'drillsRequired' },
};

export const FIGURES = Object.keys(FIGURE_SOURCES) as FigureId[];

/** count/of as a percentage with one decimal (13/41 → 31.7). */
export function percentOf(count: number | null, of: number | null): number | null {
  if (count === null || of === null || of === 0) return null;
  return Math.round((count * 1000) / of) / 10;
}

/** Every figure of a totals block, with its target. Works for the whole inventory and for groups. */
export function figuresOf(totals: GapTotals, targets: TargetSet): Figure[] {
  return FIGURES.map((id) => {
    const { count: read, base } = FIGURE_SOURCES[id];
    const count = read(totals);
    const of = totals[base];
    const target = targets[id];
    // Compare in whole numbers: count/of ≥ p/100 ⇔ 100·count ≥ p·of, no rounding involved.
    const measurable = target !== undefined && count !== null && of !== null && of > 0;
    const needed = measurable ? Math.ceil((target.percent * of) / 100 - 1e-9) : null;
    return {
      id,
      count,
      of,
      base,
      percent: percentOf(count, of),
      ...(target ? { target: { percent: target.percent, ...(target.by ? { by: target.by } : {}), ...(target.basis ? { basis: target.basis } : {}) } } : {}),
      met: measurable ? 100 * count! >= target.percent * of! : null,
      shortfall: needed === null ? null : Math.max(0, needed - count!),
    };
  });
}

export function layerState(system: LoadedSystem, layer: Layer, asOf: IsoDate): LayerState {
  const value = layerValue(system.record, layer);
  if (value === undefined || value === false) return 'missing';
  if (value === true) return 'in-place';
  if (value.since !== undefined && value.since > asOf) return 'not-yet';
  if (value.until !== undefined && value.until < asOf) return 'ended';
  return 'in-place';
}

/** What the gap report needs of one system, computed once. */
interface SystemFacts {
  operating: boolean;
  approved: boolean;
  planDeployed: boolean;
  layers: Record<Layer, LayerState>;
  /** All four layers in place. */
  all: boolean;
  /** undefined: no cadence rule applies; else whether the audit is not overdue. */
  auditCurrent: boolean | undefined;
  drillCurrent: boolean | undefined;
}

const LAYER_STATES: readonly LayerState[] = ['in-place', 'missing', 'ended', 'not-yet'];

/**
 * The layer states of a system, one shared object per combination (4⁴ = 256 at most): a national
 * inventory's matrix then holds a reference per system rather than an object per system.
 */
const layerRecords = new Map<number, Record<Layer, LayerState>>();

function layerRecordOf(system: LoadedSystem, asOf: IsoDate): Record<Layer, LayerState> {
  let key = 0;
  for (const layer of LAYERS) key = key * 4 + LAYER_STATES.indexOf(layerState(system, layer, asOf));
  let record = layerRecords.get(key);
  if (record === undefined) {
    record = Object.fromEntries(LAYERS.map((layer) => [layer, layerState(system, layer, asOf)])) as Record<Layer, LayerState>;
    Object.freeze(record);
    layerRecords.set(key, record);
  }
  return record;
}

/**
 * What the per-system facts need of the pack and the date, worked out once rather than for every
 * system: the rules, and the due dates already computed (audits cluster
 * on few dates, so most systems find theirs here).
 */
class FactContext {
  readonly cadence: readonly CadenceRule[];
  readonly drill: readonly DrillRule[];
  private readonly due = new Map<number, Map<IsoDate, IsoDate>>();

  constructor(
    pack: RulePack,
    readonly asOf: IsoDate,
  ) {
    this.cadence = rulesOfKind<CadenceRule>(pack.rules, 'cadence');
    this.drill = rulesOfKind<DrillRule>(pack.rules, 'drill');
  }

  /** addMonths(base, months), remembered. */
  dueDate(base: IsoDate, months: number): IsoDate {
    let byBase = this.due.get(months);
    if (byBase === undefined) this.due.set(months, (byBase = new Map()));
    let due = byBase.get(base);
    if (due === undefined) byBase.set(base, (due = addMonths(base, months)));
    return due;
  }
}

/**
 * Whether the periodic audit is not overdue under one cadence rule; undefined when the rule sets no
 * interval for the level. The same as cadenceState(countedAudits(…)).due >= asOf (model/as-of.ts,
 * rules/kinds/cadence.ts), without copying the record or listing its audit dates.
 */
function auditCurrentUnder(record: LoadedSystem['record'], level: number, rule: CadenceRule, facts: FactContext): boolean | undefined {
  const interval = rule.check.interval_months[String(level)];
  if (interval === undefined) return undefined;
  const asOf = facts.asOf;
  const excludeFrom = rule.check.exclude_operator_audits_from;
  let last: IsoDate | undefined;
  for (const audit of record.audits) {
    if (excludeFrom !== undefined && audit.assessor === 'operator' && audit.date >= excludeFrom) continue;
    if (audit.date <= asOf && (last === undefined || audit.date > last)) last = audit.date;
  }
  if (record.last_audit !== undefined && record.last_audit <= asOf && (last === undefined || record.last_audit > last)) last = record.last_audit;
  return facts.dueDate(last ?? record.approval!.date, interval) >= asOf;
}

function factsOf(system: LoadedSystem, level: number | null, facts: FactContext): SystemFacts {
  const record = system.record;
  const asOf = facts.asOf;
  const operating = record.status === 'operating';
  const layers = layerRecordOf(system, asOf);
  let auditCurrent: boolean | undefined;
  let drillCurrent: boolean | undefined;
  if (operating) {
    for (const rule of facts.cadence) {
      // cadenceState is undefined without an approved level: such a system has no audit duty.
      if (level === null || record.approval === undefined || !appliesTo(rule, system, asOf)) continue;
      const current = auditCurrentUnder(record, level, rule, facts);
      if (current !== undefined) auditCurrent = (auditCurrent ?? true) && current;
    }
    for (const rule of facts.drill) {
      if (!appliesTo(rule, system, asOf)) continue;
      // As the drill rule judges it: a newly approved system is up to date until its first drill falls due.
      drillCurrent = (drillCurrent ?? true) && drillUpToDate(record, rule.check, asOf);
    }
  }
  return {
    operating,
    approved: operating && level !== null,
    planDeployed: operating && level !== null && record.protection_plan === 'deployed',
    layers,
    all: layers.onsite === 'in-place' && layers.monitoring === 'in-place' && layers.independent_audit === 'in-place' && layers.ncsc === 'in-place',
    auditCurrent,
    drillCurrent,
  };
}

/** The totals of a group, counted system by system (one pass, no list of the group's systems). */
class TotalsCounter {
  systems = 0;
  operating = 0;
  approved = 0;
  planDeployed = 0;
  onsite = 0;
  monitoring = 0;
  independentAudit = 0;
  ncsc = 0;
  all = 0;
  auditsCurrent = 0;
  auditsRequired = 0;
  drillsCurrent = 0;
  drillsRequired = 0;
  findings = emptyFindings();

  add(f: SystemFacts, findings: FindingCounts | undefined): void {
    this.systems += 1;
    if (findings) addFindings(this.findings, findings);
    if (!f.operating) return;
    this.operating += 1;
    if (f.approved) this.approved += 1;
    if (f.planDeployed) this.planDeployed += 1;
    if (f.layers.onsite === 'in-place') this.onsite += 1;
    if (f.layers.monitoring === 'in-place') this.monitoring += 1;
    if (f.layers.independent_audit === 'in-place') this.independentAudit += 1;
    if (f.layers.ncsc === 'in-place') this.ncsc += 1;
    if (f.all) this.all += 1;
    if (f.auditCurrent !== undefined) this.auditsRequired += 1;
    if (f.auditCurrent === true) this.auditsCurrent += 1;
    if (f.drillCurrent !== undefined) this.drillsRequired += 1;
    if (f.drillCurrent === true) this.drillsCurrent += 1;
  }

  /** The totals, fields in the order of GapTotals (the JSON output's order). */
  totals(measures: { audits: boolean; drills: boolean }, systems = this.systems, findings = this.findings): GapTotals {
    return {
      systems,
      operating: this.operating,
      approved: this.approved,
      planDeployed: this.planDeployed,
      layers: { onsite: this.onsite, monitoring: this.monitoring, independent_audit: this.independentAudit, ncsc: this.ncsc, all: this.all },
      auditsCurrent: measures.audits ? this.auditsCurrent : null,
      auditsRequired: measures.audits ? this.auditsRequired : null,
      drillsCurrent: measures.drills ? this.drillsCurrent : null,
      drillsRequired: measures.drills ? this.drillsRequired : null,
      findings: { ...findings },
    };
  }
}

function addFindings(into: FindingCounts, counts: FindingCounts): void {
  into.errors += counts.errors;
  into.warnings += counts.warnings;
  into.infos += counts.infos;
  into.suppressed += counts.suppressed;
}

function emptyFindings(): FindingCounts {
  return { errors: 0, warnings: 0, infos: 0, suppressed: 0 };
}

function countFinding(into: FindingCounts, finding: Finding): void {
  if (finding.suppressed) into.suppressed += 1;
  else if (finding.severity === 'error') into.errors += 1;
  else if (finding.severity === 'warning') into.warnings += 1;
  else into.infos += 1;
}

export function computeGap(inventory: LoadedInventory, pack: RulePack, asOf: IsoDate, options?: AuditOptions): GapReport {
  return gapFromCounts(inventory, pack, auditCounts(inventory, pack, asOf, options));
}

/**
 * The audit, kept only as its finding counts: once this returns, the findings themselves (several
 * per system, 7.5 million at a million systems) can be collected while the report is built.
 */
function auditCounts(inventory: LoadedInventory, pack: RulePack, asOf: IsoDate, options?: AuditOptions): AuditCounts {
  return countFindings(audit(inventory, pack.rules, asOf, options));
}

/** The gap report for an audit already run (the HTML/Excel report needs both, and audits once). */
export function gapFromAudit(inventory: LoadedInventory, pack: RulePack, result: AuditResult): GapReport {
  return gapFromCounts(inventory, pack, countFindings(result));
}

/** What the gap report needs of an audit: its date and regime, and its findings counted. */
interface AuditCounts {
  asOf: IsoDate;
  regime: AuditResult['regime'];
  /** Every finding, inventory problems of unreadable entries included. */
  overall: FindingCounts;
  /** By system id. */
  perSystem: Map<string, FindingCounts>;
}

function countFindings(result: AuditResult): AuditCounts {
  const perSystem = new Map<string, FindingCounts>();
  const overall = emptyFindings();
  // A system's findings mostly come one after another: the map is consulted when the system changes.
  let system: string | undefined;
  let counts = overall;
  for (const finding of result.findings) {
    countFinding(overall, finding);
    if (finding.system === null) continue;
    if (finding.system !== system) {
      system = finding.system;
      const known = perSystem.get(system);
      if (known === undefined) perSystem.set(system, (counts = emptyFindings()));
      else counts = known;
    }
    countFinding(counts, finding);
  }
  return { asOf: result.asOf, regime: result.regime, overall, perSystem };
}

/** One pass over the systems counts every group; only the matrix keeps something per system. */
function gapFromCounts(inventory: LoadedInventory, pack: RulePack, audited: AuditCounts): GapReport {
  const { asOf, overall, perSystem } = audited;
  const facts = new FactContext(pack, asOf);
  const measures = { audits: facts.cadence.length > 0, drills: facts.drill.length > 0 };
  // Owner names repeat (a unit has many systems): each distinct spelling is normalised once.
  const ownerKeys = new Map<string, string>();
  const all = new TotalsCounter();
  const owners = new Map<string, { counter: TotalsCounter; rows: MatrixRow[] }>();
  const levels = new Map<number | null, TotalsCounter>();
  for (const system of inventory.systems) {
    const record = system.record;
    const level = approvedLevel(record, asOf);
    const fact = factsOf(system, level, facts);
    const findings = perSystem.get(record.id);
    let owner = ownerKeys.get(record.owner);
    if (owner === undefined) ownerKeys.set(record.owner, (owner = ownerKey(record.owner)));
    let group = owners.get(owner);
    if (group === undefined) owners.set(owner, (group = { counter: new TotalsCounter(), rows: [] }));
    let byLevel = levels.get(level);
    if (byLevel === undefined) levels.set(level, (byLevel = new TotalsCounter()));
    all.add(fact, findings);
    group.counter.add(fact, findings);
    byLevel.add(fact, findings);
    if (fact.operating) {
      group.rows.push({ system: record.id, name: record.name, owner, level, layers: fact.layers, all: fact.all, file: system.file });
    }
  }
  // Inventory problems of unreadable entries belong to no valid system, so the overall finding
  // counts come from all findings rather than the sum of the systems.
  const totals = all.totals(measures, inventory.found, overall);

  // Owners in Vietnamese alphabetical order: a collator comparison for each pair of owner names,
  // never for each pair of systems (that took longer than the rest of the gap report at 100k).
  const ownerOrder = [...owners].sort(([a], [b]) => compareOwners(a, b));
  const byOwner = ownerOrder.map(([owner, group]) => ({ owner, totals: group.counter.totals(measures) }));
  const byLevel = [...levels]
    .sort(([a], [b]) => (a ?? 99) - (b ?? 99))
    .map(([level, counter]) => ({ level, totals: counter.totals(measures) }));
  // The matrix: owner by owner, then by id. Appended in a loop: push(...rows) overflows the stack at a million.
  const matrix: MatrixRow[] = [];
  for (const [, group] of ownerOrder) {
    group.rows.sort((a, b) => (a.system < b.system ? -1 : 1));
    for (const row of group.rows) matrix.push(row);
    group.rows = [];
  }

  return {
    asOf,
    ...(inventory.organization !== undefined ? { organization: inventory.organization } : {}),
    files: inventory.files,
    invalid: inventory.invalid,
    totals,
    figures: figuresOf(totals, pack.targets),
    targets: pack.targets,
    byOwner,
    byLevel,
    matrix,
    classification: classificationTotals(inventory.systems, pack.rules, asOf),
    ...(audited.regime ? { regime: audited.regime } : {}),
    ...layerNamesOf(pack),
  };
}

/** Layer names set by the pack's layers rule (`names:`), for the figure titles. */
function layerNamesOf(pack: RulePack): { layerNames?: Partial<Record<string, Localized>> } {
  const names = rulesOfKind<LayersRule>(pack.rules, 'layers').find((r) => r.check.names !== undefined)?.check.names;
  return names ? { layerNames: names } : {};
}
