// `attt-audit plan`: every obligation overdue, due today, due before the window or in it, for scheduling.
import { Chalk } from 'chalk';
import { Option, type Command } from 'commander';
import { FatalError } from '../../errors.js';
import { interpolate, localize, type Lang } from '../../i18n/lang.js';
import { loadInventories, type LoadedInventory } from '../../loading/inventory.js';
import { ownerKey } from '../../model/owner.js';
import type { PlanFilters } from '../../plan/compute.js';
import { PLAN_KINDS, type PlanKind } from '../../plan/kinds.js';
import type { PlanChunkedFormatter } from '../../plan/result.js';
import { PLAN_UI } from '../../plan/messages.js';
import { resolveWindow, type WindowOptions } from '../../plan/window.js';
import { closest } from '../../util/suggest.js';
import { TOOL } from '../../version.js';
import { collect, type GlobalOptions, type LimitOptions, type RuleOptions } from '../context.js';
import { addAuditOptions, setupAudit, type ProjectFlags } from '../project.js';
import { HELP } from '../help.js';
import type { Io } from '../io.js';
import { warnInventoryProblems, writeReport, type OutputOptions } from '../report-output.js';

/** Formatters load on use: start-up stays free of what other commands need. */
export const PLAN_FORMATS = {
  table: async () => (await import('../../formatters/plan/table.js')).planTableChunks,
  json: async () => (await import('../../formatters/plan/json.js')).planJsonChunks,
  csv: async () => (await import('../../formatters/plan/csv.js')).planCsvChunks,
  'csv-excel': async () => (await import('../../formatters/plan/csv.js')).planCsvExcelChunks,
  markdown: async () => (await import('../../formatters/plan/markdown.js')).planMarkdownChunks,
  ics: async () => (await import('../../formatters/plan/ics.js')).planIcsChunks,
} satisfies Record<string, () => Promise<PlanChunkedFormatter>>;

interface PlanOptions extends GlobalOptions, RuleOptions, LimitOptions, OutputOptions, WindowOptions, ProjectFlags {
  asOf?: string;
  tz?: string;
  format: keyof typeof PLAN_FORMATS;
  owner: string[];
  level: string[];
  kind: string[];
  remind: string;
}

/** `--level 3 --level 4` and `--level 3,4` alike. */
function listValues(values: readonly string[]): string[] {
  return values.flatMap((v) => v.split(',')).map((v) => v.trim()).filter((v) => v !== '');
}

function parseLevels(values: readonly string[]): (number | null)[] | undefined {
  const list = listValues(values);
  if (list.length === 0) return undefined;
  return list.map((v) => {
    if (v.toLowerCase() === 'none') return null;
    if (/^[1-5]$/.test(v)) return Number(v);
    throw new FatalError(localize({ vi: '--level phải là 1–5 hoặc none, không phải "{v}"', en: '--level must be 1–5 or none, not "{v}"' }, { v }));
  });
}

function parseKinds(values: readonly string[]): PlanKind[] | undefined {
  const list = listValues(values);
  if (list.length === 0) return undefined;
  return list.map((v) => {
    if ((PLAN_KINDS as readonly string[]).includes(v)) return v as PlanKind;
    const guess = closest(v, PLAN_KINDS);
    throw new FatalError(
      localize(
        { vi: '--kind không hợp lệ "{v}"{hint}; các loại: {list}', en: 'unknown --kind "{v}"{hint}; kinds: {list}' },
        { v, hint: guess ? ` (${guess}?)` : '', list: PLAN_KINDS.join(', ') },
      ),
    );
  });
}

