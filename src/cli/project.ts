// What the commands share: the config file merged with flags (flags win), the
// inventory paths, the waivers file and waiver policy, and the --format/--output/--waivers flags
// whose order on the command line matters.
import { InvalidArgumentError, Option, type Command } from 'commander';
import { defaultOrganizationRecords, type AuditOptions, type OrganizationRecords } from '../engine/audit.js';
import { localize } from '../i18n/lang.js';
import { builtInTimeline, resolveRegime, type AppliedRegime } from '../regime/resolve.js';
import { packForRegime } from '../regime/select.js';
import { TOOL } from '../version.js';
import type { ProjectConfig } from '../config/config-file.js';
import { discoverConfig } from '../config/discover.js';
import { setOwnerUnits } from '../model/owner.js';
import { AggregateFatalError, FatalError } from '../errors.js';
import type { Lang } from '../i18n/lang.js';
import { STDIN_NAME, type LoadedInventory } from '../loading/inventory.js';
import type { LoadedWaivers } from '../loading/waivers-file.js';
import { displayName } from '../loading/files.js';
import type { LoadedRules } from '../loading/rules.js';
import type { LoadOptions } from '../loading/inventory.js';
import type { IsoDate } from '../util/date.js';
import {
  addLimitOptions,
  collect,
  commandContext,
  fileSizeLimit,
  loadOptions,
  loadRulePack,
  resolveAsOf,
  type CommandContext,
  type GlobalOptions,
  type LimitOptions,
  type RuleOptions,
} from './context.js';
import { HELP } from './help.js';
import type { Io } from './io.js';
import type { OutputToken } from './outputs.js';
import path from 'node:path';

/** Flags whose order or combination commander cannot keep for us, recorded while it parses. */
export interface FlagState {
  outputs: OutputToken[];
  waiversFile?: string;
  noInlineWaivers: boolean;
}

export function newFlagState(): FlagState {
  return { outputs: [], noInlineWaivers: false };
}

export function addConfigOptions(command: Command, lang: Lang): Command {
  return command.option('--config <file>', HELP.config[lang]).option('--no-config', HELP.noConfig[lang]);
}

export function addOutputOptions(command: Command, lang: Lang, formats: readonly string[], state: FlagState): Command {
  return command
    .addOption(
      new Option('-f, --format <format>', HELP.check.format[lang]).choices(formats).argParser((value: string) => {
        if (!formats.includes(value)) throw new InvalidArgumentError(`Allowed choices are ${formats.join(', ')}.`);
        state.outputs.push({ format: value });
        return value;
      }),
    )
    .addOption(
      new Option('-o, --output <file>', HELP.outputPair[lang]).argParser((value: string) => {
        state.outputs.push({ file: value });
        return value;
      }),
    )
    .option('--force', HELP.force[lang]);
}

export function addWaiverOptions(command: Command, lang: Lang, state: FlagState): Command {
  // `--waivers FILE` and `--no-waivers` are independent switches; commander would merge them into one value.
  command
    .addOption(
      new Option('--waivers <file>', HELP.waivers[lang]).argParser((value: string) => {
        state.waiversFile = value;
        return value;
      }),
    )
    .option('--no-waivers', HELP.noWaivers[lang]);
  command.on('option:no-waivers', () => {
    state.noInlineWaivers = true;
  });
  return command;
}

export interface ProjectFlags extends GlobalOptions, LimitOptions {
  config?: string | boolean;
}

export interface Project {
  config?: ProjectConfig;
  ctx: CommandContext;
}

/** Loads the config (unless --no-config) and resolves the language: --lang, then the config, then the locale. */
export async function openProject(io: Io, flags: ProjectFlags): Promise<Project> {
  // The config module (zod, yaml) loads only when there is a config file to read.
  const file = flags.config === false ? undefined : typeof flags.config === 'string' ? path.resolve(io.cwd, flags.config) : await discoverConfig(io.cwd);
  const config = file === undefined ? undefined : await (await import('../config/config-file.js')).loadProjectConfig(file, io.cwd, fileSizeLimit(flags));
  // Owner aliases apply to everything this run groups by owner unit (gap, plan, reports, applies_to.owners).
  setOwnerUnits(config?.owners ?? []);
  const lang = flags.lang ?? config?.lang;
  const ctx = commandContext(io, { ...flags, ...(lang ? { lang } : {}) });
  return { ...(config ? { config } : {}), ctx };
}

