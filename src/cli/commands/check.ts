// `attt-audit check`: audit inventories against the rule pack and print findings.
import { Option, type Command } from 'commander';
import { audit, findingsExitCode, type FailOn } from '../../engine/audit.js';
import { FatalError } from '../../errors.js';
import { formatJson } from '../../formatters/json.js';
import { formatTable } from '../../formatters/table.js';
import type { Formatter } from '../../formatters/types.js';
import type { Lang } from '../../i18n/lang.js';
import { loadInventories } from '../../loading/inventory.js';
import { TOOL } from '../../version.js';
import {
  addLimitOptions,
  commandContext,
  loadOptions,
  loadRulePack,
  resolveAsOf,
  type GlobalOptions,
  type LimitOptions,
  type RuleOptions,
} from '../context.js';
import type { Io } from '../io.js';
import { HELP } from '../help.js';

export const CHECK_FORMATS = { table: formatTable, json: formatJson } satisfies Record<string, Formatter>;

interface CheckOptions extends GlobalOptions, RuleOptions, LimitOptions {
  asOf?: string;
  tz?: string;
  format: keyof typeof CHECK_FORMATS;
  failOn: FailOn;
}

export function registerCheck(program: Command, io: Io, lang: Lang, setExit: (code: number) => void): void {
  const command = program
    .command('check')
    .description(HELP.check.description[lang])
    .argument('<paths...>', HELP.check.paths[lang])
    .addOption(new Option('-f, --format <format>', HELP.check.format[lang]).choices(Object.keys(CHECK_FORMATS)).default('table'))
    .option('--as-of <date>', HELP.asOf[lang])
    .option('--tz <zone>', HELP.tz[lang])
    .addOption(new Option('--fail-on <severity>', HELP.check.failOn[lang]).choices(['error', 'warning', 'none']).default('error'))
    .option('-r, --rules <path>', HELP.rules[lang], collect, [])
    .option('--no-default-rules', HELP.noDefaultRules[lang]);
  addLimitOptions(command, lang).action(async (paths: string[], options: CheckOptions, command: Command) => {
      const all = { ...command.optsWithGlobals(), ...options } as CheckOptions;
      const ctx = commandContext(io, all);
      const asOf = resolveAsOf(all.asOf, all.tz, io);
      const { rules } = await loadRulePack(all, io);
      const inventory = await loadInventories(paths, loadOptions(all, io));
      const result = audit(inventory, rules, asOf);
      const format = CHECK_FORMATS[all.format];
      if (!format) throw new FatalError({ vi: 'định dạng không hợp lệ', en: 'unknown format' });
      io.stdout.write(format(result, { lang: ctx.lang, color: ctx.color, tool: TOOL }));
      setExit(findingsExitCode(result.findings, all.failOn));
    });
}

export function collect(value: string, previous: string[]): string[] {
  return [...previous, value];
}
