// `attt-audit gap`: how far the inventory is from the rule pack's targets, optionally compared
// with another inventory or the same paths at a git revision.
import path from 'node:path';
import { packForRegime } from '../../regime/select.js';
import { Chalk } from 'chalk';
import { Option, type Command } from 'commander';
import type { GapFormatter, GapResult } from '../../gap/result.js';
import { FatalError } from '../../errors.js';
import { localize, type Lang } from '../../i18n/lang.js';
import { loadInventories, type LoadedInventory, type LoadOptions } from '../../loading/inventory.js';
import { statOrUndefined } from '../../util/fs-sync.js';
import { TOOL } from '../../version.js';
import { resolveAsOf, type GlobalOptions, type LimitOptions, type RuleOptions } from '../context.js';
import { addAuditOptions, chooseRegime, setupAudit, type ProjectFlags } from '../project.js';
import { HELP } from '../help.js';
import type { Io } from '../io.js';
import { warnInventoryProblems, writeReport, type OutputOptions } from '../report-output.js';

/** Formatters load on use: start-up stays free of what other commands need. */
export const GAP_FORMATS = {
  table: async () => (await import('../../formatters/gap/table.js')).formatGapTable,
  json: async () => (await import('../../formatters/gap/json.js')).formatGapJson,
  markdown: async () => (await import('../../formatters/gap/markdown.js')).formatGapMarkdown,
  csv: async () => (await import('../../formatters/gap/csv.js')).formatGapCsv,
  'csv-excel': async () => (await import('../../formatters/gap/csv.js')).formatGapCsvExcel,
} satisfies Record<string, () => Promise<GapFormatter>>;

interface GapOptions extends GlobalOptions, RuleOptions, LimitOptions, OutputOptions, ProjectFlags {
  regime?: string;
  asOf?: string;
  tz?: string;
  format: keyof typeof GAP_FORMATS;
  compare?: string;
  compareAsOf?: string;
}

/** An existing file or directory is another inventory; anything else is taken as a git revision. */
async function loadComparison(against: string, paths: readonly string[], options: LoadOptions): Promise<LoadedInventory> {
  if (statOrUndefined(path.resolve(options.cwd, against))) return loadInventories([against], options);
  const { isRevision, loadInventoriesAtRef } = await import('../../loading/git-revision.js');
  if (!(await isRevision(against, options.cwd))) {
    throw new FatalError(
      localize(
        { vi: '--compare "{r}" không phải đường dẫn tồn tại, cũng không phải phiên bản git (nhánh, thẻ, commit)', en: '--compare "{r}" is neither an existing path nor a git revision (branch, tag, commit)' },
        { r: against },
      ),
    );
  }
  // Files are named `REV:path` so the two sides of the comparison are never confused.
  return loadInventoriesAtRef(against, paths.filter((p) => p !== '-'), options.cwd, { ...(options.limits ? { limits: options.limits } : {}), label: `${against}:`, missing: 'error' });
}

export function registerGap(program: Command, io: Io, lang: Lang, setExit: (code: number) => void): void {
  const command = program
    .command('gap')
    .description(HELP.gap.description[lang])
    .argument('[paths...]', HELP.inventoryPaths[lang])
    .addOption(new Option('-f, --format <format>', HELP.gap.format[lang]).choices(Object.keys(GAP_FORMATS)).default('table'))
    .option('--compare <path|rev>', HELP.gap.compare[lang])
    .option('--compare-as-of <date>', HELP.gap.compareAsOf[lang])
    .option('-o, --output <file>', HELP.output[lang])
    .option('--force', HELP.force[lang]);
  addAuditOptions(command, lang).action(async (paths: string[], options: GapOptions, command: Command) => {
    const all = { ...command.optsWithGlobals(), ...options } as GapOptions;
    const setup = await setupAudit(io, all, command, paths);
    const { ctx, asOf, pack, load, inventoryArgs } = setup;
    const compareAsOf = all.compareAsOf === undefined ? asOf : resolveAsOf(all.compareAsOf, all.tz ?? setup.config?.timeZone, io, '--compare-as-of');
    const inventory = await loadInventories(inventoryArgs, load);
    const { computeGap } = await import('../../gap/compute.js');
    const result: GapResult = { report: computeGap(inventory, pack, asOf, setup.optionsFor(inventory)) };
    if (all.compare !== undefined) {
      const previous = await loadComparison(all.compare, inventoryArgs, load);
      warnInventoryProblems(previous, io, ctx.lang);
      // The compared date may fall under another regime (a comparison across the change): its own rules.
      const regime = compareAsOf === asOf ? setup.regime : chooseRegime(all.regime, compareAsOf, setup.fullPack, io, ctx.lang);
      const comparedPack = compareAsOf === asOf ? pack : packForRegime(setup.fullPack, regime, compareAsOf);
      result.comparison = { against: all.compare, report: computeGap(previous, comparedPack, compareAsOf, { ...setup.optionsFor(previous), regime }) };
    }
    const problems = warnInventoryProblems(inventory, io, ctx.lang);
    const format = await GAP_FORMATS[all.format]();
    await writeReport(format(result, { lang: ctx.lang, color: all.output ? new Chalk({ level: 0 }) : ctx.color, tool: TOOL }), all, io, setup.inputs(...inventory.files, all.compare));
    setExit(problems ? 1 : 0);
  });
}
