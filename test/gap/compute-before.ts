// gapFromAudit before issue 17 (one object per system, a filter per figure and group), kept as the oracle of test/gap/compute-streamed.test.ts.
// The gap report as data: how far the inventory is from the targets on one evaluation date.
// Pure: loaded inventory + rule pack + date in, numbers out. Formatters (src/formatters/gap/)
// and the HTML/Excel reports only render what this computes.
import { classificationTotals, type ClassificationTotals } from '../../src/classify/gap.js';
import { audit, type AuditOptions, type AuditResult } from '../../src/engine/audit.js';
import type { LoadedInventory, LoadedSystem } from '../../src/loading/inventory.js';
import { approvedLevel, cadenceState, layerValue } from '../../src/model/as-of.js';
import { countedAudits } from '../../src/rules/kinds/cadence.js';
import { drillUpToDate } from '../../src/rules/kinds/drill.js';
import { LAYERS, type Layer } from '../../src/model/vocabulary.js';
import { compareOwners, ownerKey } from '../../src/model/owner.js';
import { applicable, rulesOfKind, type CadenceRule, type DrillRule, type LayersRule } from '../../src/model/pack.js';
import type { Localized } from '../../src/i18n/lang.js';
import type { AppliedRegime } from '../../src/regime/resolve.js';
import type { Rule } from '../../src/rules/rule.js';
import type { FigureId, Target, TargetSet } from '../../src/rules/targets.js';
import type { IsoDate } from '../../src/util/date.js';

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
  /** Systems with a drill in the drill rule's window, of `drillsRequired`; null when the pack has no drill rule. */
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

interface SystemFacts {
  system: LoadedSystem;
  owner: string;
  level: number | null;
  operating: boolean;
  approved: boolean;
  planDeployed: boolean;
  layers: Record<Layer, LayerState>;
  /** undefined: no cadence rule applies; else whether the audit is not overdue. */
  auditCurrent: boolean | undefined;
  drillCurrent: boolean | undefined;
  findings: FindingCounts;
}

function emptyFindings(): FindingCounts {
  return { errors: 0, warnings: 0, infos: 0, suppressed: 0 };
}

function factsOf(system: LoadedSystem, pack: RulePack, asOf: IsoDate, findings: FindingCounts): SystemFacts {
  const record = system.record;
  const level = approvedLevel(record, asOf);
  const operating = record.status === 'operating';
  const layers = Object.fromEntries(LAYERS.map((layer) => [layer, layerState(system, layer, asOf)])) as Record<Layer, LayerState>;

  let auditCurrent: boolean | undefined;
  for (const rule of applicable(rulesOfKind<CadenceRule>(pack.rules, 'cadence'), system, asOf)) {
    const state = cadenceState(countedAudits(record, rule.check.exclude_operator_audits_from), rule.check.interval_months, asOf);
    if (state) auditCurrent = (auditCurrent ?? true) && state.due >= asOf;
  }
  let drillCurrent: boolean | undefined;
  for (const rule of applicable(rulesOfKind<DrillRule>(pack.rules, 'drill'), system, asOf)) {
    // Since the oracle was written, a drill duty is judged as the drill rule judges it (first drill due `within_months` after it began).
    drillCurrent = (drillCurrent ?? true) && drillUpToDate(record, rule.check, asOf);
  }
  return {
    system,
    owner: ownerKey(record.owner),
    level,
    operating,
    approved: operating && level !== null,
    planDeployed: operating && level !== null && record.protection_plan === 'deployed',
    layers,
    auditCurrent: operating ? auditCurrent : undefined,
    drillCurrent: operating ? drillCurrent : undefined,
    findings,
  };
}

