// What was true of a system on a given day. Evidence dated after that day does not exist yet.
import { addMonths, maxDate, type IsoDate } from '../util/date.js';
import type { Layer, LayerValue, SystemRecord } from './inventory-schema.js';

/** The approved level on `asOf`; null when not approved, or approved only later. */
export function approvedLevel(system: SystemRecord, asOf: IsoDate): number | null {
  if (system.level == null || system.approval === undefined) return null;
  return system.approval.date <= asOf ? system.level : null;
}

/** Every audit date, from `audits` and the `last_audit` shorthand. */
export function auditDates(system: SystemRecord): IsoDate[] {
  const dates = system.audits.map((a) => a.date);
  if (system.last_audit !== undefined) dates.push(system.last_audit);
  return dates;
}

export function latestAudit(system: SystemRecord, asOf: IsoDate): IsoDate | undefined {
  return maxDate(auditDates(system).filter((d) => d <= asOf));
}

export function layerInPlace(value: LayerValue | undefined, asOf: IsoDate): boolean {
  if (value === undefined || value === false) return false;
  if (value === true) return true;
  if (value.since !== undefined && value.since > asOf) return false;
  if (value.until !== undefined && value.until < asOf) return false;
  return true;
}

export function layerValue(system: SystemRecord, layer: Layer): LayerValue | undefined {
  return Object.hasOwn(system.layers, layer) ? system.layers[layer] : undefined;
}

/** Audit interval in months for each approved level, as the rule pack sets it. */
export type IntervalByLevel = Readonly<Record<string, number>>;

export interface CadenceState {
  level: number;
  intervalMonths: number;
  /** The last audit on or before `asOf`, or undefined when there is none and the approval date is the base. */
  lastAudit: IsoDate | undefined;
  base: IsoDate;
  due: IsoDate;
}

/** Due date of the next periodic audit: latest audit ≤ asOf (else the approval date) + the level's interval. */
export function cadenceState(system: SystemRecord, intervals: IntervalByLevel, asOf: IsoDate): CadenceState | undefined {
  const level = approvedLevel(system, asOf);
  if (level === null || system.approval === undefined) return undefined;
  const intervalMonths = intervals[String(level)];
  if (intervalMonths === undefined) return undefined;
  const lastAudit = latestAudit(system, asOf);
  const base = lastAudit ?? system.approval.date;
  return { level, intervalMonths, lastAudit, base, due: addMonths(base, intervalMonths) };
}

export function latestDrill(system: SystemRecord, asOf: IsoDate): IsoDate | undefined {
  return maxDate(system.drills.map((d) => d.date).filter((d) => d <= asOf));
}
