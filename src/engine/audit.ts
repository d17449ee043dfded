// Runs a rule pack over loaded systems on one evaluation date, applies waivers, and summarises.
import type { LoadedInventory, LoadedSystem } from '../loading/inventory.js';
import { approvedLevel } from '../model/as-of.js';
import type { DataPath, Position } from '../loading/yaml-source.js';
import type { OrganizationConfig } from '../form08/organization.js';
import type { Waiver } from '../model/inventory-schema.js';
import { fastSystemRecord } from '../loading/fast-system.js';
import { ownerKey, ownerVariantFindings } from '../model/owner.js';
import type { AnnualReportEntry, EvaluationContext, Hit } from '../rules/kind.js';
import type { AppliedRegime } from '../regime/resolve.js';
import { isApproved } from '../rules/kinds/waiver.js';
import { evidenceDateFindings } from '../model/evidence-dates.js';
import type { Rule } from '../rules/rule.js';
import type { IsoDate } from '../util/date.js';
import { compareFindings, type Finding } from './finding.js';

export interface AuditSummary {
  /** Entries found under `systems:` in every file, valid or not. */
  systems: number;
  /** Entries that could not be audited (schema errors, duplicate ids); reported as inventory findings. */
  invalid: number;
  /** Inventory files read, and how many of them could not be read or parsed at all. */
  files: number;
  failedFiles: number;
  /** Valid systems at least one rule applied to. */
  checked: number;
  operating: number;
  /** Operating systems with a level approved on or before the evaluation date. */
  approved: number;
  errors: number;
  warnings: number;
  infos: number;
  suppressed: number;
}

export interface AuditResult {
  asOf: IsoDate;
  organization?: string;
  files: string[];
  /** The valid systems that were loaded, for formatters that show names, owners or levels. */
  systems: LoadedSystem[];
  rules: Rule[];
  findings: Finding[];
  summary: AuditSummary;
  /** Set when findings were compared with a baseline (`--baseline`, `--since`). */
  baseline?: BaselineComparison;
  /** Set by `validate`: inventories were checked for syntax, schema and duplicate ids only, no rules. */
  validateOnly?: boolean;
  /** The legal regime the rules were chosen for, and why (src/regime); set by the commands that audit. */
  regime?: AppliedRegime;
}

/** What a baseline comparison adds to a result; findings carry `baseline: new|known`. */
export interface BaselineComparison {
  /** Where the baseline came from: a file name, or `git:REF`. */
  source: string;
  new: number;
  known: number;
  /** Baseline entries no current unsuppressed finding matches. */
  resolved: BaselineEntry[];
}

/** One finding as a baseline records it: its identity, not its position. */
export interface BaselineEntry {
  fingerprint: string;
  rule: string;
  system: string | null;
  layer?: string;
  waivedRule?: string;
  /** Only for findings that belong to a whole file (system null). */
  file?: string;
}

export function appliesTo(rule: Rule, system: LoadedSystem, asOf: IsoDate): boolean {
  const record = system.record;
  if (!rule.appliesTo.status.includes(record.status)) return false;
  if (rule.appliesTo.owners && !rule.appliesTo.owners.includes(ownerKey(record.owner))) return false;
  if (rule.appliesTo.levels) {
    const level = approvedLevel(record, asOf);
    if (level === null || !rule.appliesTo.levels.includes(level)) return false;
  }
  return true;
}

/** A waiver read from a separate waivers file: it names its system and points into that file. */
export interface ExternalWaiver {
  system: string;
  waiver: Waiver;
  file: string;
  locate(path: DataPath): Position;
}

export interface AuditOptions {
  /** False ignores waivers written in inventory files (`--no-waivers`); waivers-file entries still apply. */
  inlineWaivers?: boolean;
  /** Waivers from a waivers file (`--waivers FILE`, or `waivers.file` in the config). */
  externalWaivers?: readonly ExternalWaiver[];
  /** Waiver policy: a waiver without `approved_by` does not apply (and `waiver/unapproved` says so). */
  requireApprovedBy?: boolean;
  /** Public holidays and days off, for deadlines in working days. */
  holidays?: ReadonlySet<IsoDate>;
  /** The organisation's own records (the config's `annual_reports:`), for organisation-level rules. */
  organization?: OrganizationRecords;
  /** The regime the rules were chosen for; recorded in the result for every output. */
  regime?: AppliedRegime;
  /** Today's real date: evidence dated after it gets an `inventory/future-date` warning (none when unset). */
  today?: IsoDate;
}