/** Path arguments, else the config's `inventory:`, else a clear exit-2 message. */
export function inventoryPaths(paths: readonly string[], config: ProjectConfig | undefined, cwd: string): string[] {
  if (paths.length > 0) return [...paths];
  if (config?.inventory) return config.inventory.map((p) => displayName(p, cwd));
  throw new FatalError({
    vi: 'chưa chỉ ra tệp danh mục: truyền PATH, hoặc đặt "inventory:" trong attt-audit.config.yaml (tạo bằng "attt-audit init")',
    en: 'no inventory given: pass PATH, or set "inventory:" in attt-audit.config.yaml (create one with "attt-audit init")',
  });
}

/** The waivers file from --waivers, else from the config (`waivers.file`); undefined when neither names one. */
export function waiversFilePath(state: FlagState, config: ProjectConfig | undefined, cwd: string): string | undefined {
  if (state.waiversFile !== undefined) return path.resolve(cwd, state.waiversFile);
  return config?.waivers.file;
}

export async function loadWaivers(file: string | undefined, cwd: string, maxBytes?: number): Promise<LoadedWaivers | undefined> {
  return file === undefined ? undefined : (await import('../loading/waivers-file.js')).loadWaiversFile(file, cwd, maxBytes);
}

/** The waivers file as it was at a git revision; the current one when it was not tracked there. */
export async function loadWaiversAtRef(ref: string, file: string | undefined, current: LoadedWaivers | undefined, cwd: string): Promise<LoadedWaivers | undefined> {
  if (file === undefined) return undefined;
  const { readAtRef } = await import('../loading/git-revision.js');
  const bytes = await readAtRef(ref, file, cwd).catch(() => undefined);
  return bytes === undefined ? current : (await import('../loading/waivers-file.js')).parseWaivers(displayName(file, cwd), bytes);
}

/** Waiver problems are findings like inventory problems; the audit options carry the waivers and the policy. */
export function auditOptions(state: FlagState, config: ProjectConfig | undefined, inventory: LoadedInventory, waivers: LoadedWaivers | undefined, today?: IsoDate): AuditOptions {
  if (waivers) inventory.problems.push(...waivers.problems);
  return {
    ...(today !== undefined ? { today } : {}),
    inlineWaivers: !state.noInlineWaivers && config?.waivers.inline !== false,
    externalWaivers: waivers?.waivers ?? [],
    requireApprovedBy: config?.waivers.requireApprovedBy === true,
  };
}

/** The options every auditing command takes, in the same words: date, time zone, rule pack, config, limits. */
export function addAuditOptions(command: Command, lang: Lang): Command {
  command
    .option('--as-of <date>', HELP.asOf[lang])
    .option('--tz <zone>', HELP.tz[lang])
    .option('-r, --rules <path>', HELP.rules[lang], collect, [])
    .option('--no-default-rules', HELP.noDefaultRules[lang])
    .option('--regime <regime>', HELP.regime[lang], 'auto');
  addConfigOptions(command, lang);
  return addLimitOptions(command, lang);
}

/**
 * The regime for `--regime` on the evaluation date, from the pack's timeline (rules/regimes.yaml).
 * An unknown regime stops the run (exit 2); forcing one outside its window warns on stderr (and
 * every output records the warning).
 */
export function chooseRegime(choice: string | undefined, asOf: IsoDate, pack: LoadedRules, io: Io, lang: Lang): AppliedRegime {
  const timeline = pack.regimes ?? builtInTimeline();
  const known = timeline.map((r) => r.id);
  if (choice !== undefined && choice !== 'auto' && !known.includes(choice)) {
    throw new FatalError(
      // JSON-quoted: no control character of a hostile argument reaches the terminal.
      localize({ vi: '--regime phải là auto, {list}; không phải {v}', en: '--regime must be auto, {list}; not {v}' }, { list: known.join(', '), v: JSON.stringify(choice) }),
    );
  }
  // A rule tied to a regime the timeline does not know would silently never apply.
  const unknown = pack.rules.filter((r) => r.regime !== undefined && !known.includes(r.regime));
  if (unknown.length > 0) {
    throw new AggregateFatalError(
      unknown.map(
        (r) =>
          new FatalError(
            localize({ vi: 'quy tắc "{id}": chế độ pháp lý không có trong dữ liệu "{r}"; các chế độ: {list}', en: 'rule "{id}": unknown regime "{r}"; known regimes: {list}' }, { id: r.id, r: r.regime, list: known.join(', ') }),
            r.source,
          ),
      ),
    );
  }
  const regime = resolveRegime(asOf, choice, timeline);
  if (regime.warning) io.stderr.write(`${TOOL.name}: ${lang === 'vi' ? 'cảnh báo' : 'warning'}: ${regime.warning[lang]}\n`);
  return regime;
}

