// `attt-audit check`: audit inventories against the rule pack and print findings, in one or more
// formats (`--format X --output FILE` pairs), optionally against a baseline (`--baseline`, `--since`).
import path from 'node:path';
import { Chalk } from 'chalk';
import { Option, type Command } from 'commander';
import { audit, findingsExitCode, type AuditResult, type FailOn } from '../../engine/audit.js';
import { FatalError } from '../../errors.js';
import { jsonChunks } from '../../formatters/findings/json.js';
import { tableChunks } from '../../formatters/findings/table.js';
import type { ChunkedFormatter, FormatContext, Formatter } from '../../formatters/types.js';
import { localize, type Lang } from '../../i18n/lang.js';
import { displayName } from '../../loading/files.js';
import { loadInventories } from '../../loading/inventory.js';
import { TOOL } from '../../version.js';
import type { GlobalOptions, LimitOptions, RuleOptions } from '../context.js';
import type { Io } from '../io.js';
import { HELP } from '../help.js';
import { appendStepSummary, checkTargets, emitOutputs, planOutputs, repoPrefix, type OutputTarget } from '../outputs.js';
import {
  addAuditOptions,
  addOutputOptions,
  addWaiverOptions,
  auditOptions,
  loadWaiversAtRef,
  newFlagState,
  setupAudit,
  type FlagState,
  type ProjectFlags,
} from '../project.js';
import type { ProjectConfig } from '../../config/config-file.js';

/** The formats of check and validate. Table and JSON come with the command; the others load on use. */
export const CHECK_FORMATS = {
  // The table and JSON are written in pieces: at national scale they exceed the longest string V8 can hold.
  table: async () => tableChunks,
  json: async () => jsonChunks,
  sarif: async () => (await import('../../formatters/findings/sarif.js')).sarifChunks,
  junit: async () => (await import('../../formatters/findings/junit.js')).junitChunks,
  github: async () => (await import('../../formatters/findings/github.js')).githubChunks,
  gitlab: async () => (await import('../../formatters/findings/gitlab.js')).gitlabChunks,
  markdown: async () => (await import('../../formatters/findings/markdown.js')).formatMarkdown,
} satisfies Record<string, () => Promise<Formatter | ChunkedFormatter>>;

export type CheckFormat = keyof typeof CHECK_FORMATS;

interface CheckOptions extends GlobalOptions, RuleOptions, LimitOptions, ProjectFlags {
  asOf?: string;
  tz?: string;
  failOn: FailOn;
  force?: boolean;
  baseline?: string;
  since?: string;
  onlyNew?: boolean;
}

/** The human formats `--only-new` narrows to new findings; machine formats keep every finding with its `baseline` mark. */
const ONLY_NEW_FORMATS: ReadonlySet<string> = new Set(['table', 'markdown']);

const ONLY_NEW_HELP = {
  vi: 'với --baseline hoặc --since: bảng và Markdown chỉ hiện các phát hiện mới (dòng tổng kết vẫn đếm tất cả; JSON, SARIF… giữ mọi phát hiện kèm dấu "baseline")',
  en: 'with --baseline or --since: the table and Markdown show only new findings (the summary still counts all; JSON, SARIF… keep every finding with its "baseline" mark)',
};

