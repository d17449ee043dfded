// The plan as data: every obligation of the loaded rule pack that is overdue, due today, falls due
// before the window starts, or falls due in the window. Pure: inventory + rule pack + date + window
// in, sorted items out. Formatters (src/formatters/plan/) and the HTML/Excel reports only render
// what this computes.
//
// The dated obligations come from the rule kinds themselves (RuleKind.obligations in
// src/rules/kind.ts), the same computation their `evaluate` uses for `check`. A due date is the last
// day the obligation is met: on D = due the item is "due today"; from due + 1 it is overdue, the
// very day `check` starts to report it. Every open error finding of `check` that has no dated
// obligation behind it (a layer missing altogether, an approval with no go-live date) is listed as
// "overdue (no date)", so the plan is the complete to-do list.
// Only the next occurrence of a recurring obligation is listed: the one after it counts from the
// day the next audit or drill is actually done, which nobody knows yet.
import * as crypto from 'node:crypto';
import { appliesTo, audit, defaultOrganizationRecords, type AuditOptions } from '../engine/audit.js';
import type { Finding } from '../engine/finding.js';
import type { LoadedInventory, LoadedSystem } from '../loading/inventory.js';
import type { Localized, TextOrLocalized } from '../i18n/lang.js';
import { approvedLevel } from '../model/as-of.js';
import { ownerKey } from '../model/owner.js';
import type { AppliedRegime } from '../regime/resolve.js';
import type { EvaluationContext, Obligation } from '../rules/kind.js';
import type { Rule } from '../rules/rule.js';
import { daysBetween, type IsoDate } from '../util/date.js';
import type { PlanWindow } from './window.js';

import { PLAN_KINDS, type PlanKind } from './kinds.js';

export { PLAN_KINDS, type PlanKind } from './kinds.js';

/**
 * Where an item stands on the evaluation date D: `overdue` (due < D, or no date), `due-today`
 * (due = D), `before-window` (D < due < the window's first day), `in-window`.
 */
export type PlanStatus = 'overdue' | 'due-today' | 'before-window' | 'in-window';

export interface PlanItem {
  /** The last day the obligation is met (ISO date); null for an open finding with no date (overdue). */
  due: IsoDate | null;
  /** Days from the evaluation date to `due`; negative when overdue; null without a date. */
  daysLeft: number | null;
  overdue: boolean;
  status: PlanStatus;
  kind: PlanKind;
  system: string;
  name: string;
  /** The normalised owner unit (NFC, whitespace trimmed and collapsed). */
  owner: string;
  /** The approved level on the evaluation date; null when not approved. */
  level: number | null;
  proposedLevel?: number;
  /** Which obligation of the system, when a system can have several of a kind: a layer, or a waived rule. */
  subject?: string;
  /** The rule that sets the obligation, and its legal basis. */
  rule: string;
  basis: TextOrLocalized;
  /** What falls due, e.g. "Periodic security audit". */
  title: Localized;
  /** Why this date, e.g. "level 3: every 12 months; last audit 2024-11-18". */
  detail: Localized;
  file: string;
  line: number;
  column: number;
  /** Stable id from system, kind and subject (not the date), so a calendar re-import updates the event. */
  uid: string;
  /** Set on items of the organisation (the annual report), which belong to no system. */
  organization?: true;
}

/** An item with a due date: every item of a plan computed with `undated: false`. */
export type DatedPlanItem = PlanItem & { due: IsoDate; daysLeft: number };

export interface PlanFilters {
  /** Normalised owner names, compared case-insensitively. */
  owners?: readonly string[];
  /** Approved levels; null selects systems without one. */
  levels?: readonly (number | null)[];
  kinds?: readonly PlanKind[];
}

export interface PlanReport {
  asOf: IsoDate;
  organization?: string;
  files: string[];
  window: PlanWindow;
  filters: PlanFilters;
  /** Entries that could not be read; they have no items. */
  invalid: number;
  items: PlanItem[];
  /** The legal regime whose rules set the obligations. */
  regime?: AppliedRegime;
}