/** What organisation-level rules read, and where their findings point. */
export interface OrganizationRecords {
  annualReports: readonly (AnnualReportEntry & { position?: Position })[];
  /** Where findings about the organisation are written: the config file, else the first inventory file. */
  file: string;
  position: Position;
  /** The config's `organization:` (Form 08 part 2) and where config keys are written, for the form08/* rules. */
  organization?: OrganizationConfig;
  locate?: (path: DataPath) => Position;
}

/** A waiver in force for one system, with where it is written. */
interface WaiverInForce {
  waiver: Waiver;
  file: string;
  external: boolean;
  locate(path: DataPath): Position;
}

/** Whether a waiver can suppress a finding: same rule, same layer if it names one, not expired, approved if required. */
function waiverCovers(waiver: Waiver, finding: Finding, asOf: IsoDate, options: AuditOptions): boolean {
  return (
    waiver.rule === finding.rule &&
    waiver.expires >= asOf &&
    (waiver.layer === undefined || waiver.layer === finding.layer) &&
    (options.requireApprovedBy !== true || isApproved(waiver))
  );
}

const NO_WAIVERS: readonly WaiverInForce[] = [];

function inlineWaivers(system: LoadedSystem, options: AuditOptions): readonly WaiverInForce[] {
  if (options.inlineWaivers === false || system.record.waivers.length === 0) return NO_WAIVERS;
  return system.record.waivers.map((waiver, index) => ({
    waiver,
    file: system.file,
    external: false,
    locate: (path: DataPath) => system.locate(['waivers', index, ...path]),
  }));
}

function toWaiverInForce(external: ExternalWaiver): WaiverInForce {
  return { waiver: external.waiver, file: external.file, external: true, locate: external.locate };
}

/** Rules that review waivers run last, once every other finding has had its chance to use one. */
function reviewWaiversLast(rules: readonly Rule[]): Rule[] {
  return [...rules.filter((r) => !r.kind.reviewsWaivers), ...rules.filter((r) => r.kind.reviewsWaivers)];
}

/** What stays the same for every system of one audit. */
interface AuditRun {
  /** The rules, from reviewWaiversLast. */
  ordered: readonly Rule[];
  asOf: IsoDate;
  options: AuditOptions;
  /** The evaluation context shared by systems without waivers (most of them); nothing writes to it. */
  noWaivers: EvaluationContext;
}

/** Appends one system's findings to `findings`. */
function evaluateInto(findings: Finding[], system: LoadedSystem, run: AuditRun, externalWaivers: readonly ExternalWaiver[] | undefined): void {
  const { ordered, asOf, options, noWaivers } = run;
  const own = inlineWaivers(system, options);
  const waivers = externalWaivers === undefined || externalWaivers.length === 0 ? own : [...own, ...externalWaivers.map(toWaiverInForce)];
  // Most systems have no waiver: they share one context and allocate nothing here.
  let used: Set<number> | undefined;
  const ctx: EvaluationContext =
    waivers.length === 0
      ? noWaivers
      : {
          asOf,
          waivers: waivers.map((w) => w.waiver),
          usedWaivers: (used = new Set<number>()),
          requireApprovedBy: noWaivers.requireApprovedBy,
          systemKnown: true,
          ...(noWaivers.holidays ? { holidays: noWaivers.holidays } : {}),
        };
  const record = system.record;
  for (const rule of ordered) {
    if (!appliesTo(rule, system, asOf)) continue;
    const hits = rule.kind.evaluate(record, rule.check, ctx);
    for (let h = 0; h < hits.length; h += 1) {
      const finding = hitToFinding(rule, record.id, hits[h]!, waivers, system);
      if (!rule.kind.reviewsWaivers && waivers.length > 0) {
        const index = waivers.findIndex((w) => waiverCovers(w.waiver, finding, asOf, options));
        const match = waivers[index];
        if (match) {
          used?.add(index);
          finding.suppressed = true;
          const w = match.waiver;
          finding.waiver = {
            reason: w.reason,
            expires: w.expires,
            ...(w.approved_by ? { approved_by: w.approved_by } : {}),
            ...(match.external ? { file: match.file } : {}),
          };
        }
      }
      findings.push(finding);
    }
  }
}

