// Everything the HTML and Excel reports show, computed once. Pure: the loaded inventory, rule pack,
// evaluation date and the moment of the run in; plain data out. The renderers add nothing but words
// and layout, so both formats always tell the same story.
//
// The report's plan is "the next quarter": every obligation already overdue, and every one due from
// the evaluation date to the last day of the quarter after the current one (so nothing due between
// today and the start of that quarter falls through the cracks).
import { audit, type AuditOptions, type AuditResult } from '../engine/audit.js';
import { gapFromAudit, type GapReport } from '../gap/compute.js';
import type { LoadedInventory } from '../loading/inventory.js';
import { approvedLevel, latestAudit, latestDrill } from '../model/as-of.js';
import { ownerKey } from '../model/owner.js';
import { computePlan, type DatedPlanItem, type PlanItem } from '../plan/compute.js';
import { windowQuarter, type PlanWindow } from '../plan/window.js';
import type { Rule } from '../rules/rule.js';
import type { TargetSet } from '../rules/targets.js';
import { addMonths, daysInMonth, formatYmd, type IsoDate } from '../util/date.js';

export interface ReportInput {
  inventory: LoadedInventory;
  pack: { rules: readonly Rule[]; targets: TargetSet; files: readonly string[] };
  asOf: IsoDate;
  timeZone: string;
  /** The moment the report is made, shown in the header in `timeZone`. */
  now: Date;
  tool: { name: string; version: string };
  /** Waivers from a waivers file and the waiver policy, as `check` applies them. */
  auditOptions?: AuditOptions;
  /** The quarter the report is about (`report --quarter`); the evaluation date lies in or after it. */
  period?: ReportPeriod;
}

export interface ReportPeriod {
  quarter: { year: number; quarter: number };
  from: IsoDate;
  to: IsoDate;
}

export interface SystemRow {
  id: string;
  name: string;
  owner: string;
  status: string;
  level: number | null;
  proposedLevel?: number;
  approval?: { decision: string; date: IsoDate };
  protectionPlan: string;
  goLive?: IsoDate;
  securityConclusion?: IsoDate;
  lastAudit?: IsoDate;
  /** Due date of the next periodic audit, when a cadence rule applies. */
  auditDue?: IsoDate;
  lastDrill?: IsoDate;
  drillDue?: IsoDate;
  /** Some obligation of this system is overdue (audit, drill, approval, plan, layer, waiver). */
  overdue: boolean;
  errors: number;
  warnings: number;
  suppressed: number;
  file: string;
  line: number;
}

export interface MonthCount {
  /** 'YYYY-MM' */
  month: string;
  count: number;
}

export interface ReportModel {
  tool: { name: string; version: string };
  asOf: IsoDate;
  timeZone: string;
  /** When the report was made: the instant, and its calendar date and time in `timeZone`. */
  generated: { at: Date; date: IsoDate; time: string };
  period?: ReportPeriod;
  organization?: string;
  files: string[];
  ruleFiles: string[];
  result: AuditResult;
  gap: GapReport;
  systems: SystemRow[];
  /** Owner unit of each valid system id (normalised), for grouping findings. */
  /** A Map, not an object: an id such as "constructor" must not find Object.prototype's. */
  ownerOf: ReadonlyMap<string, string>;
  plan: { quarter: { year: number; quarter: number }; window: PlanWindow; overdue: PlanItem[]; upcoming: DatedPlanItem[] };
  /** Periodic audits: already overdue, then falling due in each of the next 12 calendar months. */
  auditsDue: { overdue: number; months: MonthCount[] };
  /** Operating systems by approved level (1–5, then null: not approved). */
  levels: { level: number | null; count: number }[];
}

/** Far enough to list the next occurrence of every obligation. */
const END_OF_TIME = '9999-12-31';

function localTime(now: Date, timeZone: string): { date: IsoDate; time: string } {
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(now);
  const get = (type: string): string => parts.find((p) => p.type === type)?.value ?? '';
  return { date: `${get('year')}-${get('month')}-${get('day')}`, time: `${get('hour')}:${get('minute')}` };
}

function lastDayOfMonth(month: string): IsoDate {
  const [y, m] = [Number(month.slice(0, 4)), Number(month.slice(5, 7))];
  return formatYmd(y, m, daysInMonth(y, m));
}

