// Runs the CLI in-process with captured streams, a fixed clock and a clean environment.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { main } from '../src/cli/main.js';
import type { Io } from '../src/cli/io.js';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const fixture = (...parts: string[]): string => path.join(ROOT, 'fixtures', ...parts);

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
