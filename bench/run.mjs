// `npm run bench`: wall time and peak memory of attt-audit's commands on 41 / 10k / 100k systems
// (and 1M with --large), next to `node -e 0` and the parse floor (js-yaml `load` of the same
// files), all measured in the same run, interleaved, so that machine load hits every row alike.
//
//   npm run bench                      41, 10k, 100k
//   npm run bench -- --large           … and 1M (about 500 MB of YAML in 100 files; several minutes)
//   npm run bench -- --sizes 41,10k    only these sizes (100k-flow: 100k systems in flow style)
//   npm run bench -- --runs 9          runs per command (default: 21 / 5 / 3 / 1 by size)
//   npm run bench -- --cli ../before   measure another built checkout instead (the "before" of a change)
//   npm run bench -- --only 'form08'   only the commands whose name matches (a regular expression)
//
// Commands: check in every format, validate, gap (table, JSON, CSV), plan (JSON, table, ICS),
// report (HTML, XLSX) and Form 08 (DOCX, XLSX); at the end, issue 17's goals at 100k with a
// verdict for each row.
//
// Wall time: spawn to exit, measured here. Peak memory: maximum resident set size reported by
// GNU time (`/usr/bin/time -f %M`; Debian package `time`). Results also go to bench/out/results.json.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { closeSync, existsSync, mkdirSync, openSync, readFileSync, readSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeInventory } from './generate.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const OUT = path.join(ROOT, 'bench', 'out');
let CLI = path.join(ROOT, 'bin', 'attt-audit.js');
const AS_OF = '2024-12-26';
const GNU_TIME = '/usr/bin/time';

const SIZES = {
  '41': { systems: 41, fixture: 'fixtures/most', runs: 21 },
  '10k': { systems: 10_000, files: 1, runs: 5 },
  '100k': { systems: 100_000, files: 1, runs: 3 },
  // 100 files of 10k systems: a national inventory as provinces and ministries send it.
  '1M': { systems: 1_000_000, files: 100, runs: 1 },
  // The same 100k systems written with flow mappings (`approval: { … }`, `- { date: … }`, `layers: { … }`).
  '100k-flow': { systems: 100_000, files: 1, runs: 3, style: 'flow' },
};

/**
 * The commands measured. `validate` (issue 3) and `gap` (issue 4) are measured when this build has
 * them; until then their rows say so. Adjust their arguments here once their flags are settled.
 */
const COMMANDS = [
  { name: 'check', args: (paths) => ['check', ...paths, '--as-of', AS_OF, '--format', 'json'] },
  { name: 'check (table)', args: (paths) => ['check', ...paths, '--as-of', AS_OF] },
  // Every other format of check (issue 17: each writes as it goes, and none may cost more than 1.5× the floor).
  ...['sarif', 'junit', 'github', 'gitlab', 'markdown'].map((format) => ({
    name: `check (${format === 'sarif' ? 'SARIF' : format === 'junit' ? 'JUnit' : format === 'github' ? 'GitHub' : format === 'gitlab' ? 'GitLab' : 'Markdown'})`,
    not: ['41', '100k-flow'],
    args: (paths) => ['check', ...paths, '--as-of', AS_OF, '--format', format],
  })),
  { name: 'validate', args: (paths) => ['validate', ...paths] },
  { name: 'gap', args: (paths) => ['gap', ...paths, '--as-of', AS_OF] },
  { name: 'gap (JSON)', not: ['100k-flow'], args: (paths) => ['gap', ...paths, '--as-of', AS_OF, '--format', 'json'] },
  { name: 'gap (CSV)', not: ['41', '100k-flow'], args: (paths) => ['gap', ...paths, '--as-of', AS_OF, '--format', 'csv'] },
  { name: 'plan (JSON)', args: (paths) => ['plan', ...paths, '--as-of', AS_OF, '--format', 'json', '--within', '90d'] },
  { name: 'plan (table)', not: ['41', '100k-flow'], args: (paths) => ['plan', ...paths, '--as-of', AS_OF, '--within', '90d'] },
  { name: 'plan (ICS)', not: ['41', '100k-flow'], args: (paths) => ['plan', ...paths, '--as-of', AS_OF, '--format', 'ics', '--within', '90d'] },
  // Reports are files: written into bench/out/ (replaced at every run).
  { name: 'report (HTML)', not: ['100k-flow'], args: (paths) => ['report', ...paths, '--as-of', AS_OF, '-o', path.join(OUT, 'report.html'), '--force'] },
  { name: 'report (XLSX)', not: ['100k-flow'], args: (paths) => ['report', ...paths, '--as-of', AS_OF, '-o', path.join(OUT, 'report.xlsx'), '--force'] },
  // Form 08, the annual report (no speed goal; issue 17: it must complete at 1M). --draft: the
  // generated data has consistency errors, which stop a final form (exit 1, written anyway).
  ...['docx', 'xlsx'].map((ext) => ({
    name: `report form08 (${ext.toUpperCase()})`,
    not: ['100k-flow'],
    args: (paths) => ['report', ...paths, '--format', 'form08', '--year', '2026', '--draft', '-o', path.join(OUT, `form08.${ext}`), '--force'],
  })),
];