export const KIND_TITLES: Record<PlanKind, Localized> = {
  approval: { vi: 'Phê duyệt cấp độ', en: 'Security-level approval' },
  plan: { vi: 'Triển khai phương án bảo đảm ATTT', en: 'Deploy the protection plan' },
  golive: { vi: 'Kết luận bảo đảm ATTT trước khi đưa vào sử dụng', en: 'Security conclusion before go-live' },
  audit: { vi: 'Kiểm tra, đánh giá định kỳ', en: 'Periodic security audit' },
  drill: { vi: 'Diễn tập thực chiến', en: 'Real-combat drill' },
  layer: { vi: 'Gia hạn lớp bảo vệ', en: 'Renew a protection layer' },
  waiver: { vi: 'Ngoại lệ hết hạn', en: 'Waiver expires' },
  transition: { vi: 'Đáp ứng yêu cầu của Luật An ninh mạng 2025 (chuyển tiếp)', en: 'Meet the Law on Cybersecurity 2025 (transition)' },
  incident: { vi: 'Báo cáo sự cố an ninh mạng', en: 'Cybersecurity incident report' },
  dossier: { vi: 'Thời hạn xử lý hồ sơ đề xuất cấp độ', en: 'Level dossier time limit' },
  report: { vi: 'Báo cáo năm về bảo đảm an ninh mạng (Mẫu 08)', en: 'Annual cybersecurity report (Form 08)' },
  other: { vi: 'Quy tắc khác', en: 'Other rule' },
};

/** Titles of undated items where the dated title would be wrong (a missing layer is not a renewal). */
const UNDATED_TITLES: Partial<Record<PlanKind, Localized>> = {
  layer: { vi: 'Bổ sung lớp bảo vệ', en: 'Put a protection layer in place' },
  waiver: { vi: 'Ngoại lệ', en: 'Waiver' },
};

/** One-shot hashing (Node 20.12+) costs a third of a Hash object's; a national plan hashes ~270,000 UIDs. */
const sha256Hex: (text: string) => string =
  typeof (crypto as { hash?: unknown }).hash === 'function'
    ? (text) => crypto.hash('sha256', text, 'hex')
    : (text) => crypto.createHash('sha256').update(text, 'utf8').digest('hex');

export function planUid(system: string, kind: PlanKind, subject: string | undefined): string {
  // Joined, not concatenated: one flat 43-character string, not a pair of pieces that keeps the
  // whole 64-digit hash alive (a national plan keeps ~270,000 UIDs).
  return [sha256Hex(`${system}\u0000${kind}\u0000${subject ?? ''}`).slice(0, 32), '@attt-audit'].join('');
}

function planKindOf(kind: string | undefined): PlanKind {
  return kind !== undefined && (PLAN_KINDS as readonly string[]).includes(kind) ? (kind as PlanKind) : 'other';
}

interface Draft {
  due: IsoDate | null;
  kind: PlanKind;
  subject?: string;
  rule: string;
  basis: TextOrLocalized;
  title: Localized;
  detail: Localized;
  file: string;
  line: number;
  column: number;
}

/** What `check` reports for an obligation: the same system, rule and layer. */
interface Covered {
  rule: string;
  layer: string | undefined;
}

/**
 * A system's dated obligations that fall due before the end of the window (overdue included), one
 * per kind and subject: the earliest when several rules set one. Only those are located in the file.
 */
