// form08/*: the Form 08 consistency rules (src/form08/checks.ts) as rules of the current pack, so
// `check` reports what `report --format form08` would refuse to sign. Organisation-level: the form
// is built once per audit with the evaluation date as its cut-off. They run only for an owner that
// reports with this tool, i.e. when the config has an `organization:` block (Form 08 part 2);
// without one there is no form to contradict itself.
import { checkForm, type FormFinding } from '../../form08/checks.js';
import { buildForm08, dataPeriod, type Form08Document } from '../../form08/model.js';
import type { LoadedInventory } from '../../loading/inventory.js';
import type { IsoDate } from '../../util/date.js';
import { defineKind, type OrganizationContext, type OrganizationHit } from '../kind.js';

export const FORM08_CHECKS = [
  'row-count', 'approved-count', 'approval-decision', 'expected-approval', 'expected-deployment',
  'regulation', 'periodic-count', 'part2', 'level', 'status', 'past-date',
] as const;
type Form08Check = (typeof FORM08_CHECKS)[number];

interface Form08Options {
  kind: 'form08';
  check: Form08Check;
}

// One form per inventory and date, shared by the rules of the family.
const built = new WeakMap<LoadedInventory, { asOf: IsoDate; findings: FormFinding[] }>();

function findings(ctx: OrganizationContext): FormFinding[] {
  const input = ctx.form08!;
  const cached = built.get(input.inventory);
  if (cached?.asOf === ctx.asOf) return cached.findings;
  const doc: Form08Document = buildForm08({
    inventory: input.inventory,
    period: dataPeriod(Number(ctx.asOf.slice(0, 4)), ctx.asOf),
    ...(input.organization ? { organization: input.organization } : {}),
  });
  const list = checkForm(doc);
  built.set(input.inventory, { asOf: ctx.asOf, findings: list });
  return list;
}

export const form08Kind = defineKind({
  kind: 'form08',
  planKind: 'report',
  options: (z) => z.strictObject({ kind: z.literal('form08'), check: z.enum(FORM08_CHECKS) }),
  evaluate: () => [],
  organization: {
    evaluate(options: Form08Options, ctx: OrganizationContext): OrganizationHit[] {
      if (ctx.form08?.organization === undefined) return [];
      const locate = ctx.form08.locateConfig;
      return findings(ctx)
        .filter((f) => f.rule === `form08/${options.check}`)
        .map((f) => ({
          message: f.message,
          ...(f.file && f.position ? { at: { file: f.file, position: f.position, ...(f.system ? { system: f.system } : {}) } } : {}),
          // Part 2 findings point at the config key (the engine's records file is the config).
          ...(f.configPath && locate ? { at: { position: locate(f.configPath) } } : {}),
        }));
    },
    obligations: () => [],
  },
  describe: (options, lang) =>
    lang === 'vi'
      ? `Mẫu số 08 lập đến ngày đánh giá, kiểm tra "${options.check}" (khi cấu hình có organization:)`
      : `Form 08 as of the evaluation date, check "${options.check}" (when the config has organization:)`,
});