function totalsOf(facts: readonly SystemFacts[], pack: RulePack, systems: number = facts.length): GapTotals {
  const operating = facts.filter((f) => f.operating);
  const count = (predicate: (f: SystemFacts) => boolean): number => operating.filter(predicate).length;
  const measuresAudits = rulesOfKind(pack.rules, 'cadence').length > 0;
  const measuresDrills = rulesOfKind(pack.rules, 'drill').length > 0;
  const findings = emptyFindings();
  for (const f of facts) {
    findings.errors += f.findings.errors;
    findings.warnings += f.findings.warnings;
    findings.infos += f.findings.infos;
    findings.suppressed += f.findings.suppressed;
  }
  return {
    systems,
    operating: operating.length,
    approved: count((f) => f.approved),
    planDeployed: count((f) => f.planDeployed),
    layers: {
      onsite: count((f) => f.layers.onsite === 'in-place'),
      monitoring: count((f) => f.layers.monitoring === 'in-place'),
      independent_audit: count((f) => f.layers.independent_audit === 'in-place'),
      ncsc: count((f) => f.layers.ncsc === 'in-place'),
      all: count((f) => LAYERS.every((layer) => f.layers[layer] === 'in-place')),
    },
    auditsCurrent: measuresAudits ? count((f) => f.auditCurrent === true) : null,
    auditsRequired: measuresAudits ? count((f) => f.auditCurrent !== undefined) : null,
    drillsCurrent: measuresDrills ? count((f) => f.drillCurrent === true) : null,
    drillsRequired: measuresDrills ? count((f) => f.drillCurrent !== undefined) : null,
    findings,
  };
}

function groupBy<K>(facts: readonly SystemFacts[], key: (f: SystemFacts) => K): Map<K, SystemFacts[]> {
  const groups = new Map<K, SystemFacts[]>();
  // Appending in place: copying the group on every system made this quadratic (minutes at 100k systems).
  for (const f of facts) {
    const group = groups.get(key(f));
    if (group) group.push(f);
    else groups.set(key(f), [f]);
  }
  return groups;
}

export function computeGap(inventory: LoadedInventory, pack: RulePack, asOf: IsoDate, options?: AuditOptions): GapReport {
  return gapFromAudit(inventory, pack, audit(inventory, pack.rules, asOf, options));
}

/** The gap report for an audit already run (the HTML/Excel report needs both, and audits once). */
export function gapFromAudit(inventory: LoadedInventory, pack: RulePack, result: AuditResult): GapReport {
  const { asOf } = result;
  const perSystem = new Map<string, FindingCounts>();
  const overall = emptyFindings();
  for (const finding of result.findings) {
    const counts = finding.system === null ? undefined : (perSystem.get(finding.system) ?? emptyFindings());
    for (const target of counts ? [overall, counts] : [overall]) {
      if (finding.suppressed) target.suppressed += 1;
      else if (finding.severity === 'error') target.errors += 1;
      else if (finding.severity === 'warning') target.warnings += 1;
      else target.infos += 1;
    }
    if (counts) perSystem.set(finding.system!, counts);
  }

  const facts = inventory.systems.map((system) => factsOf(system, pack, asOf, perSystem.get(system.record.id) ?? emptyFindings()));
  // Inventory problems of unreadable entries belong to no valid system, so the overall finding
  // counts come from all findings rather than the sum of the systems.
  const totals = { ...totalsOf(facts, pack, inventory.found), findings: overall };

  // Owners in Vietnamese alphabetical order, each with its systems: the totals per owner and the
  // matrix (owner by owner, then by id) come from the same groups. Sorting 100,000 systems with a
  // collator comparison at every step took longer than the rest of the gap report.
  const owners = [...groupBy(facts, (f) => f.owner)].sort(([a], [b]) => compareOwners(a, b));
  const byOwner = owners.map(([owner, group]) => ({ owner, totals: totalsOf(group, pack) }));
  const byLevel = [...groupBy(facts, (f) => f.level)]
    .sort(([a], [b]) => (a ?? 99) - (b ?? 99))
    .map(([level, group]) => ({ level, totals: totalsOf(group, pack) }));
  const matrix = owners
    .flatMap(([, group]) => group.filter((f) => f.operating).sort((a, b) => (a.system.record.id < b.system.record.id ? -1 : 1)))
    .map((f) => ({
      system: f.system.record.id,
      name: f.system.record.name,
      owner: f.owner,
      level: f.level,
      layers: f.layers,
      all: LAYERS.every((layer) => f.layers[layer] === 'in-place'),
      file: f.system.file,
    }));

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
    ...(result.regime ? { regime: result.regime } : {}),
    ...layerNamesOf(pack),
  };
}

/** Layer names set by the pack's layers rule (`names:`), for the figure titles. */
function layerNamesOf(pack: RulePack): { layerNames?: Partial<Record<string, Localized>> } {
  const names = rulesOfKind<LayersRule>(pack.rules, 'layers').find((r) => r.check.names !== undefined)?.check.names;
  return names ? { layerNames: names } : {};
}
