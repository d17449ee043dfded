// The plan as data: every dated obligation of the loaded rule pack that falls due in a window or is
// already overdue. Pure: inventory + rule pack + date + window in, sorted items out. Formatters
// (src/formatters/plan-*.ts) and the HTML/Excel reports only render what this computes.
//
// The due date is always the last day the obligation is still met, so an item is overdue when
// due < D, exactly as the rules judge it:
// - audit:    latest audit ≤ D (else the approval date) + the cadence rule's interval for the level;
// - drill:    latest drill ≤ D + the drill rule's `within_months`; with no drill yet, the approval date
//             (the drill rule reports a missing drill from the day the level is approved);
// - layer:    the `until` of a layer's evidence (a monitoring contract's end);
// - waiver:   its `expires`;
// - approval: the `by` of the `approved` target (Directive 09: 2024-09-30), or the go-live date when
//             that is later (approval must precede operation); with neither, D itself (due now);
// - plan:     the `by` of the `plan_deployed` target (Directive 09: 2024-12-31), or the approval date
//             when that is later; with no target deadline, the approval date.
// Only the next occurrence of a recurring obligation is listed: the one after it counts from the
// day the next audit or drill is actually done, which nobody knows yet.
import { createHash } from 'node:crypto';
import type { LoadedInventory, LoadedSystem } from '../loading/inventory.js';
import type { DataPath } from '../loading/yaml-source.js';
import { localize, type Localized } from '../i18n/lang.js';
import { approvedLevel, cadenceState, latestDrill, layerValue } from '../model/as-of.js';
import { PLAN_STATES, type Layer } from '../model/vocabulary.js';
import { ownerKey } from '../model/owner.js';
import { applicable, rulesOfKind, type CadenceRule, type DrillRule, type LayersRule } from '../model/pack.js';
import { LAYER_NAMES } from '../rules/kinds/layers.js';
import type { Rule } from '../rules/rule.js';
import type { TargetSet } from '../rules/targets.js';
import { addMonths, daysBetween, maxDate, type IsoDate } from '../util/date.js';
import type { PlanWindow } from './window.js';

import { PLAN_KINDS, type PlanKind } from './kinds.js';

export { PLAN_KINDS, type PlanKind } from './kinds.js';

export interface PlanItem {
  /** The last day the obligation is met (ISO date). */
  due: IsoDate;
  /** Days from the evaluation date to `due`; negative when overdue. */
  daysLeft: number;
  overdue: boolean;
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
  basis: string;
  /** What falls due, e.g. "Periodic security audit". */
  title: Localized;
  /** Why this date, e.g. "level 3: every 12 months; last audit 2024-11-18". */
  detail: Localized;
  file: string;
  line: number;
  column: number;
  /** Stable id from system, kind and subject (not the date), so a calendar re-import updates the event. */
  uid: string;
}

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
}

export const KIND_TITLES: Record<PlanKind, Localized> = {
  approval: { vi: 'Phê duyệt cấp độ', en: 'Security-level approval' },
  plan: { vi: 'Triển khai phương án bảo đảm ATTT', en: 'Deploy the protection plan' },
  audit: { vi: 'Kiểm tra, đánh giá định kỳ', en: 'Periodic security audit' },
  drill: { vi: 'Diễn tập thực chiến', en: 'Real-combat drill' },
  layer: { vi: 'Gia hạn lớp bảo vệ', en: 'Renew a protection layer' },
  waiver: { vi: 'Ngoại lệ hết hạn', en: 'Waiver expires' },
};

const PLAN_STATE_NAMES: Record<(typeof PLAN_STATES)[number], Localized> = {
  none: { vi: 'chưa có', en: 'none' },
  drafted: { vi: 'mới dự thảo', en: 'drafted' },
  approved: { vi: 'đã phê duyệt, chưa triển khai', en: 'approved, not deployed' },
  partially_deployed: { vi: 'đã triển khai một số hạng mục', en: 'partially deployed' },
  deployed: { vi: 'đã triển khai', en: 'deployed' },
};

