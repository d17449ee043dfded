// Runs a rule pack over loaded systems on one evaluation date, applies waivers, and summarises.
import type { LoadedInventory, LoadedSystem } from '../loading/inventory.js';
import { approvedLevel } from '../model/as-of.js';
import type { Waiver } from '../model/inventory-schema.js';
import { ownerKey } from '../model/owner.js';
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

/** An active waiver (expires on or after the evaluation date) for the finding's rule, and its layer if the waiver names one. */
function findWaiver(waivers: readonly Waiver[], finding: Finding, asOf: IsoDate): Waiver | undefined {
  return waivers.find((w) => w.rule === finding.rule && w.expires >= asOf && (w.layer === undefined || w.layer === finding.layer));
}

export function evaluateSystem(system: LoadedSystem, rules: readonly Rule[], asOf: IsoDate): Finding[] {
  const findings: Finding[] = [];
  for (const rule of rules) {
    if (!appliesTo(rule, system, asOf)) continue;
    for (const hit of rule.kind.evaluate(system.record, rule.check, { asOf })) {
      const position = system.locate(hit.path);
      const finding: Finding = {
        rule: rule.id,
        severity: rule.severity,
        system: system.record.id,
        message: hit.message,
        file: system.file,
        line: position.line,
        column: position.column,
        ...(hit.layer ? { layer: hit.layer } : {}),
        ...(hit.due ? { due: hit.due } : {}),
        suppressed: false,
      };
      const waiver = findWaiver(system.record.waivers, finding, asOf);
      if (waiver) {
        finding.suppressed = true;
        finding.waiver = { reason: waiver.reason, expires: waiver.expires, ...(waiver.approved_by ? { approved_by: waiver.approved_by } : {}) };
      }
      findings.push(finding);
    }
  }
  return findings;
}

export function audit(inventory: LoadedInventory, rules: readonly Rule[], asOf: IsoDate): AuditResult {
  const findings: Finding[] = inventory.problems.map((p) => ({
    rule: p.rule,
    severity: 'error',
    system: p.system,
    message: p.message,
    file: p.file,
    line: p.position.line,
    column: p.position.column,
    suppressed: false,
  }));
  let checked = 0;
  let operating = 0;
  let approved = 0;
  for (const system of inventory.systems) {
    if (rules.some((rule) => rule.appliesTo.status.includes(system.record.status))) checked += 1;
    if (system.record.status === 'operating') {
      operating += 1;
      if (approvedLevel(system.record, asOf) !== null) approved += 1;
    }
    findings.push(...evaluateSystem(system, rules, asOf));
  }
  findings.sort(compareFindings);
  const open = findings.filter((f) => !f.suppressed);
  return {
    asOf,
    ...(inventory.organization !== undefined ? { organization: inventory.organization } : {}),
    files: inventory.files,
    systems: inventory.systems,
    rules: [...rules],
    findings,
    summary: {
      systems: inventory.found,
      invalid: inventory.invalid,
      files: inventory.files.length,
      failedFiles: inventory.failedFiles,
      checked,
      operating,
      approved,
      errors: open.filter((f) => f.severity === 'error').length,
      warnings: open.filter((f) => f.severity === 'warning').length,
      infos: open.filter((f) => f.severity === 'info').length,
      suppressed: findings.length - open.length,
    },
  };
}

export type FailOn = 'error' | 'warning' | 'none';

/** 1 when an unsuppressed finding reaches the threshold, else 0. */
export function findingsExitCode(findings: readonly Finding[], failOn: FailOn): 0 | 1 {
  if (failOn === 'none') return 0;
  const failing = findings.some((f) => !f.suppressed && (f.severity === 'error' || (failOn === 'warning' && f.severity === 'warning')));
  return failing ? 1 : 0;
}
