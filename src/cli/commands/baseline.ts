// `attt-audit baseline`: today's unsuppressed findings, by identity, as JSON for `check --baseline`.
//   attt-audit baseline inventory/ > .attt-baseline.json
//   attt-audit baseline inventory/ --output .attt-baseline.json [--force]
import path from 'node:path';
import type { Command } from 'commander';
import { audit } from '../../engine/audit.js';
import type { Lang } from '../../i18n/lang.js';
import { loadInventories } from '../../loading/inventory.js';
import { TOOL } from '../../version.js';
import type { GlobalOptions, LimitOptions, RuleOptions } from '../context.js';
import { HELP } from '../help.js';
import type { Io } from '../io.js';
import { checkTargets, emitOutputs, STDOUT_NAME, type OutputTarget } from '../outputs.js';
import { addAuditOptions, addWaiverOptions, newFlagState, setupAudit, type ProjectFlags } from '../project.js';

interface BaselineOptions extends GlobalOptions, RuleOptions, LimitOptions, ProjectFlags {
  asOf?: string;
  tz?: string;
  output?: string;
  force?: boolean;
}

export function registerBaseline(program: Command, io: Io, lang: Lang): void {
  const state = newFlagState();
  const command = program
    .command('baseline')
    .description(HELP.baselineCommand.description[lang])
    .argument('[paths...]', HELP.inventoryPaths[lang])
    .option('-o, --output <file>', HELP.output[lang])
    .option('--force', HELP.force[lang]);
  addWaiverOptions(command, lang, state);
  addAuditOptions(command, lang);
  command.action(async (paths: string[], options: BaselineOptions, cmd: Command) => {
    const all = { ...cmd.optsWithGlobals(), ...options } as BaselineOptions;
    const setup = await setupAudit(io, all, cmd, paths, state);
    const toFile = all.output !== undefined && all.output !== STDOUT_NAME;
    const target: OutputTarget = { format: 'baseline', force: all.force === true, ...(toFile ? { file: path.resolve(io.cwd, all.output!) } : {}) };
    await checkTargets([target], io.cwd, setup.inputs(...setup.inventoryArgs));
    const inventory = await loadInventories(setup.inventoryArgs, setup.load);
    const result = audit(inventory, setup.pack.rules, setup.asOf, setup.optionsFor(inventory));
    const { baselineChunks } = await import('../../baseline/baseline-file.js');
    await emitOutputs([target], () => baselineChunks(result, TOOL), io, setup.inputs(...inventory.files));
  });
}