export function planUid(system: string, kind: PlanKind, subject: string | undefined): string {
  const hash = createHash('sha256').update(`${system}\u0000${kind}\u0000${subject ?? ''}`, 'utf8').digest('hex');
  return `${hash.slice(0, 32)}@attt-audit`;
}

type Draft = Omit<PlanItem, 'daysLeft' | 'overdue' | 'system' | 'name' | 'owner' | 'level' | 'proposedLevel' | 'title' | 'file' | 'line' | 'column' | 'uid'> & {
  path: DataPath;
};

function join(a: Localized, b: Localized): Localized {
  return { vi: `${a.vi}; ${b.vi}`, en: `${a.en}; ${b.en}` };
}

function auditDrafts(system: LoadedSystem, rules: readonly Rule[], asOf: IsoDate): Draft[] {
  let best: Draft | undefined;
  for (const rule of applicable(rulesOfKind<CadenceRule>(rules, 'cadence'), system, asOf)) {
    const state = cadenceState(system.record, rule.check.interval_months, asOf);
    if (!state || (best && best.due <= state.due)) continue;
    const index = state.lastAudit === undefined ? -1 : system.record.audits.findIndex((a) => a.date === state.lastAudit);
    best = {
      due: state.due,
      kind: 'audit',
      rule: rule.id,
      basis: rule.basis,
      detail: join(
        localize({ vi: 'cấp độ {level}: {n} tháng/lần', en: 'level {level}: every {n} months' }, { level: state.level, n: state.intervalMonths }),
        state.lastAudit === undefined
          ? localize({ vi: 'chưa kiểm tra lần nào, tính từ ngày phê duyệt {d}', en: 'never audited, counted from approval on {d}' }, { d: state.base })
          : localize({ vi: 'lần kiểm tra gần nhất {d}', en: 'last audit {d}' }, { d: state.base }),
      ),
      path: state.lastAudit === undefined ? ['approval', 'date'] : index >= 0 ? ['audits', index, 'date'] : ['last_audit'],
    };
  }
  return best ? [best] : [];
}

function drillDrafts(system: LoadedSystem, rules: readonly Rule[], asOf: IsoDate): Draft[] {
  const record = system.record;
  let best: Draft | undefined;
  for (const rule of applicable(rulesOfKind<DrillRule>(rules, 'drill'), system, asOf)) {
    const last = latestDrill(record, asOf);
    const months = rule.check.within_months;
    const due = last !== undefined ? addMonths(last, months) : record.approval?.date;
    if (due === undefined || (best && best.due <= due)) continue;
    const level = approvedLevel(record, asOf);
    const index = last === undefined ? -1 : record.drills.findIndex((d) => d.date === last);
    best = {
      due,
      kind: 'drill',
      rule: rule.id,
      basis: rule.basis,
      detail: join(
        localize({ vi: 'cấp độ {level}: ít nhất {n} tháng/lần', en: 'level {level}: at least every {n} months' }, { level: level ?? '—', n: months }),
        last === undefined
          ? localize({ vi: 'chưa diễn tập lần nào; phải có từ ngày phê duyệt {d}', en: 'no drill yet; required since approval on {d}' }, { d: due })
          : localize({ vi: 'lần diễn tập gần nhất {d}', en: 'last drill {d}' }, { d: last }),
      ),
      path: index >= 0 ? ['drills', index, 'date'] : ['id'],
    };
  }
  return best ? [best] : [];
}

