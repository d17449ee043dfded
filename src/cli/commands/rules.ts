// `attt-audit rules`: the loaded rule pack with titles and legal basis.
import { Option, type Command } from 'commander';
import { RULE_FORMATS } from '../../formatters/rules/formats.js';
import type { Lang } from '../../i18n/lang.js';
import { packForRegime } from '../../regime/select.js';
import { collect, loadRulePack, resolveAsOf, type GlobalOptions, type RuleOptions } from '../context.js';
import { addConfigOptions, chooseRegime, openProject, type ProjectFlags } from '../project.js';
import { HELP } from '../help.js';
import type { Io } from '../io.js';

interface RulesOptions extends GlobalOptions, RuleOptions, ProjectFlags {
  format: (typeof RULE_FORMATS)[number];
  regime: string;
  asOf?: string;
  tz?: string;
}

export function registerRules(program: Command, io: Io, lang: Lang): void {
  const command = program
    .command('rules')
    .description(HELP.rulesCommand.description[lang])
    .addOption(new Option('-f, --format <format>', HELP.rulesCommand.format[lang]).choices(RULE_FORMATS).default('table'))
    .option('-r, --rules <path>', HELP.rules[lang], collect, [])
    .option('--no-default-rules', HELP.noDefaultRules[lang])
    .option('--regime <regime>', HELP.rulesCommand.regime[lang], 'auto')
    .option('--as-of <date>', HELP.asOf[lang])
    .option('--tz <zone>', HELP.tz[lang]);
  addConfigOptions(command, lang).action(async (options: RulesOptions, cmd: Command) => {
    const all = { ...cmd.optsWithGlobals(), ...options } as RulesOptions;
    // The same pack `check` would use: the config's extra rules and default-rules switch, then the flags.
    const { config, ctx } = await openProject(io, all);
    const defaultRules = cmd.getOptionValueSource('defaultRules') === 'cli' ? all.defaultRules : (config?.defaultRules ?? true);
    const pack = await loadRulePack({ rules: [...(config?.rules ?? []), ...(all.rules ?? [])], defaultRules }, io);
    const { formatRules } = await import('../../formatters/rules/table.js');
    if (all.regime === 'all') {
      io.stdout.write(formatRules(pack.rules, all.format, ctx.lang, ctx.color));
      return;
    }
    // The rules `check` would apply on the date: the regime's, in force that day.
    const asOf = resolveAsOf(all.asOf, all.tz ?? config?.timeZone, io);
    const regime = chooseRegime(all.regime, asOf, pack, io, ctx.lang);
    io.stdout.write(formatRules(packForRegime(pack, regime, asOf).rules, all.format, ctx.lang, ctx.color, regime));
  });
}