function datedDrafts(system: LoadedSystem, rules: readonly Rule[], rulesById: ReadonlyMap<string, Rule>, ctx: EvaluationContext, window: PlanWindow, covered: Covered[]): Draft[] {
  const { asOf } = ctx;
  // A system has a handful of obligations: arrays searched in order cost less than maps of string keys.
  const best: { o: Obligation; rule: Rule }[] = [];
  for (const rule of rules) {
    if (!rule.kind.obligations || !appliesTo(rule, system, asOf)) continue;
    for (const o of rule.kind.obligations(system.record, rule.check, ctx)) {
      covered.push({ rule: rule.id, layer: o.layer });
      const subject = o.subject ?? '';
      const previous = best.findIndex((b) => b.o.kind === o.kind && (b.o.subject ?? '') === subject);
      if (previous === -1) best.push({ o, rule });
      else if (best[previous]!.o.due > o.due) best[previous] = { o, rule };
    }
  }
  const drafts: Draft[] = [];
  for (const { o, rule } of best) {
    if (o.due > window.to && o.due > asOf) continue;
    const about = o.forRule === undefined ? rule : (rulesById.get(o.forRule) ?? rule);
    const kind = planKindOf(o.kind);
    const position = system.locate(o.path);
    drafts.push({
      due: o.due,
      kind,
      ...(o.subject !== undefined ? { subject: o.subject } : {}),
      rule: o.forRule ?? rule.id,
      basis: about.basis,
      title: KIND_TITLES[kind],
      detail: o.detail,
      file: system.file,
      line: position.line,
      column: position.column,
    });
  }
  return drafts;
}

/**
 * A system's plan item. A class, not an object literal with spreads, so that V8 keeps every field
 * inside the object and all items share a few shapes: a national plan holds ~270,000 of them, and
 * reading them back (sorting, counting, writing) was most of the time of `plan` at 100k systems.
 * Fields are set in the order the literal had (optional ones only when present), so an item
 * serialises as before.
 */
class SystemPlanItem implements PlanItem {
  declare due: IsoDate | null;
  declare kind: PlanKind;
  declare subject?: string;
  declare rule: string;
  declare basis: TextOrLocalized;
  declare title: Localized;
  declare detail: Localized;
  declare file: string;
  declare line: number;
  declare column: number;
  declare daysLeft: number | null;
  declare overdue: boolean;
  declare status: PlanStatus;
  declare system: string;
  declare name: string;
  declare owner: string;
  declare level: number | null;
  declare proposedLevel?: number;
  declare uid: string;
  constructor(draft: Draft, asOf: IsoDate, status: PlanStatus, system: string, name: string, owner: string, level: number | null, proposedLevel: number | undefined) {
    this.due = draft.due;
    this.kind = draft.kind;
    if (draft.subject !== undefined) this.subject = draft.subject;
    this.rule = draft.rule;
    this.basis = draft.basis;
    this.title = draft.title;
    this.detail = draft.detail;
    this.file = draft.file;
    this.line = draft.line;
    this.column = draft.column;
    this.daysLeft = draft.due === null ? null : daysBetween(asOf, draft.due);
    this.overdue = status === 'overdue';
    this.status = status;
    this.system = system;
    this.name = name;
    this.owner = owner;
    this.level = level;
    if (proposedLevel !== undefined) this.proposedLevel = proposedLevel;
    this.uid = '';
  }
}

/** Open error findings of `check` with no dated obligation behind them: overdue, date unknown. */
function undatedDrafts(findings: readonly Finding[], rules: ReadonlyMap<string, Rule>, covered: readonly Covered[]): Draft[] {
  const drafts: Draft[] = [];
  for (const f of findings) {
    if (f.suppressed || f.severity !== 'error' || covered.some((c) => c.rule === f.rule && c.layer === f.layer)) continue;
    const rule = rules.get(f.rule);
    if (!rule) continue;
    const kind = planKindOf(rule.kind.planKind);
    const parts = [kind === 'other' || kind === 'waiver' ? f.rule : undefined, f.waivedRule, f.layer].filter((p) => p !== undefined);
    drafts.push({
      due: null,
      kind,
      ...(parts.length > 0 ? { subject: parts.join('#') } : {}),
      rule: f.rule,
      basis: rule.basis,
      title: UNDATED_TITLES[kind] ?? KIND_TITLES[kind],
      detail: f.message,
      file: f.file,
      line: f.line,
      column: f.column,
    });
  }
  return drafts;
}

/**
 * Items of organisation-level rules (the annual report): they belong to no system, so they carry
 * the organisation's name where a system's would be, and `organization: true`.
 */
