// `attt-audit validate`: the fast gate for every commit. Inventory syntax, schema and duplicate
// ids only (and the waivers file, when one is configured); no rules, no dates evaluated.
// Exit 0 when valid, 1 when any problem is found, 2 when it cannot run.
import type { Command } from 'commander';
import { audit } from '../../engine/audit.js';
import { ExitCode } from '../../errors.js';
import type { Lang } from '../../i18n/lang.js';
import { loadInventories } from '../../loading/inventory.js';
import { calendarDateIn, DEFAULT_TIME_ZONE } from '../../util/date.js';
import { addLimitOptions, fileSizeLimit, loadOptions, type LimitOptions } from '../context.js';
import { HELP } from '../help.js';
import type { Io } from '../io.js';
import { addConfigOptions, addOutputOptions, inventoryPaths, loadWaivers, newFlagState, openProject, runInputs, waiversFilePath, type ProjectFlags } from '../project.js';
import { CHECK_FORMATS, findingOutputs, writeReports } from './check.js';

interface ValidateOptions extends ProjectFlags, LimitOptions {
  force?: boolean;
  waivers?: string;
}

export function registerValidate(program: Command, io: Io, lang: Lang, setExit: (code: number) => void): void {
  const state = newFlagState();
  const command = program.command('validate').description(HELP.validate.description[lang]).argument('[paths...]', HELP.inventoryPaths[lang]);
  addOutputOptions(command, lang, Object.keys(CHECK_FORMATS), state);
  command.option('--waivers <file>', HELP.waivers[lang]);
  addConfigOptions(command, lang);
  addLimitOptions(command, lang);
  command.addHelpText('after', HELP.exitCodes[lang]);
  command.action(async (paths: string[], options: ValidateOptions, cmd: Command) => {
    const all = { ...cmd.optsWithGlobals(), ...options } as ValidateOptions;
    const { config, ctx } = await openProject(io, all);
    const args = inventoryPaths(paths, config, io.cwd);
    const waiversFile = waiversFilePath({ ...state, ...(all.waivers ? { waiversFile: all.waivers } : {}) }, config, io.cwd);
    const targets = await findingOutputs(state, all.force === true, config, io.cwd, runInputs(io.cwd, [config?.file, waiversFile, ...args]));
    // The same loader as check (same systems, problems and positions); validate saves the rules and the rule pack.
    const inventory = await loadInventories(args, loadOptions(all, io));
    const waivers = await loadWaivers(waiversFile, io.cwd, fileSizeLimit(all));
    if (waivers) inventory.problems.push(...waivers.problems);
    const today = calendarDateIn(io.now(), config?.timeZone ?? DEFAULT_TIME_ZONE);
    const result = { ...audit(inventory, [], today), validateOnly: true };
    await writeReports(result, targets, ctx.lang, ctx.color, io, runInputs(io.cwd, [config?.file, waiversFile, ...inventory.files]));
    setExit(result.findings.length > 0 ? ExitCode.Findings : ExitCode.Ok);
  });
}
