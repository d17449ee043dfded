// The command-line program: builds commander in the chosen language, maps every error to an
// exit code, and never lets a stack trace reach the user unless --verbose asks for it.
import { visibleLines } from '../formatters/common/visible-text.js';
import { Command, CommanderError } from 'commander';
import { AggregateFatalError, ExitCode, FatalError, formatLocation } from '../errors.js';
import { langFromEnv, isLang, type Lang } from '../i18n/lang.js';
import { UI } from '../i18n/messages.js';
import { TOOL } from '../version.js';
import { registerBaseline } from './commands/baseline.js';
import { registerCheck } from './commands/check.js';
import { registerClassify } from './commands/classify.js';
import { registerInit } from './commands/init.js';
import { registerGap } from './commands/gap.js';
import { registerImport } from './commands/import.js';
import { registerPlan } from './commands/plan.js';
import { registerReport } from './commands/report.js';
import { registerRules } from './commands/rules.js';
import { registerSchema } from './commands/schema.js';
import { registerValidate } from './commands/validate.js';
import { translateCommanderError } from './commander-messages.js';
import { HELP, helpConfiguration } from './help.js';
import { standardStream, type Io } from './io.js';

/** The language for help and flag errors, decided before parsing: `--lang X` anywhere, else the locale. */
export function preScanLang(argv: readonly string[], env: Io['env']): Lang {
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i]!;
    const value = arg.startsWith('--lang=') ? arg.slice(7) : arg === '--lang' ? argv[i + 1] : undefined;
    if (value !== undefined && isLang(value)) return value;
  }
  return langFromEnv(env);
}

type Register = (program: Command, io: Io, lang: Lang, setExit: (code: number) => void) => void;

/** Every command, in the order --help lists them. */
const COMMANDS: Record<string, Register> = {
  check: registerCheck,
  rules: (program, io, lang) => registerRules(program, io, lang),
  schema: (program, io, lang) => registerSchema(program, io, lang),
  validate: registerValidate,
  baseline: (program, io, lang) => registerBaseline(program, io, lang),
  init: (program, io, lang) => registerInit(program, io, lang),
  gap: registerGap,
  plan: registerPlan,
  report: registerReport,
  classify: registerClassify,
  import: registerImport,
};

/**
 * The command a run names, if it names one before any --help or --version: only that command
 * then needs building (start-up time). Help, --version and unknown names get every command.
 */
export function namedCommand(argv: readonly string[]): string | undefined {
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i]!;
    if (arg === '--lang') {
      i += 1;
      continue;
    }
    if (arg.startsWith('-')) {
      if (arg === '-h' || arg === '--help' || arg === '-V' || arg === '--version') return undefined;
      continue;
    }
    return Object.hasOwn(COMMANDS, arg) ? arg : undefined;
  }
  return undefined;
}

/** The program with every command, or only `only` (the command this run names). */
export function createProgram(io: Io, lang: Lang, setExit: (code: number) => void, only?: string): Command {
  const program = new Command('attt-audit')
    .description(HELP.program[lang])
    .version(TOOL.version, '-V, --version', HELP.version[lang])
    .helpOption('-h, --help', HELP.help[lang])
    .helpCommand(false)
    .configureHelp(helpConfiguration(lang))
    .option('--lang <lang>', HELP.lang[lang])
    // --color first, so that without either flag the value stays undefined (auto-detect).
    .option('--color', HELP.color[lang])
    .option('--no-color', HELP.noColor[lang])
    .option('--verbose', HELP.verbose[lang])
    .showSuggestionAfterError(true)
    .exitOverride()
    .configureOutput({
      writeOut: (text) => io.stdout.write(text),
      writeErr: (text) => io.stderr.write(text),
      outputError: () => undefined,
    });
  for (const [name, register] of Object.entries(COMMANDS)) if (only === undefined || name === only) register(program, io, lang, setExit);
  for (const command of program.commands) {
    command.exitOverride().helpOption('-h, --help', HELP.help[lang]).configureHelp(helpConfiguration(lang)).configureOutput({
      writeOut: (text) => io.stdout.write(text),
      writeErr: (text) => io.stderr.write(text),
      outputError: () => undefined,
    });
  }
  return program;
}

/** Runs the CLI and returns the exit code; never throws and never exits the process. */
export async function main(argv: readonly string[], rawIo: Io): Promise<number> {
  // Messages quote file names, keys and values from files a pull request controls: whatever is
  // written to stderr shows control and bidi characters visibly, one line stays one line.
  const io: Io = { ...rawIo, stderr: { ...rawIo.stderr, write: (text: string) => rawIo.stderr.write(visibleLines(text)) } };
  const lang = preScanLang(argv, io.env);
  const verbose = argv.includes('--verbose');
  let exitCode: number = ExitCode.Ok;
  const program = createProgram(
    io,
    lang,
    (code) => {
      exitCode = code;
    },
    namedCommand(argv),
  );
  try {
    if (argv.length === 0) {
      program.outputHelp({ error: true });
      return ExitCode.Fatal;
    }
    await program.parseAsync([...argv], { from: 'user' });
    return exitCode;
  } catch (error) {
    return reportError(error, io, lang, verbose);
  }
}

function reportError(error: unknown, io: Io, lang: Lang, verbose: boolean): number {
  const prefix = `${TOOL.name}: ${UI.errorPrefix[lang]}: `;
  if (error instanceof CommanderError) {
    if (error.code === 'commander.helpDisplayed' || error.code === 'commander.version' || error.code === 'commander.help') {
      return ExitCode.Ok;
    }
    io.stderr.write(`${prefix}${translateCommanderError(error, lang)}\n`);
    return ExitCode.Fatal;
  }
  if (error instanceof FatalError) {
    const problems = error instanceof AggregateFatalError ? error.problems : [error];
    for (const problem of problems) {
      const where = formatLocation(problem.location);
      io.stderr.write(`${prefix}${where ? `${where}: ` : ''}${problem.text[lang]}\n`);
    }
    if (verbose && error.stack) io.stderr.write(`${error.stack}\n`);
    return ExitCode.Fatal;
  }
  const text = error instanceof Error ? error.message : String(error);
  io.stderr.write(
    `${prefix}${lang === 'vi' ? 'lỗi nội bộ (đây là lỗi phần mềm, xin báo lại)' : 'internal error (this is a bug, please report it)'}: ${text.split('\n')[0]}\n`,
  );
  if (verbose && error instanceof Error && error.stack) io.stderr.write(`${error.stack}\n`);
  return ExitCode.Fatal;
}

/** Entry point for bin/: the real process streams and environment. */
export async function run(argv: readonly string[]): Promise<number> {
  return main(argv, {
    stdout: standardStream(1),
    stderr: standardStream(2),
    env: process.env,
    cwd: process.cwd(),
    now: () => new Date(),
    readStdin: async (maxBytes) => (await import('../util/fs-read.js')).readStreamBounded(process.stdin, maxBytes),
  });
}