/** Issue 17's goals at 100k: wall time and peak memory as multiples of the parse floor's. */
const GOALS = [
  { rows: /^check/, time: 1.5, memory: 1.5 },
  { rows: /^(gap|plan)/, time: 1.5, memory: 1.5 },
  { rows: /^report \(HTML\)/, time: 2 },
  { rows: /^report \(XLSX\)/, time: 3 },
];

function parseArgs(argv) {
  const options = { sizes: ['41', '10k', '100k'], runs: undefined, only: undefined };
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i];
    if (arg === '--large') options.sizes = [...new Set([...options.sizes, '1M'])];
    else if (arg === '--sizes') options.sizes = argv[++i].split(',');
    else if (arg === '--runs') options.runs = Number(argv[++i]);
    // Another built checkout (a "before" build), run on the same data from here.
    else if (arg === '--cli') CLI = path.resolve(argv[++i], 'bin', 'attt-audit.js');
    else if (arg === '--only') options.only = new RegExp(argv[++i]);
    else throw new Error(`unknown argument ${arg} (see the top of bench/run.mjs)`);
  }
  for (const size of options.sizes) if (!SIZES[size]) throw new Error(`unknown size ${size}; known: ${Object.keys(SIZES).join(', ')}`);
  return options;
}

/** Generated inventories are kept in bench/out/ and remade when the generator changes. */
function dataset(size) {
  const spec = SIZES[size];
  if (spec.fixture) return [spec.fixture];
  const stamp = createHash('sha256').update(readFileSync(path.join(ROOT, 'bench', 'generate.mjs'))).digest('hex').slice(0, 12);
  const dir = path.join(OUT, `data-${size}-${stamp}`);
  if (!existsSync(path.join(dir, '.complete'))) {
    process.stderr.write(`generating ${size} systems into ${path.relative(ROOT, dir)} …\n`);
    const bytes = writeInventory(dir, { systems: spec.systems, files: spec.files, seed: 7, ...(spec.style ? { style: spec.style } : {}) });
    writeFileSync(path.join(dir, '.complete'), `${bytes}\n`);
  }
  return [path.relative(ROOT, dir)];
}

function datasetBytes(paths) {
  const spec = paths[0];
  const complete = path.join(ROOT, spec, '.complete');
  if (existsSync(complete)) return Number(readFileSync(complete, 'utf8'));
  const run = spawnSync('du', ['-sb', spec], { cwd: ROOT, encoding: 'utf8' });
  return Number(run.stdout.split('\t')[0]);
}

function availableCommands() {
  const help = spawnSync(process.execPath, [CLI, '--help'], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, LANG: 'C' } });
  return new Set([...help.stdout.matchAll(/^\s{2}(\w[\w-]*)\b/gm)].map((m) => m[1]));
}

const hasGnuTime = existsSync(GNU_TIME);

/** The last 16 KB of a file, as text. */
function tail(file) {
  const size = statSync(file).size;
  const length = Math.min(size, 16 * 1024);
  const buffer = Buffer.alloc(length);
  const fd = openSync(file, 'r');
  try {
    readSync(fd, buffer, 0, length, size - length);
  } finally {
    closeSync(fd);
  }
  return buffer.toString('utf8');
}

