// On every evaluation date D, `plan` and `check` agree: an obligation is overdue in `plan` exactly
// when `check` reports its finding on D, and every open error finding of `check` is somewhere in
// `plan`. Swept over month ends, leap days, and the day before, on and after every due date, for
// every rule kind with dated obligations, on several fixtures.
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { appliesTo, audit } from '../../src/engine/audit.js';
import type { Finding } from '../../src/engine/finding.js';
import { loadInventories, type LoadedInventory } from '../../src/loading/inventory.js';
import { defaultRulesDir, loadRules, type LoadedRules } from '../../src/loading/rules.js';
import { computePlan, type PlanItem } from '../../src/plan/compute.js';
import { RULE_KINDS } from '../../src/rules/kinds/index.js';
import { packForRegime, resolveRegime } from '../../src/regime/index.js';
import { addDays, daysInMonth, formatYmd, type IsoDate } from '../../src/util/date.js';
import { ROOT } from '../helpers.js';

const FIXTURES = ['most', 'plan/quarter', 'plan/boundaries', 'gap/small', 'small'];
const FAR = '9999-12-31';

let pack: LoadedRules;
const inventories = new Map<string, LoadedInventory>();

beforeAll(async () => {
  pack = await loadRules([defaultRulesDir()], ROOT);
  for (const name of FIXTURES) inventories.set(name, await loadInventories([path.join('fixtures', name)], { cwd: ROOT }));
});

/** The default pack as `--regime auto` narrows it on `asOf`. */
const rulesOn = (asOf: IsoDate): LoadedRules => packForRegime(pack, resolveRegime(asOf), asOf);

/** Month ends 2019–2027, the leap days, and the day before, on and after each given due date. */
function sweepDates(dues: Iterable<IsoDate>): IsoDate[] {
  const dates = new Set<IsoDate>(['2020-02-28', '2020-02-29', '2020-03-01', '2024-02-28', '2024-02-29', '2024-03-01', '2028-02-29']);
  for (let year = 2019; year <= 2027; year++) {
    for (let month = 1; month <= 12; month++) {
      const end = formatYmd(year, month, daysInMonth(year, month));
      dates.add(end);
      dates.add(addDays(end, 1));
    }
  }
  for (const due of dues) for (const d of [addDays(due, -1), due, addDays(due, 1)]) dates.add(d);
  return [...dates].sort();
}

/** Every due date any dated rule gives any system on the month-end dates (and so on the sweep). */
function dueDates(inventory: LoadedInventory): Set<IsoDate> {
  const dues = new Set<IsoDate>();
  for (const asOf of sweepDates([])) {
    for (const system of inventory.systems) {
      for (const rule of rulesOn(asOf).rules) {
        if (!rule.kind.obligations || !appliesTo(rule, system, asOf)) continue;
        for (const o of rule.kind.obligations(system.record, rule.check, { asOf })) dues.add(o.due);
      }
    }
  }
  return dues;
}

/** The finding `check` gives for a plan item: same system and rule (a waiver's: waiver/expired), same layer. */
function findingFor(item: PlanItem, findings: readonly Finding[]): Finding | undefined {
  return findings.find((f) => {
    // The organisation's items (the annual report) match its findings, which belong to no system.
    if (item.organization) return f.system === null && f.rule === item.rule && f.due === item.due;
    if (f.system !== item.system) return false;
    if (item.kind === 'waiver') return f.rule === 'waiver/expired' && f.waivedRule === item.rule && `${f.waivedRule}${f.layer ? `#${f.layer}` : ''}` === item.subject?.replace(/#\d+$/, '');
    if (f.rule !== item.rule) return false;
    return item.kind === 'layer' ? f.layer === item.subject : true;
  });
}

describe('check and plan agree on every evaluation date', () => {
  it('every rule kind of the default pack that has a due date gives obligations', () => {
    const dated = pack.rules.filter((r) => r.kind.obligations).map((r) => r.kind.kind);
    expect([...new Set(dated)].sort()).toEqual(['approval', 'cadence', 'dossier', 'drill', 'golive', 'incident', 'investment', 'layers', 'plan', 'transition', 'waiver']);
    // assessor, regulation, classification (a level below its minimum, missing facts, a conflicted
    // appraisal), form08 (the form's consistency): no due date; annual-report: the organisation's obligations.
    expect([...RULE_KINDS.values()].filter((k) => !k.obligations).map((k) => k.kind)).toEqual([
      'annual-report', 'assessor', 'classification-current-higher', 'classification-incomplete', 'classification-level', 'conflicted-appraisal', 'field', 'form08', 'regulation',
    ]);
  });

  it.each(FIXTURES)('fixtures/%s', { timeout: 120_000 }, (name) => {
    const inventory = inventories.get(name)!;
    const dates = sweepDates(dueDates(inventory));
    let compared = 0;
    for (const asOf of dates) {
      const narrowed = rulesOn(asOf);
      const findings = audit(inventory, narrowed.rules, asOf).findings;
      const plan = computePlan(inventory, narrowed, asOf, { from: asOf, to: FAR }, {}, { findings }).items;
      const context = (what: string, x: unknown): string => `${name} as of ${asOf}: ${what} ${JSON.stringify(x)}`;
      // Plan → check: a dated item is overdue exactly when check reports its finding.
      for (const item of plan) {
        if (item.due === null) continue;
        const finding = findingFor(item, findings);
        expect(item.overdue, context('item', item)).toBe(item.due < asOf);
        expect(finding !== undefined, context(item.overdue ? 'overdue item without a finding' : 'finding for an item not yet overdue', item)).toBe(item.overdue);
        compared += 1;
      }
      // Check → plan: a finding of a dated rule is an overdue dated item, or has no date at all; an
      // open error finding with no date is an "overdue (no date)" item.
      for (const f of findings) {
        const dated = plan.filter((item) => item.due !== null && findingFor(item, [f]) !== undefined);
        const preDue = ['cadence/due-soon', 'waiver/expiring', 'waiver/unused', 'transition/review-due', 'transition/investment-due'].includes(f.rule);
        if (!preDue) expect(dated.every((item) => item.overdue), context('finding for an item not yet overdue', f)).toBe(true);
        if (dated.length > 0 || f.severity !== 'error' || f.suppressed || f.system === null || f.rule.startsWith('inventory/')) continue;
        const undated = plan.some((item) => item.due === null && item.system === f.system && item.rule === f.rule && (f.layer === undefined || item.subject === f.layer));
        expect(undated, context('open error finding missing from the plan', f)).toBe(true);
        compared += 1;
      }
    }
    expect(compared).toBeGreaterThan(100);
  });
});