export interface SetupFlags extends ProjectFlags, RuleOptions, LimitOptions {
  asOf?: string;
  tz?: string;
  regime?: string;
}

/** Everything a command that audits needs, with flags overriding the config file. */
export interface AuditSetup extends Project {
  asOf: IsoDate;
  /** The rule pack narrowed to `regime` on `asOf`; `fullPack` is everything loaded (for a comparison at another date). */
  pack: LoadedRules;
  fullPack: LoadedRules;
  regime: AppliedRegime;
  inventoryArgs: string[];
  load: LoadOptions;
  waiversFile?: string;
  waivers?: LoadedWaivers;
  /** Today's real date in the time zone (not `--as-of`), for the future-date check of evidence. */
  today: IsoDate;
  /** The audit options for one loaded inventory (adds waivers-file problems to it). */
  optionsFor(inventory: LoadedInventory): AuditOptions;
  /** The config, rule and waivers files, and `more` (inventory files…), as absolute paths: no output may replace one of them. */
  inputs(...more: (string | undefined)[]): string[];
}

/** The files a run reads, as absolute paths (standard input left out). */
export function runInputs(cwd: string, names: readonly (string | undefined)[]): string[] {
  return names.filter((f): f is string => f !== undefined && f !== STDIN_NAME && f !== '-').map((f) => path.resolve(cwd, f));
}

/**
 * The common start of check, baseline, gap, plan and report: config, language, evaluation date,
 * rule pack, inventory paths, limits and waivers — so every command sees the same project.
 */
export async function setupAudit(io: Io, all: SetupFlags, cmd: Command, paths: readonly string[], state: FlagState = newFlagState()): Promise<AuditSetup> {
  const project = await openProject(io, all);
  const { config } = project;
  const asOf = resolveAsOf(all.asOf, all.tz ?? config?.timeZone, io);
  const today = resolveAsOf(undefined, all.tz ?? config?.timeZone, io);
  const defaultRules = cmd.getOptionValueSource('defaultRules') === 'cli' ? all.defaultRules : (config?.defaultRules ?? true);
  const fullPack = await loadRulePack({ rules: [...(config?.rules ?? []), ...(all.rules ?? [])], defaultRules }, io, fileSizeLimit(all));
  const regime = chooseRegime(all.regime, asOf, fullPack, io, project.ctx.lang);
  const pack = packForRegime(fullPack, regime, asOf);
  const inventoryArgs = inventoryPaths(paths, config, io.cwd);
  const waiversFile = waiversFilePath(state, config, io.cwd);
  const waivers = await loadWaivers(waiversFile, io.cwd, fileSizeLimit(all));
  const holidays = new Set((fullPack.holidays ?? []).map((h) => h.date));
  return {
    ...project,
    asOf,
    pack,
    fullPack,
    regime,
    inventoryArgs,
    load: loadOptions(all, io),
    ...(waiversFile !== undefined ? { waiversFile } : {}),
    ...(waivers ? { waivers } : {}),
    today,
    optionsFor: (inventory) => ({
      ...auditOptions(state, config, inventory, waivers, today),
      regime,
      holidays,
      organization: organizationRecords(config, inventory, io.cwd),
    }),
    inputs: (...more) => runInputs(io.cwd, [config?.file, ...fullPack.files, waiversFile, ...more]),
  };
}

/** The organisation's records from the config (`annual_reports:`); findings about them point into the config. */
export function organizationRecords(config: ProjectConfig | undefined, inventory: LoadedInventory, cwd: string): OrganizationRecords {
  if (!config) return defaultOrganizationRecords(inventory);
  const reports = config.annualReports ?? [];
  return {
    annualReports: reports,
    file: displayName(config.file, cwd),
    position: config.locate(config.annualReports ? ['annual_reports'] : []),
    ...(config.organization ? { organization: config.organization, locate: config.locate } : {}),
  };
}
