// What Form 08 needs from one system record, on the cut-off date (the end of the data period).
// Dated facts after the cut-off do not exist yet, as everywhere in the tool (src/model/as-of.ts).
import { approvedLevel } from '../model/as-of.js';
import type { SystemRecord } from '../model/inventory-schema.js';
import type { IsoDate } from '../util/date.js';
import { countedAudits } from '../rules/kinds/cadence.js';
import { DOSSIER_STATES, type DeploymentState, type DossierState } from './labels.js';

/** Decree 331/2026 in force (rules/regimes.yaml); Form 08 is its form. */
const DECREE_331_FROM: IsoDate = '2026-08-19';

export interface Decision {
  decision: string;
  date: IsoDate;
  issuer?: string;
}

export function operatorOf(record: SystemRecord): string {
  return record.operator ?? record.owner;
}

export function regulationOf(record: SystemRecord): Decision | undefined {
  return record.regulation;
}

export function dossierOf(record: SystemRecord): SystemRecord['dossier'] {
  return record.dossier;
}

/** `classification:` (the classify feature): Form 08 reads `type` and `national_security_critical`. */
export function classificationOf(record: SystemRecord): SystemRecord['classification'] {
  return record.classification;
}

/** In scope on the cut-off: every system not retired (systems under construction need a level too). */
export function inScope(record: SystemRecord): boolean {
  return record.status !== 'retired';
}

const stageIndex = (state: DossierState): number => DOSSIER_STATES.indexOf(state);

/**
 * Column (6) on the cut-off: an approval decision dated on or before it is proof of "approved";
 * otherwise the dossier's declared state, stepped back past any stage dated after the cut-off.
 * Undefined when the inventory says nothing about the dossier.
 */
export function dossierStage(record: SystemRecord, cutOff: IsoDate): DossierState | undefined {
  if (approvedLevel(record, cutOff) !== null) return 'approved';
  const dossier = dossierOf(record);
  if (dossier?.status === undefined) return undefined;
  let stage = stageIndex(dossier.status);
  // An approval recorded for after the cut-off: the dossier was at most appraised on the cut-off.
  if (stage >= stageIndex('approved') && record.approval !== undefined && record.approval.date > cutOff) stage = stageIndex('appraised');
  if (stage >= stageIndex('appraised') && dossier.appraised !== undefined && dossier.appraised > cutOff) stage = stageIndex('sent_for_appraisal');
  if (stage >= stageIndex('sent_for_appraisal') && dossier.submitted !== undefined && dossier.submitted > cutOff) stage = stageIndex('drafting');
  return DOSSIER_STATES[stage];
}

export function isApprovedOn(record: SystemRecord, cutOff: IsoDate): boolean {
  return approvedLevel(record, cutOff) !== null;
}

/** Column (5): the approved level, else the proposed one. */
export function proposedLevel(record: SystemRecord): number | undefined {
  return record.level ?? record.proposed_level ?? undefined;
}

/** Column (10). `partially_deployed` is the form's middle value; every earlier state is "not deployed". */
export function deployment(record: SystemRecord): DeploymentState {
  if (record.protection_plan === 'deployed') return 'full';
  if (record.protection_plan === 'partially_deployed') return 'partial';
  return 'none';
}

export interface Assessments {
  preOperation: boolean;
  periodic: boolean;
}

/**
 * Column (12). "Trước khi đưa vào sử dụng": an assessment of kind pre_operation on or before the
 * cut-off. "Định kỳ": a periodic one (the default kind, and `last_audit`) inside the data period:
 * the report covers that year, and Decree 331 sets no fixed interval to measure currency by. An
 * assessment by the operator itself, from 19/08/2026, is neither (as for the cadence rule).
 */
export function assessments(record: SystemRecord, period: { from: IsoDate; to: IsoDate }): Assessments {
  // From Decree 331 (19/08/2026) the operator's own assessment is not one "theo quy định" (Art 31.2.c).
  const audits = countedAudits(record, DECREE_331_FROM).audits;
  const inPeriod = (date: IsoDate): boolean => date >= period.from && date <= period.to;
  return {
    preOperation: audits.some((a) => a.kind === 'pre_operation' && a.date <= period.to),
    periodic:
      audits.some((a) => (a.kind ?? 'periodic') === 'periodic' && inPeriod(a.date)) ||
      (record.last_audit !== undefined && inPeriod(record.last_audit)),
  };
}

/** Part 1 line 2 (D): the type is recorded (`classification.type`), or a level was proposed or approved, which needs the type. */
export function isClassified(record: SystemRecord): boolean {
  return classificationOf(record)?.type !== undefined || proposedLevel(record) !== undefined || dossierOf(record)?.status !== undefined;
}
