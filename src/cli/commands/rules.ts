// `attt-audit rules`: the loaded rule pack with titles and legal basis.
import { Option, type Command } from 'commander';
import { RULE_FORMATS } from '../../formatters/rule-formats.js';
import type { Lang } from '../../i18n/lang.js';
import { commandContext, loadRulePack, type GlobalOptions, type RuleOptions } from '../context.js';
import { HELP } from '../help.js';
import type { Io } from '../io.js';
import { collect } from './check.js';

interface RulesOptions extends GlobalOptions, RuleOptions {
  format: (typeof RULE_FORMATS)[number];
}

export function registerRules(program: Command, io: Io, lang: Lang): void {
  program
    .command('rules')
    .description(HELP.rulesCommand.description[lang])
    .addOption(new Option('-f, --format <format>', HELP.rulesCommand.format[lang]).choices(RULE_FORMATS).default('table'))
    .option('-r, --rules <path>', HELP.rules[lang], collect, [])
    .option('--no-default-rules', HELP.noDefaultRules[lang])
    .action(async (options: RulesOptions, command: Command) => {
      const all = { ...command.optsWithGlobals(), ...options } as RulesOptions;
      const ctx = commandContext(io, all);
      const { rules } = await loadRulePack(all, io);
      const { formatRules } = await import('../../formatters/rules.js');
      io.stdout.write(formatRules(rules, all.format, ctx.lang, ctx.color));
    });
}
