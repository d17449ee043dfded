// `attt-audit classify`: the minimum level each system's facts require under the legal criteria,
// the article that decides it, and (--justify) the dossier's justification paragraphs.
import { Chalk } from 'chalk';
import { Option, type Command } from 'commander';
import type { ClassifyReport } from '../../classify/report.js';
import { FatalError } from '../../errors.js';
import type { Lang } from '../../i18n/lang.js';
import { loadInventories } from '../../loading/inventory.js';
import { TOOL } from '../../version.js';
import { addLimitOptions, loadOptions, resolveAsOf, type GlobalOptions, type LimitOptions } from '../context.js';
import { HELP } from '../help.js';
import type { Io } from '../io.js';
import { addConfigOptions, chooseRegime, inventoryPaths, openProject, runInputs, type ProjectFlags } from '../project.js';
import { warnInventoryProblems, writeReport, type OutputOptions } from '../report-output.js';
import type { FormatContext } from '../../formatters/types.js';


/** Formatters load on use: start-up stays free of what other commands need (docx above all). */
export const CLASSIFY_FORMATS = {
  table: async () => (await import('../../formatters/classify/table.js')).formatClassifyTable,
  json: async () => (await import('../../formatters/classify/json.js')).formatClassifyJson,
  markdown: async () => {
    const md = await import('../../formatters/classify/markdown.js');
    return (report: ClassifyReport, ctx: FormatContext, justify: boolean) => (justify ? md.formatClassifyJustifyMarkdown : md.formatClassifyMarkdown)(report, ctx);
  },
  docx: async () => (await import('../../formatters/classify/docx.js')).formatClassifyDocx,
} satisfies Record<string, () => Promise<(report: ClassifyReport, ctx: FormatContext, justify: boolean) => string | Uint8Array | Iterable<string> | Promise<string | Uint8Array>>>;

interface ClassifyOptions extends GlobalOptions, LimitOptions, OutputOptions, ProjectFlags {
  asOf?: string;
  tz?: string;
  regime: string;
  format: keyof typeof CLASSIFY_FORMATS;
  justify?: boolean;
}

export function registerClassify(program: Command, io: Io, lang: Lang, setExit: (code: number) => void): void {
  const command = program
    .command('classify')
    .description(HELP.classify.description[lang])
    .argument('[paths...]', HELP.inventoryPaths[lang])
    .option('--regime <regime>', HELP.regime[lang], 'auto')
    .option('--as-of <date>', HELP.asOf[lang])
    .option('--tz <zone>', HELP.tz[lang])
    .addOption(new Option('-f, --format <format>', HELP.classify.format[lang]).choices(Object.keys(CLASSIFY_FORMATS)).default('table'))
    .option('--justify', HELP.classify.justify[lang])
    .option('-o, --output <file>', HELP.output[lang])
    .option('--force', HELP.force[lang]);
  addConfigOptions(command, lang);
  addLimitOptions(command, lang).action(async (paths: string[], options: ClassifyOptions, command: Command) => {
    const all = { ...command.optsWithGlobals(), ...options } as ClassifyOptions;
    if (all.justify && (all.format === 'table' || all.format === 'json')) {
      throw new FatalError({ vi: '--justify cần --format markdown hoặc docx', en: '--justify needs --format markdown or docx' });
    }
    const { config, ctx } = await openProject(io, all);
    const asOf = resolveAsOf(all.asOf, all.tz ?? config?.timeZone, io);
    // The built-in timeline (rules/regimes.yaml); classify loads no rule pack.
    const regime = chooseRegime(all.regime, asOf, { rules: [], files: [], targets: {} }, io, ctx.lang);
    const inventory = await loadInventories(inventoryPaths(paths, config, io.cwd), loadOptions(all, io));
    const { computeClassify } = await import('../../classify/report.js');
    // The dedicated unit named in the config (Form 08 part 2) tells when it appraised a system it operates.
    const report = computeClassify(inventory, asOf, regime, config?.organization?.dedicated_unit?.name);
    const problems = warnInventoryProblems(inventory, io, ctx.lang);
    const format = await CLASSIFY_FORMATS[all.format]();
    const color = all.output ? new Chalk({ level: 0 }) : ctx.color;
    await writeReport(await format(report, { lang: ctx.lang, color, tool: TOOL }, all.justify === true || all.format === 'docx'), all, io, runInputs(io.cwd, [config?.file, ...inventory.files]));
    setExit(problems ? 1 : 0);
  });
}