function hitToFinding(
  rule: Rule,
  system: string,
  hit: Hit,
  waivers: readonly WaiverInForce[],
  /** Where the system is written: its inventory file, or for an unaudited system its waivers-file entry. */
  where: { file: string; locate(path: DataPath): Position },
): Finding {
  // A hit about a waiver points into wherever that waiver is written (the inventory or a waivers file).
  const about = hit.waiver !== undefined ? waivers[hit.waiver] : undefined;
  const position = about ? about.locate(hit.path) : where.locate(hit.path);
  return new RuleFinding(rule, system, hit, about ? about.file : where.file, position);
}

/**
 * A finding made by a rule. A class, not an object literal, so that V8 keeps all its fields inside
 * the object (a literal gets a separate property store for the fields added after it): an audit of
 * 100,000 systems keeps ~250,000 of them until the report is written. Optional fields are set only
 * when present, in the same order as before.
 */
class RuleFinding implements Finding {
  declare rule: string;
  declare severity: Finding['severity'];
  declare system: string;
  declare message: Finding['message'];
  declare file: string;
  declare line: number;
  declare column: number;
  declare layer?: Finding['layer'];
  declare due?: Finding['due'];
  declare suppressed: boolean;
  declare waiver?: Finding['waiver'];
  declare waivedRule?: string;
  declare baseline?: Finding['baseline'];
  constructor(rule: Rule, system: string, hit: Hit, file: string, position: Position) {
    this.rule = rule.id;
    this.severity = rule.severity;
    this.system = system;
    this.message = hit.message;
    this.file = file;
    this.line = position.line;
    this.column = position.column;
    if (hit.layer) this.layer = hit.layer;
    if (hit.due) this.due = hit.due;
    this.suppressed = false;
    if (hit.waivedRule) this.waivedRule = hit.waivedRule;
  }
}

/** Waivers-file entries for systems that were not audited: only the waiver-reviewing rules see them. */
function orphanWaiverFindings(orphans: readonly ExternalWaiver[], rules: readonly Rule[], asOf: IsoDate, options: AuditOptions): Finding[] {
  const bySystem = new Map<string, ExternalWaiver[]>();
  for (const o of orphans) {
    const list = bySystem.get(o.system);
    if (list) list.push(o);
    else bySystem.set(o.system, [o]);
  }
  const findings: Finding[] = [];
  for (const [id, entries] of bySystem) {
    const waivers = entries.map(toWaiverInForce);
    // What systemSchema gives for a bare { id, name, owner } (defaults only), without loading zod.
    const placeholder = fastSystemRecord({ id, name: id, owner: id })!;
    const ctx: EvaluationContext = {
      asOf,
      waivers: waivers.map((w) => w.waiver),
      usedWaivers: new Set(),
      requireApprovedBy: options.requireApprovedBy === true,
      systemKnown: false,
    };
    for (const rule of rules.filter((r) => r.kind.reviewsWaivers)) {
      for (const hit of rule.kind.evaluate(placeholder, rule.check, ctx)) {
        findings.push(hitToFinding(rule, id, hit, waivers, entries[0]!));
      }
    }
  }
  return findings;
}