/** One run: wall seconds, peak resident memory in MB (undefined without GNU time), exit code. */
function measure(argv) {
  const command = hasGnuTime ? GNU_TIME : argv[0];
  const args = hasGnuTime ? ['-f', '%M', ...argv] : argv.slice(1);
  // Standard error goes to a file, not a pipe: Form 08 prints every consistency finding there
  // (hundreds of MB at 1M), and spawnSync kills a child whose output overflows its buffer.
  const errFile = path.join(OUT, 'stderr.log');
  const errFd = openSync(errFile, 'w');
  const start = process.hrtime.bigint();
  const run = spawnSync(command, args, { cwd: ROOT, stdio: ['ignore', 'ignore', errFd] });
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  closeSync(errFd);
  const lines = tail(errFile).trim().split('\n');
  const kb = hasGnuTime ? Number(lines.at(-1)) : NaN;
  const code = run.status;
  // A failure is a result too (issue 17: "no command fails at 1M"): shown in the table, the run goes on.
  if (code === null || code >= 2) {
    process.stderr.write(`${argv.join(' ')} failed (exit ${code ?? run.signal}):\n${lines.slice(-5).join('\n')}\n`);
    return { failed: `failed (${code === null ? run.signal : `exit ${code}`}) after ${fmtTime(seconds)}` };
  }
  return { seconds, mb: Number.isFinite(kb) ? kb / 1024 : undefined };
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

function benchSize(size, runs, commands) {
  const paths = dataset(size);
  const rows = [
    { name: 'node -e 0', argv: [process.execPath, '-e', '0'] },
    { name: 'parse floor (js-yaml load)', argv: [process.execPath, path.join(ROOT, 'bench', 'parse-floor.mjs'), ...paths] },
    ...commands
      .filter((c) => (!c.only || c.only.includes(size)) && !c.not?.includes(size))
      .map((c) => ({ name: c.name, argv: c.missing ? undefined : [process.execPath, CLI, ...c.args(paths)], missing: c.missing })),
  ];
  const samples = rows.map(() => []);
  // Interleaved: run 1 of every command, then run 2 of every command, …
  for (let r = 0; r < runs; r += 1) {
    rows.forEach((row, i) => {
      // A command that failed once is not run again.
      if (row.argv && !samples[i].some((s) => s.failed)) samples[i].push(measure(row.argv));
    });
  }
  return {
    size,
    systems: SIZES[size].systems,
    bytes: datasetBytes(paths),
    paths,
    runs,
    rows: rows.map((row, i) => ({
      name: row.name,
      missing: row.missing ?? samples[i].find((s) => s.failed)?.failed,
      seconds: samples[i].length && !samples[i].some((s) => s.failed) ? median(samples[i].map((s) => s.seconds)) : undefined,
      mb: samples[i].length && !samples[i].some((s) => s.failed) && samples[i][0].mb !== undefined ? median(samples[i].map((s) => s.mb)) : undefined,
    })),
  };
}

const fmtTime = (s) => (s === undefined ? '' : s < 1 ? `${(s * 1000).toFixed(0)} ms` : `${s.toFixed(2)} s`);
const fmtMb = (mb) => (mb === undefined ? '' : `${mb.toFixed(0)} MB`);
const ratio = (a, b) => (a === undefined || b === undefined ? '' : `${(a / b).toFixed(2)}×`);

function printSize(result) {
  const floor = result.rows.find((r) => r.name.startsWith('parse floor'));
  const node = result.rows.find((r) => r.name === 'node -e 0');
  const check = result.rows.find((r) => r.name === 'check');
  const mb = (result.bytes / 1e6).toFixed(1);
  console.log(`\n## ${result.size} systems (${result.paths.join(' ')}, ${mb} MB of YAML; median of ${result.runs} run${result.runs > 1 ? 's' : ''})`);
  console.log(`${'command'.padEnd(28)} ${'wall'.padStart(9)} ${'peak RSS'.padStart(9)} ${'÷ node -e 0'.padStart(12)} ${'÷ floor'.padStart(8)} ${'mem ÷ floor'.padStart(12)} ${'÷ check'.padStart(8)}`);
  for (const row of result.rows) {
    if (row.missing) {
      console.log(`${row.name.padEnd(28)} ${row.missing}`);
      continue;
    }
    console.log(
      `${row.name.padEnd(28)} ${fmtTime(row.seconds).padStart(9)} ${fmtMb(row.mb).padStart(9)} ${ratio(row.seconds, node.seconds).padStart(12)} ${ratio(row.seconds, floor.seconds).padStart(8)} ${ratio(row.mb, floor.mb).padStart(12)} ${(row.name === 'check' || !check ? '' : ratio(row.seconds, check.seconds)).padStart(8)}`,
    );
  }
}

function printGrowth(results) {
  const bySize = new Map(results.map((r) => [r.size, r]));
  const steps = [['10k', '100k'], ['100k', '1M']].filter(([a, b]) => bySize.has(a) && bySize.has(b));
  if (steps.length === 0) return;
  console.log('\n## growth per 10× systems (goal: 10× ± 25%)');
  for (const [a, b] of steps) {
    for (const name of ['parse floor (js-yaml load)', 'check', 'validate', 'gap', 'plan (JSON)']) {
      const x = bySize.get(a).rows.find((r) => r.name === name);
      const y = bySize.get(b).rows.find((r) => r.name === name);
      if (x?.seconds === undefined || y?.seconds === undefined) continue;
      console.log(`${`${a} → ${b}`.padEnd(14)} ${name.padEnd(28)} time ${ratio(y.seconds, x.seconds).padStart(7)}   memory ${ratio(y.mb, x.mb).padStart(7)}`);
    }
  }
}

/** The issue's table: every command at 100k against its goal (issue 17). */
function printGoals(results) {
  const result = results.find((r) => r.size === '100k');
  if (!result) return;
  const floor = result.rows.find((r) => r.name.startsWith('parse floor'));
  console.log('\n## goals at 100k systems (issue 17)');
  console.log('| at 100k systems | wall ÷ floor | peak memory | goal | met |');
  console.log('|---|---:|---:|---|---|');
  for (const row of result.rows) {
    const goal = GOALS.find((g) => g.rows.test(row.name));
    if (!goal || row.seconds === undefined) continue;
    const time = row.seconds / floor.seconds;
    const memory = row.mb / floor.mb;
    const met = time <= goal.time && (goal.memory === undefined || !(memory > goal.memory));
    const goalText = `≤ ${goal.time}×${goal.memory ? `, memory ≤ ${goal.memory}×` : ''}`;
    console.log(`| ${row.name} | ${time.toFixed(2)}× | ${fmtMb(row.mb)} (${ratio(row.mb, floor.mb)}) | ${goalText} | ${met ? 'yes' : '**no**'} |`);
  }
}

const options = parseArgs(process.argv.slice(2));
if (!existsSync(path.join(path.dirname(CLI), '..', 'dist', 'cli.cjs'))) throw new Error(`${path.join(path.dirname(CLI), '..', 'dist', 'cli.cjs')} is missing: run "npm run build" in that checkout first`);
mkdirSync(OUT, { recursive: true });
const available = availableCommands();
const commands = COMMANDS.filter((c) => !options.only || options.only.test(c.name)).map((c) => {
  const verb = c.name.split(' ')[0];
  return available.has(verb) ? c : { ...c, missing: `not measured: this build has no \`${verb}\` command yet` };
});

const machine = {
  cpu: os.cpus()[0]?.model ?? 'unknown',
  cores: os.cpus().length,
  memoryGB: Math.round(os.totalmem() / 2 ** 30),
  node: process.version,
  os: `${os.type()} ${os.release()}`,
  loadBefore: os.loadavg().map((l) => l.toFixed(2)).join(' '),
};
console.log(`# attt-audit bench — ${new Date().toISOString()} — ${path.relative(ROOT, CLI)}`);
console.log(`${machine.cpu}, ${machine.cores} cores, ${machine.memoryGB} GB, Node ${machine.node}, ${machine.os}; load average ${machine.loadBefore}`);
if (!hasGnuTime) console.log(`(${GNU_TIME} not found: peak memory is not measured; Debian: apt-get install -y time)`);

const results = [];
for (const size of options.sizes) {
  const result = benchSize(size, options.runs ?? SIZES[size].runs, commands);
  results.push(result);
  printSize(result);
}
printGrowth(results);
printGoals(results);
machine.loadAfter = os.loadavg().map((l) => l.toFixed(2)).join(' ');
console.log(`\nload average after: ${machine.loadAfter}`);
writeFileSync(path.join(OUT, 'results.json'), `${JSON.stringify({ date: new Date().toISOString(), machine, results }, null, 2)}\n`);