function organizationItems(inventory: LoadedInventory, rules: readonly Rule[], asOf: IsoDate, window: PlanWindow, filters: PlanFilters, options: AuditOptions | undefined): PlanItem[] {
  const records = options?.organization ?? defaultOrganizationRecords(inventory);
  const name = inventory.organization ?? '';
  const items: PlanItem[] = [];
  for (const rule of rules) {
    if (!rule.kind.organization) continue;
    const ctx = { asOf, annualReports: records.annualReports, ...(options?.holidays ? { holidays: options.holidays } : {}) };
    for (const o of rule.kind.organization.obligations(rule.check, ctx)) {
      const status = planStatus(o.due, asOf, window);
      if (status === undefined) continue;
      const kind = planKindOf(o.kind);
      const item: PlanItem = {
        due: o.due,
        kind,
        ...(o.subject !== undefined ? { subject: o.subject } : {}),
        rule: rule.id,
        basis: rule.basis,
        title: KIND_TITLES[kind],
        detail: o.detail,
        file: records.file,
        line: records.position.line,
        column: records.position.column,
        daysLeft: daysBetween(asOf, o.due),
        overdue: status === 'overdue',
        status,
        system: name,
        name,
        owner: ownerKey(name),
        level: null,
        organization: true,
        uid: planUid(`\u0000organization`, kind, o.subject),
      };
      // Owner and level filters select systems; the organisation's items pass only the kind filter.
      if (!filters.kinds || filters.kinds.includes(kind)) items.push(item);
    }
  }
  return items;
}

const KIND_ORDER = new Map(PLAN_KINDS.map((kind, i) => [kind, i]));

/** Undated (overdue, no date) first, then by due date, system, kind and subject. */
export function comparePlanItems(a: PlanItem, b: PlanItem): number {
  const da = a.due ?? '';
  const db = b.due ?? '';
  return (
    (da < db ? -1 : da > db ? 1 : 0) ||
    (a.system < b.system ? -1 : a.system > b.system ? 1 : 0) ||
    KIND_ORDER.get(a.kind)! - KIND_ORDER.get(b.kind)! ||
    ((a.subject ?? '') < (b.subject ?? '') ? -1 : (a.subject ?? '') > (b.subject ?? '') ? 1 : 0)
  );
}

/** The sorted distinct values, and each one's rank in that order (as `<` orders strings). */
function ranks(values: Iterable<string>): Map<string, number> {
  const sorted = [...new Set(values)].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  return new Map(sorted.map((value, i) => [value, i]));
}

/**
 * `items.sort(comparePlanItems)`, the same order (stable too), at a fraction of its cost on a
 * national plan: due date, system and kind are ranked once and packed into one number per item,
 * so most comparisons are one subtraction instead of three string comparisons and two map lookups.
 */
function sortPlanItems(items: PlanItem[]): PlanItem[] {
  const dues = ranks(items.map((i) => i.due ?? ''));
  const systems = ranks(items.map((i) => i.system));
  const kinds = PLAN_KINDS.length;
  // Exact in a double only below 2^53; past that (never in practice) the plain comparison sorts.
  if (dues.size * systems.size * kinds >= Number.MAX_SAFE_INTEGER) return items.sort(comparePlanItems);
  const keys = new Float64Array(items.length);
  items.forEach((item, i) => {
    keys[i] = (dues.get(item.due ?? '')! * systems.size + systems.get(item.system)!) * kinds + KIND_ORDER.get(item.kind)!;
  });
  const order = items.map((_, i) => i);
  order.sort((i, j) => {
    const byKey = keys[i]! - keys[j]!;
    if (byKey !== 0) return byKey;
    const a = items[i]!.subject ?? '';
    const b = items[j]!.subject ?? '';
    return (a < b ? -1 : a > b ? 1 : 0) || i - j;
  });
  return order.map((i) => items[i]!);
}

function matches(item: PlanItem, filters: PlanFilters): boolean {
  if (filters.kinds && !filters.kinds.includes(item.kind)) return false;
  if (filters.levels && !filters.levels.includes(item.level)) return false;
  if (filters.owners) {
    const owner = item.owner.toLocaleLowerCase('vi');
    if (!filters.owners.some((o) => ownerKey(o).toLocaleLowerCase('vi') === owner)) return false;
  }
  return true;
}