export function registerCheck(program: Command, io: Io, lang: Lang, setExit: (code: number) => void): void {
  const state = newFlagState();
  const command = program
    .command('check')
    .description(HELP.check.description[lang])
    .argument('[paths...]', HELP.inventoryPaths[lang]);
  addOutputOptions(command, lang, Object.keys(CHECK_FORMATS), state);
  command
    .addOption(new Option('--fail-on <severity>', HELP.check.failOn[lang]).choices(['error', 'warning', 'none']).default('error'))
    .option('--baseline <file>', HELP.baseline[lang])
    .option('--since <ref>', HELP.since[lang])
    .option('--only-new', ONLY_NEW_HELP[lang]);
  addWaiverOptions(command, lang, state);
  addAuditOptions(command, lang);
  command.addHelpText('after', HELP.exitCodes[lang]);
  command.action(async (paths: string[], options: CheckOptions, cmd: Command) => {
    const all = { ...cmd.optsWithGlobals(), ...options } as CheckOptions;
    if (all.baseline !== undefined && all.since !== undefined) {
      throw new FatalError({ vi: 'chỉ dùng một trong --baseline và --since', en: 'use either --baseline or --since, not both' });
    }
    const setup = await setupAudit(io, all, cmd, paths, state);
    const { config, ctx, asOf, pack, inventoryArgs, load } = setup;
    const baselineFile = all.since === undefined ? (all.baseline ?? (config?.baseline !== undefined ? displayName(config.baseline, io.cwd) : undefined)) : undefined;
    if (all.onlyNew === true && all.since === undefined && baselineFile === undefined) {
      throw new FatalError({
        vi: '--only-new cần một baseline: thêm --baseline TỆP hoặc --since REF (hoặc khai báo "baseline:" trong attt-audit.config.yaml)',
        en: '--only-new needs a baseline: add --baseline FILE or --since REF (or set "baseline:" in attt-audit.config.yaml)',
      });
    }
    const targets = await findingOutputs(state, all.force === true, config, io.cwd, setup.inputs(...inventoryArgs, baselineFile));
    const failOn: FailOn = cmd.getOptionValueSource('failOn') === 'cli' ? all.failOn : (config?.failOn ?? all.failOn);
    const inventory = await loadInventories(inventoryArgs, load);
    const result = audit(inventory, pack.rules, asOf, setup.optionsFor(inventory));

    if (all.since !== undefined) {
      const [{ isRevision, loadInventoriesAtRef }, { baselineEntries }, { applyBaseline }] = await Promise.all([
        import('../../loading/git-revision.js'),
        import('../../baseline/baseline-file.js'),
        import('../../baseline/compare.js'),
      ]);
      if (all.since.startsWith('-')) {
        throw new FatalError(localize({ vi: '--since: revision không hợp lệ "{r}"', en: '--since: invalid revision "{r}"' }, { r: all.since }));
      }
      if (!(await isRevision(all.since, io.cwd))) {
        throw new FatalError(
          localize(
            { vi: '--since: không tìm thấy revision git "{r}"', en: '--since: unknown git revision "{r}" (is this a git repository, and was the ref fetched?)' },
            { r: all.since },
          ),
        );
      }
      // A path that did not exist at the revision contributes nothing: all its findings are new.
      const before = await loadInventoriesAtRef(all.since, inventoryArgs, io.cwd, { ...(load.limits ? { limits: load.limits } : {}), missing: 'empty' });
      const beforeWaivers = await loadWaiversAtRef(all.since, setup.waiversFile, setup.waivers, io.cwd);
      const previous = audit(before, pack.rules, asOf, auditOptions(state, config, before, beforeWaivers, setup.today));
      applyBaseline(result, baselineEntries(previous), `git:${all.since}`);
    } else {
      if (baselineFile !== undefined) {
        const [{ readBaselineFile }, { applyBaseline }] = await Promise.all([import('../../baseline/baseline-file.js'), import('../../baseline/compare.js')]);
        applyBaseline(result, await readBaselineFile(baselineFile, io.cwd, load.limits?.maxFileSize), displayName(path.resolve(io.cwd, baselineFile), io.cwd));
      }
    }

    await writeReports(result, targets, ctx.lang, ctx.color, io, setup.inputs(...inventory.files, baselineFile), { onlyNew: all.onlyNew === true });
    setExit(findingsExitCode(result.findings, failOn));
  });
}

/** The --format/--output pairs (or the config's outputs) of check and validate, refused early when a file exists. */
export async function findingOutputs(state: FlagState, force: boolean, config: ProjectConfig | undefined, cwd: string, inputs: readonly string[]): Promise<OutputTarget[]> {
  const targets = planOutputs(state.outputs, { formats: Object.keys(CHECK_FORMATS), defaultFormat: 'table', force, ...(config ? { config } : {}), cwd });
  await checkTargets(targets, cwd, inputs);
  return targets;
}

/** Renders every target (colour only for a terminal table), writes them, and feeds GitHub's job summary. */
export async function writeReports(
  result: AuditResult,
  targets: readonly OutputTarget[],
  lang: Lang,
  color: FormatContext['color'],
  io: Io,
  inputs: readonly string[],
  options: { onlyNew?: boolean } = {},
): Promise<void> {
  const plain = new Chalk({ level: 0 });
  const base = { lang, tool: TOOL, repoPrefix: await repoPrefix(io.cwd) };
  const formatters = new Map<string, Formatter | ChunkedFormatter>();
  const wanted = new Set(targets.map((t) => t.format));
  if (io.env.GITHUB_STEP_SUMMARY && wanted.has('github')) wanted.add('markdown');
  for (const format of wanted) {
    const load = CHECK_FORMATS[format as CheckFormat];
    if (load) formatters.set(format, await load());
  }
  // --only-new: the human formats list the new findings; the summary (computed by the audit) still counts all.
  const newOnly = options.onlyNew && result.baseline ? { ...result, findings: result.findings.filter((f) => f.baseline === 'new') } : undefined;
  const render = (format: string, toTerminal: boolean): string | Iterable<string> => {
    const formatter = formatters.get(format);
    if (!formatter) throw new FatalError({ vi: `định dạng không hợp lệ: ${format}`, en: `unknown format: ${format}` });
    // Colour only ever reaches the terminal table; files and machine formats stay plain.
    const ctx = { ...base, color: toTerminal && format === 'table' ? color : plain };
    if (newOnly && ONLY_NEW_FORMATS.has(format)) return formatter(newOnly, { ...ctx, hiddenFindings: result.findings.length - newOnly.findings.length });
    return formatter(result, ctx);
  };
  await emitOutputs(targets, (target) => render(target.format, target.file === undefined), io, inputs);
  await appendStepSummary(targets, () => {
    const markdown = render('markdown', false);
    return typeof markdown === 'string' ? markdown : [...markdown].join('');
  }, io);
}