/** Findings of organisation-level rules (the annual report): once per audit, about no system. */
function organizationFindings(rules: readonly Rule[], asOf: IsoDate, inventory: LoadedInventory, options: AuditOptions): Finding[] {
  const org = rules.filter((r) => r.kind.organization);
  if (org.length === 0) return [];
  const records = options.organization ?? defaultOrganizationRecords(inventory);
  const findings: Finding[] = [];
  for (const rule of org) {
    const form08 = { inventory, ...(records.organization ? { organization: records.organization } : {}), ...(records.locate ? { locateConfig: records.locate } : {}) };
    for (const hit of rule.kind.organization!.evaluate(rule.check, { asOf, annualReports: records.annualReports, form08, ...(options.holidays ? { holidays: options.holidays } : {}) })) {
      const position = hit.at?.position ?? (hit.report !== undefined ? records.annualReports[hit.report]?.position : undefined) ?? records.position;
      findings.push({
        rule: rule.id,
        severity: rule.severity,
        system: hit.at?.system ?? null,
        message: hit.message,
        file: hit.at?.file ?? records.file,
        line: position.line,
        column: position.column,
        ...(hit.due ? { due: hit.due } : {}),
        suppressed: false,
      });
    }
  }
  return findings;
}

/** Without a config: no annual reports recorded; findings point at the first inventory file. */
export function defaultOrganizationRecords(inventory: LoadedInventory): OrganizationRecords {
  return { annualReports: [], file: inventory.files[0] ?? '', position: { line: 1, column: 1 } };
}

export function audit(inventory: LoadedInventory, rules: readonly Rule[], asOf: IsoDate, options: AuditOptions = {}): AuditResult {
  const findings: Finding[] = inventory.problems.map((p) => ({
    rule: p.rule,
    severity: 'error',
    system: p.system,
    message: p.message,
    file: p.file,
    line: p.position.line,
    column: p.position.column,
    suppressed: false,
    ...(p.excerpt ? { excerpt: p.excerpt } : {}),
  }));
  let checked = 0;
  let operating = 0;
  let approved = 0;
  const external = new Map<string, ExternalWaiver[]>();
  for (const w of options.externalWaivers ?? []) {
    const list = external.get(w.system);
    if (list) list.push(w);
    else external.set(w.system, [w]);
  }
  const run: AuditRun = {
    ordered: reviewWaiversLast(rules),
    asOf,
    options,
    noWaivers: {
      asOf,
      waivers: [],
      usedWaivers: new Set(),
      requireApprovedBy: options.requireApprovedBy === true,
      systemKnown: true,
      ...(options.holidays ? { holidays: options.holidays } : {}),
    },
  };
  const auditedStatuses = new Set(rules.flatMap((rule) => rule.appliesTo.status));
  for (const system of inventory.systems) {
    if (auditedStatuses.has(system.record.status)) checked += 1;
    if (system.record.status === 'operating') {
      operating += 1;
      if (approvedLevel(system.record, asOf) !== null) approved += 1;
    }
    evaluateInto(findings, system, run, external.get(system.record.id));
    for (const f of evidenceDateFindings(system, options.today)) findings.push(f);
    for (const f of ownerVariantFindings(system)) findings.push(f);
    external.delete(system.record.id);
  }
  findings.push(...orphanWaiverFindings([...external.values()].flat(), rules, asOf, options));
  findings.push(...organizationFindings(rules, asOf, inventory, options));
  findings.sort(compareFindings);
  const open = { error: 0, warning: 0, info: 0 };
  for (const f of findings) if (!f.suppressed) open[f.severity] += 1;
  return {
    asOf,
    ...(inventory.organization !== undefined ? { organization: inventory.organization } : {}),
    files: inventory.files,
    systems: inventory.systems,
    rules: [...rules],
    findings,
    ...(options.regime ? { regime: options.regime } : {}),
    summary: {
      systems: inventory.found,
      invalid: inventory.invalid,
      files: inventory.files.length,
      failedFiles: inventory.failedFiles,
      checked,
      operating,
      approved,
      errors: open.error,
      warnings: open.warning,
      infos: open.info,
      suppressed: findings.length - open.error - open.warning - open.info,
    },
  };
}

export type FailOn = 'error' | 'warning' | 'none';

/** 1 when an unsuppressed finding reaches the threshold, else 0. Findings known from a baseline never count. */
export function findingsExitCode(findings: readonly Finding[], failOn: FailOn): 0 | 1 {
  if (failOn === 'none') return 0;
  const failing = findings.some(
    (f) => !f.suppressed && f.baseline !== 'known' && (f.severity === 'error' || (failOn === 'warning' && f.severity === 'warning')),
  );
  return failing ? 1 : 0;
}