function layerDrafts(system: LoadedSystem, rules: readonly Rule[], asOf: IsoDate): Draft[] {
  const drafts = new Map<Layer, Draft>();
  for (const rule of applicable(rulesOfKind<LayersRule>(rules, 'layers'), system, asOf)) {
    for (const layer of rule.check.layers) {
      const value = layerValue(system.record, layer);
      if (typeof value !== 'object' || value.until === undefined || drafts.has(layer)) continue;
      const name = LAYER_NAMES[layer];
      const provider = value.provider ? localize({ vi: ' (đơn vị cung cấp: {p})', en: ' (provider: {p})' }, { p: value.provider }) : { vi: '', en: '' };
      drafts.set(layer, {
        due: value.until,
        kind: 'layer',
        subject: layer,
        rule: rule.id,
        basis: rule.basis,
        detail: localize(
          value.until < asOf
            ? { vi: 'lớp "{vi}" ({layer}) đã hết hiệu lực sau ngày {d}{pv}', en: 'layer "{en}" ({layer}) was covered only until {d}{pe}' }
            : { vi: 'lớp "{vi}" ({layer}) chỉ có hiệu lực đến hết ngày {d}{pv}', en: 'layer "{en}" ({layer}) is covered until {d}{pe}' },
          { ...name, layer, d: value.until, pv: provider.vi, pe: provider.en },
        ),
        path: ['layers', layer, 'until'],
      });
    }
  }
  return [...drafts.values()];
}

function waiverDrafts(system: LoadedSystem, rules: readonly Rule[], asOf: IsoDate): Draft[] {
  const rule = applicable(rulesOfKind(rules, 'waiver'), system, asOf)[0];
  if (!rule) return [];
  const seen = new Map<string, number>();
  return system.record.waivers.map((waiver, index) => {
    const base = waiver.layer ? `${waiver.rule}#${waiver.layer}` : waiver.rule;
    const n = (seen.get(base) ?? 0) + 1;
    seen.set(base, n);
    const waived = rules.find((r) => r.id === waiver.rule);
    return {
      due: waiver.expires,
      kind: 'waiver' as const,
      subject: n === 1 ? base : `${base}#${n}`,
      rule: waiver.rule,
      basis: waived?.basis ?? rule.basis,
      detail: localize(
        waiver.expires < asOf
          ? { vi: 'ngoại lệ cho "{r}" đã hết hạn sau ngày {d}: {reason}', en: 'waiver for "{r}" expired after {d}: {reason}' }
          : { vi: 'ngoại lệ cho "{r}" có hiệu lực đến hết ngày {d}: {reason}', en: 'waiver for "{r}" is active until {d}: {reason}' },
        { r: waiver.layer ? `${waiver.rule} (${waiver.layer})` : waiver.rule, d: waiver.expires, reason: waiver.reason },
      ),
      path: ['waivers', index, 'expires'],
    };
  });
}

function approvalDrafts(system: LoadedSystem, rules: readonly Rule[], targets: TargetSet, asOf: IsoDate): Draft[] {
  const record = system.record;
  const rule = applicable(rulesOfKind(rules, 'approval'), system, asOf)[0];
  if (!rule || approvedLevel(record, asOf) !== null) return [];
  const deadline = targets.approved?.by;
  const goLive = record.go_live;
  const due = maxDate([deadline, goLive].filter((d): d is IsoDate => d !== undefined)) ?? asOf;
  const why =
    due === deadline
      ? localize({ vi: 'hạn phê duyệt theo chỉ tiêu: {d}', en: 'approval deadline from the targets: {d}' }, { d: due })
      : due === goLive
        ? localize({ vi: 'đưa vào sử dụng ngày {d}; phải được phê duyệt trước đó', en: 'in use from {d}; approval is needed before that' }, { d: due })
        : { vi: 'chỉ tiêu không đặt hạn; cần phê duyệt ngay', en: 'no deadline in the targets; due now' };
  const state =
    record.level != null && record.approval !== undefined
      ? localize({ vi: 'chỉ được phê duyệt ngày {d}, sau ngày đánh giá', en: 'approved only on {d}, after the evaluation date' }, { d: record.approval.date })
      : record.proposed_level !== undefined
        ? localize({ vi: 'hồ sơ đề xuất cấp độ {p} đang chờ', en: 'level {p} proposed, awaiting approval' }, { p: record.proposed_level })
        : { vi: 'chưa có hồ sơ đề xuất cấp độ', en: 'no level proposed yet' };
  return [
    {
      due,
      kind: 'approval',
      rule: rule.id,
      basis: rule.basis,
      detail: join(state, why),
      path: record.proposed_level !== undefined ? ['proposed_level'] : ['id'],
    },
  ];
}