/** An owner that matches no system is a typo far more often than an empty plan: say so (exit 2). */
function parseOwners(values: readonly string[], inventory: LoadedInventory): string[] | undefined {
  if (values.length === 0) return undefined;
  const known = [...new Set(inventory.systems.map((s) => ownerKey(s.record.owner)))];
  const lower = new Set(known.map((o) => o.toLocaleLowerCase('vi')));
  return values.map((value) => {
    const owner = ownerKey(value);
    if (lower.has(owner.toLocaleLowerCase('vi'))) return owner;
    const guess = closest(owner, known);
    const hint = guess ? localize({ vi: ' (có phải "{g}"?)', en: ' (did you mean "{g}"?)' }, { g: guess }) : { vi: '', en: '' };
    throw new FatalError(
      localize(
        { vi: '--owner "{v}" không khớp đơn vị nào trong danh mục{hv}', en: '--owner "{v}" matches no owner unit in the inventory{he}' },
        { v: value, hv: hint.vi, he: hint.en },
      ),
    );
  });
}

function parseRemind(value: string): number {
  if (!/^\d{1,3}$/.test(value.trim()) || Number(value) > 365) {
    throw new FatalError(
      localize({ vi: '--remind phải là số ngày từ 0 đến 365, không phải "{v}"', en: '--remind must be a number of days from 0 to 365, not "{v}"' }, { v: value }),
    );
  }
  return Number(value);
}

export function registerPlan(program: Command, io: Io, lang: Lang, setExit: (code: number) => void): void {
  const command = program
    .command('plan')
    .description(HELP.plan.description[lang])
    .argument('[paths...]', HELP.inventoryPaths[lang])
    .addOption(new Option('-f, --format <format>', HELP.plan.format[lang]).choices(Object.keys(PLAN_FORMATS)).default('table'))
    .option('--within <duration>', HELP.plan.within[lang])
    .option('--quarter <quarter>', HELP.plan.quarter[lang])
    .option('--from <date>', HELP.plan.from[lang])
    .option('--to <date>', HELP.plan.to[lang])
    .option('--owner <name>', HELP.plan.owner[lang], collect, [])
    .option('--level <level>', HELP.plan.level[lang], collect, [])
    .option('--kind <kind>', interpolate(HELP.plan.kind[lang], { kinds: PLAN_KINDS.join(', ') }, lang), collect, [])
    .option('--remind <days>', HELP.plan.remind[lang], '7')
    .option('-o, --output <file>', HELP.output[lang])
    .option('--force', HELP.force[lang]);
  addAuditOptions(command, lang).action(async (paths: string[], options: PlanOptions, command: Command) => {
    const all = { ...command.optsWithGlobals(), ...options } as PlanOptions;
    const setup = await setupAudit(io, all, command, paths);
    const { ctx, asOf, pack } = setup;
    const window = resolveWindow(all, asOf);
    const remindDays = parseRemind(all.remind);
    const levels = parseLevels(all.level);
    const kinds = parseKinds(all.kind);
    const inventory = await loadInventories(setup.inventoryArgs, setup.load);
    const owners = parseOwners(all.owner, inventory);
    const filters: PlanFilters = { ...(owners ? { owners } : {}), ...(levels ? { levels } : {}), ...(kinds ? { kinds } : {}) };
    const { computePlan } = await import('../../plan/compute.js');
    const report = computePlan(inventory, pack, asOf, window, filters, { auditOptions: setup.optionsFor(inventory) });
    const problems = warnInventoryProblems(inventory, io, ctx.lang);
    if (window.to < asOf) {
      const prefix = `${TOOL.name}: ${ctx.lang === 'vi' ? 'cảnh báo' : 'warning'}: `;
      io.stderr.write(`${prefix}${interpolate(PLAN_UI.pastWindow[ctx.lang], { ...window, d: asOf }, ctx.lang)}\n`);
    }
    const color = all.output ? new Chalk({ level: 0 }) : ctx.color;
    const format = await PLAN_FORMATS[all.format]();
    await writeReport(format(report, { lang: ctx.lang, color, tool: TOOL, now: io.now(), remindDays }), all, io, setup.inputs(...inventory.files));
    setExit(problems ? 1 : 0);
  });
}
