// Runs the CLI in-process with captured streams, a fixed clock and a clean environment.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { main } from '../src/cli/main.js';
import type { Io } from '../src/cli/io.js';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const fixture = (...parts: string[]): string => path.join(ROOT, 'fixtures', ...parts);

/**
 * What one run of the installed command (bin/attt-audit.js → dist/cli.cjs) loaded, read when its
 * process exits: the files it required (`require.cache`) and Node's own modules (`moduleLoadList`).
 */
export function loadedByInstalledRun(args: string[]): { required: string[]; nodeModules: string[] } {
  if (!existsSync(path.join(ROOT, 'dist', 'cli.cjs'))) throw new Error('dist/cli.cjs is missing: run `npm run build` (npm test does)');
  const probe = [
    "process.argv.splice(1, 0, 'bin/attt-audit.js');",
    "process.on('exit', () => process.stderr.write('\\nloaded: ' + JSON.stringify({ required: Object.keys(require.cache), nodeModules: process.moduleLoadList }) + '\\n'));",
    "require('./bin/attt-audit.js');",
  ].join(' ');
  const run = spawnSync(process.execPath, ['-e', probe, '--', ...args], { cwd: ROOT, encoding: 'utf8' });
  return JSON.parse(/^loaded: (.*)$/m.exec(run.stderr)![1]!);
}

/**
 * A run on the day this suite was written, after every date in the fixtures: for runs whose
 * `--as-of` is after the default clock, so that evidence in the fixture is not "after today"
 * (an `inventory/future-date` warning).
 */
export const AFTER_FIXTURES = new Date('2026-11-29T03:00:00Z');

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

export interface RunOptions {
  env?: Record<string, string | undefined>;
  cwd?: string;
  /** The instant the CLI believes it is; default 2024-12-26 10:00 in Vietnam. */
  now?: Date;
  stdin?: string | Buffer;
  tty?: boolean;
}

export async function runCli(argv: string[], options: RunOptions = {}): Promise<CliResult> {
  let stdout = '';
  let stderr = '';
  const io: Io = {
    stdout: { write: (text: string) => (stdout += text), isTTY: options.tty ?? false },
    stderr: { write: (text: string) => (stderr += text), isTTY: false },
    env: { LANG: 'en_US.UTF-8', ...options.env },
    cwd: options.cwd ?? ROOT,
    now: () => options.now ?? new Date('2024-12-26T03:00:00Z'),
    readStdin: async () => Buffer.from(options.stdin ?? ''),
  };
  const code = await main(argv, io);
  return { code, stdout, stderr };
}

/** Parses `check --format json` output. */
export async function checkJson(argv: string[], options: RunOptions = {}): Promise<{ code: number; json: JsonReport; stderr: string }> {
  const { code, stdout, stderr } = await runCli(['check', '--format', 'json', ...argv], options);
  return { code, json: JSON.parse(stdout) as JsonReport, stderr };
}

export interface JsonFinding {
  rule: string;
  severity: string;
  system: string | null;
  message: string;
  file: string;
  line: number;
  column: number;
  layer?: string;
  due?: string;
  suppressed: boolean;
}

export interface JsonReport {
  tool: { name: string; version: string };
  asOf: string;
  findings: JsonFinding[];
  summary: { systems: number; checked: number; invalid: number; errors: number; warnings: number; suppressed: number; approved: number; operating: number };
}

/** Writes files into a fresh temporary directory and returns its path. */
export function tempDir(files: Record<string, string | Buffer>): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'attt-test-'));
  for (const [name, content] of Object.entries(files)) {
    const target = path.join(dir, name);
    mkdirSync(path.dirname(target), { recursive: true });
    writeFileSync(target, content);
  }
  return dir;
}

/** A minimal valid system as YAML lines (indented for a `systems:` list), with extra keys appended. */
export function systemYaml(id: string, extra = ''): string {
  const lines = [`  - id: ${id}`, `    name: Hệ thống ${id}`, '    owner: Trung tâm CNTT'];
  for (const line of extra.split('\n').filter((l) => l.trim() !== '')) lines.push(`    ${line}`);
  return lines.join('\n');
}

/** Audits one inventory text (default rules) on `asOf` in a temp dir; returns the JSON report. */
export async function auditText(yaml: string, asOf: string, extraArgs: string[] = []): Promise<{ code: number; json: JsonReport; stderr: string }> {
  const cwd = tempDir({ 'inventory.yaml': yaml });
  return checkJson(['inventory.yaml', '--as-of', asOf, ...extraArgs], { cwd });
}