export interface PlanPack {
  rules: readonly Rule[];
}

export interface PlanOptions {
  /** Waiver settings of the run, so that a waived finding is not listed as an undated item. */
  auditOptions?: AuditOptions;
  /** `check`'s findings on the same date, when the caller already has them. */
  findings?: readonly Finding[];
  /** False leaves out the undated items (the report lists those findings in its own section). */
  undated?: boolean;
}

/**
 * The findings that can become undated items (open errors about a system), by system. The audit's
 * full list is not kept beyond this call.
 */
function openErrorsBySystem(findings: readonly Finding[]): Map<string, Finding[]> {
  const bySystem = new Map<string, Finding[]>();
  for (const f of findings) {
    if (f.system === null || f.suppressed || f.severity !== 'error') continue;
    const list = bySystem.get(f.system);
    if (list) list.push(f);
    else bySystem.set(f.system, [f]);
  }
  return bySystem;
}

/** Where a dated item stands on `asOf`, or undefined when it falls due after the window. */
export function planStatus(due: IsoDate, asOf: IsoDate, window: PlanWindow): PlanStatus | undefined {
  if (due < asOf) return 'overdue';
  if (due === asOf) return 'due-today';
  if (due > window.to) return undefined;
  return due < window.from ? 'before-window' : 'in-window';
}

/**
 * Every item overdue (dated or not) or due today on `asOf`, due between `asOf` and the window's
 * first day, or due in [from, to] (both inclusive); sorted.
 */
export function computePlan(
  inventory: LoadedInventory,
  pack: PlanPack,
  asOf: IsoDate,
  window: PlanWindow,
  filters: PlanFilters = {},
  options: PlanOptions = {},
): PlanReport {
  const undated = options.undated !== false;
  const findingsBySystem = undated ? openErrorsBySystem(options.findings ?? audit(inventory, pack.rules, asOf, options.auditOptions).findings) : new Map<string, Finding[]>();
  // The first rule of an id, as a search of the pack would find it (a pack has no duplicate ids).
  const rulesById = new Map<string, Rule>();
  for (const rule of pack.rules) if (!rulesById.has(rule.id)) rulesById.set(rule.id, rule);
  const holidays = options.auditOptions?.holidays;
  const ctx: EvaluationContext = { asOf, ...(holidays ? { holidays } : {}) };
  const items: PlanItem[] = [];
  for (const system of inventory.systems) {
    const record = system.record;
    const covered: Covered[] = [];
    const drafts = datedDrafts(system, pack.rules, rulesById, ctx, window, covered);
    if (undated) {
      const own = findingsBySystem.get(record.id);
      if (own) for (const draft of undatedDrafts(own, rulesById, covered)) drafts.push(draft);
      // System ids are unique in a loaded inventory: what is used can go (a national audit has millions of findings).
      findingsBySystem.delete(record.id);
    }
    if (drafts.length === 0) continue;
    const level = approvedLevel(record, asOf);
    const owner = ownerKey(record.owner);
    const proposedLevel = record.proposed_level !== undefined && level === null ? record.proposed_level : undefined;
    for (const draft of drafts) {
      const status = draft.due === null ? 'overdue' : planStatus(draft.due, asOf, window);
      if (status === undefined) continue;
      const item = new SystemPlanItem(draft, asOf, status, record.id, record.name, owner, level, proposedLevel);
      if (matches(item, filters)) {
        item.uid = planUid(record.id, draft.kind, draft.subject);
        items.push(item);
      }
    }
  }
  items.push(...organizationItems(inventory, pack.rules, asOf, window, filters, options.auditOptions));
  const sorted = sortPlanItems(items);
  return {
    asOf,
    ...(inventory.organization !== undefined ? { organization: inventory.organization } : {}),
    files: inventory.files,
    window,
    filters,
    invalid: inventory.invalid,
    items: sorted,
    ...(options.auditOptions?.regime ? { regime: options.auditOptions.regime } : {}),
  };
}