export function buildReport(input: ReportInput): ReportModel {
  const { inventory, pack, asOf, auditOptions } = input;
  const result = audit(inventory, pack.rules, asOf, auditOptions);
  const gap = gapFromAudit(inventory, pack, result);
  // The next occurrence of every obligation, and the open error findings with no date (overdue);
  // the plan and the charts are slices of it.
  const obligations = computePlan(inventory, pack, asOf, { from: asOf, to: END_OF_TIME }, {}, { findings: result.findings, ...(auditOptions ? { auditOptions } : {}) }).items;

  const next = windowQuarter('next', asOf);
  const window = { from: asOf, to: next.to };

  const firstMonth = asOf.slice(0, 7);
  const months: MonthCount[] = Array.from({ length: 12 }, (_, i) => ({ month: addMonths(`${firstMonth}-01`, i).slice(0, 7), count: 0 }));
  const lastDay = lastDayOfMonth(months[11]!.month);
  const monthIndex = new Map(months.map((m, i) => [m.month, i]));
  let auditsOverdue = 0;
  const overdue: PlanItem[] = [];
  const upcoming: DatedPlanItem[] = [];
  // Per system: the first dated audit and drill, and whether anything is overdue.
  const dues = new Map<string, { audit?: IsoDate; drill?: IsoDate; overdue: boolean }>();
  // One pass, each field of an item read once: a national inventory has hundreds of thousands of
  // obligations, and plan items come in so many shapes that each field read is a slow lookup.
  for (const item of obligations) {
    const { due, overdue: isOverdue, kind, system } = item;
    let dated = dues.get(system);
    if (dated === undefined) dues.set(system, (dated = { overdue: false }));
    if (isOverdue) dated.overdue = true;
    // The plan: overdue, and what falls due up to the end of the next quarter.
    if (due === null || due <= window.to) {
      if (isOverdue) overdue.push(item);
      else upcoming.push(item as DatedPlanItem);
    }
    if (due === null) continue;
    if (kind === 'audit') {
      dated.audit ??= due;
      if (isOverdue) auditsOverdue += 1;
      else if (due <= lastDay) months[monthIndex.get(due.slice(0, 7))!]!.count += 1;
    } else if (kind === 'drill') {
      dated.drill ??= due;
    }
  }

  const counts = new Map<string, { errors: number; warnings: number; suppressed: number }>();
  for (const finding of result.findings) {
    if (finding.system === null) continue;
    const c = counts.get(finding.system) ?? { errors: 0, warnings: 0, suppressed: 0 };
    if (finding.suppressed) c.suppressed += 1;
    else if (finding.severity === 'error') c.errors += 1;
    else if (finding.severity === 'warning') c.warnings += 1;
    counts.set(finding.system, c);
  }
  // Owner names repeat (hundreds of units for 100,000 systems): each is normalised once.
  const owners = new Map<string, string>();
  const ownerOf = (owner: string): string => {
    let key = owners.get(owner);
    if (key === undefined) owners.set(owner, (key = ownerKey(owner)));
    return key;
  };
  const levelCounts = new Map<number | null, number>();

  const systems: SystemRow[] = inventory.systems.map((system) => {
    const r = system.record;
    const c = counts.get(r.id);
    const level = approvedLevel(r, asOf);
    if (r.status === 'operating') levelCounts.set(level, (levelCounts.get(level) ?? 0) + 1);
    const due = dues.get(r.id);
    // Field by field in a fixed order (the optional ones only when set), without a temporary object
    // per optional field: 100,000 rows.
    const row = { id: r.id, name: r.name, owner: ownerOf(r.owner), status: r.status, level } as SystemRow;
    if (level === null && r.proposed_level !== undefined) row.proposedLevel = r.proposed_level;
    if (r.approval) row.approval = { decision: r.approval.decision, date: r.approval.date };
    row.protectionPlan = r.protection_plan;
    if (r.go_live) row.goLive = r.go_live;
    if (r.security_conclusion) row.securityConclusion = r.security_conclusion;
    const lastAudit = latestAudit(r, asOf);
    if (lastAudit !== undefined) row.lastAudit = lastAudit;
    if (due?.audit !== undefined) row.auditDue = due.audit;
    const lastDrill = latestDrill(r, asOf);
    if (lastDrill !== undefined) row.lastDrill = lastDrill;
    if (due?.drill !== undefined) row.drillDue = due.drill;
    row.overdue = due?.overdue ?? false;
    row.errors = c?.errors ?? 0;
    row.warnings = c?.warnings ?? 0;
    row.suppressed = c?.suppressed ?? 0;
    row.file = system.file;
    row.line = system.locate([]).line;
    return row;
  });

  const levels = ([1, 2, 3, 4, 5, null] as const).map((level) => ({ level, count: levelCounts.get(level) ?? 0 }));

  return {
    tool: input.tool,
    asOf,
    timeZone: input.timeZone,
    generated: { at: input.now, ...localTime(input.now, input.timeZone) },
    ...(input.period ? { period: input.period } : {}),
    ...(inventory.organization !== undefined ? { organization: inventory.organization } : {}),
    files: inventory.files,
    ruleFiles: [...pack.files],
    result,
    gap,
    systems,
    ownerOf: new Map(systems.map((s) => [s.id, s.owner])),
    plan: {
      quarter: { year: Number(next.from.slice(0, 4)), quarter: Math.floor(Number(next.from.slice(5, 7)) / 3) + 1 },
      window,
      overdue,
      upcoming,
    },
    auditsDue: { overdue: auditsOverdue, months },
    levels,
  };
}