function planDrafts(system: LoadedSystem, rules: readonly Rule[], targets: TargetSet, asOf: IsoDate): Draft[] {
  const record = system.record;
  for (const rule of applicable(rulesOfKind(rules, 'plan'), system, asOf)) {
    const required = (rule.check as { required?: (typeof PLAN_STATES)[number] }).required ?? 'deployed';
    if (approvedLevel(record, asOf) === null || record.approval === undefined) return [];
    if (PLAN_STATES.indexOf(record.protection_plan) >= PLAN_STATES.indexOf(required)) continue;
    const deadline = targets.planDeployed?.by;
    const due = maxDate([deadline, record.approval.date].filter((d): d is IsoDate => d !== undefined))!;
    return [
      {
        due,
        kind: 'plan',
        rule: rule.id,
        basis: rule.basis,
        detail: join(
          localize({ vi: 'phương án: {vi}', en: 'protection plan: {en}' }, { ...PLAN_STATE_NAMES[record.protection_plan] }),
          due === deadline
            ? localize({ vi: 'hạn triển khai theo chỉ tiêu: {d}', en: 'deployment deadline from the targets: {d}' }, { d: due })
            : localize({ vi: 'cấp độ được phê duyệt ngày {d}; cần triển khai ngay', en: 'level approved on {d}; deploy without delay' }, { d: due }),
        ),
        path: ['protection_plan'],
      },
    ];
  }
  return [];
}

const KIND_ORDER = new Map(PLAN_KINDS.map((kind, i) => [kind, i]));

export function comparePlanItems(a: PlanItem, b: PlanItem): number {
  return (
    (a.due < b.due ? -1 : a.due > b.due ? 1 : 0) ||
    (a.system < b.system ? -1 : a.system > b.system ? 1 : 0) ||
    KIND_ORDER.get(a.kind)! - KIND_ORDER.get(b.kind)! ||
    ((a.subject ?? '') < (b.subject ?? '') ? -1 : (a.subject ?? '') > (b.subject ?? '') ? 1 : 0)
  );
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
  targets: TargetSet;
}

/** Items due in [from, to] (both inclusive) or already overdue (due < asOf), sorted by date. */
export function computePlan(inventory: LoadedInventory, pack: PlanPack, asOf: IsoDate, window: PlanWindow, filters: PlanFilters = {}): PlanReport {
  const items: PlanItem[] = [];
  for (const system of inventory.systems) {
    const record = system.record;
    const drafts = [
      ...approvalDrafts(system, pack.rules, pack.targets, asOf),
      ...planDrafts(system, pack.rules, pack.targets, asOf),
      ...auditDrafts(system, pack.rules, asOf),
      ...drillDrafts(system, pack.rules, asOf),
      ...layerDrafts(system, pack.rules, asOf),
      ...waiverDrafts(system, pack.rules, asOf),
    ];
    for (const { path, ...draft } of drafts) {
      const overdue = draft.due < asOf;
      if (!overdue && (draft.due < window.from || draft.due > window.to)) continue;
      const position = system.locate(path);
      const item: PlanItem = {
        ...draft,
        daysLeft: daysBetween(asOf, draft.due),
        overdue,
        system: record.id,
        name: record.name,
        owner: ownerKey(record.owner),
        level: approvedLevel(record, asOf),
        ...(record.proposed_level !== undefined && approvedLevel(record, asOf) === null ? { proposedLevel: record.proposed_level } : {}),
        title: KIND_TITLES[draft.kind],
        file: system.file,
        line: position.line,
        column: position.column,
        uid: planUid(record.id, draft.kind, draft.subject),
      };
      if (matches(item, filters)) items.push(item);
    }
  }
  items.sort(comparePlanItems);
  return {
    asOf,
    ...(inventory.organization !== undefined ? { organization: inventory.organization } : {}),
    files: inventory.files,
    window,
    filters,
    invalid: inventory.invalid,
    items,
  };
}
