// `npm run bench:identity -- --before DIR`: is every output of this build the same as another
// build's, on a national-size inventory? Issue 17 made every format write as it goes; this checks
// that nothing a user receives changed, at 100k systems (the unit tests check it on a few
// thousand, with hostile strings, against the old implementations).
//
//   git worktree add --detach ../before <commit> && (cd ../before && npm ci && npm run build)
//   npm run bench:identity -- --before ../before            100k (default)
//   npm run bench:identity -- --before ../before --size 10k
//
// Both builds run here, from this checkout's directory (paths in the outputs are relative to it),
// with the clock fixed (bench/fixed-clock.cjs), and their outputs are compared by SHA-256, read
// as a stream (a 100k SARIF is hundreds of MB). The other build names its own rule files
// (`../before/rules/…`): that prefix is taken out of its output before hashing. Workbooks are zip
// files whose bytes depend on how they were written, so they are compared by content: every
// sheet's name and every row's values, read back whole with exceljs (at 100k Node needs a larger
// heap for that, which the npm script gives it); Word documents by the unzipped content of every
// part. The HTML report lists at most a stated number of systems at national scale (issue 17):
// above that it is meant to differ, and this says so.
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { createReadStream, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { StringDecoder } from 'node:string_decoder';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const CLOCK = path.join(ROOT, 'bench', 'fixed-clock.cjs');
const AS_OF = ['--as-of', '2024-12-26'];

function parseArgs(argv) {
  const options = { size: '100k', before: undefined, only: undefined };
  for (let i = 0; i < argv.length; i += 1) {
    if (argv[i] === '--before') options.before = path.resolve(argv[++i]);
    else if (argv[i] === '--size') options.size = argv[++i];
    else if (argv[i] === '--only') options.only = new RegExp(argv[++i]);
    else throw new Error(`unknown argument ${argv[i]} (see the top of bench/identity.mjs)`);
  }
  if (!options.before || !existsSync(path.join(options.before, 'bin', 'attt-audit.js'))) throw new Error('--before DIR: a built checkout of attt-audit to compare with');
  return options;
}

/** The generated inventory of this size in bench/out (made by `npm run bench -- --sizes SIZE`). */
function dataset(size) {
  const stamp = createHash('sha256').update(readFileSync(path.join(ROOT, 'bench', 'generate.mjs'))).digest('hex').slice(0, 12);
  const dir = path.join('bench', 'out', `data-${size}-${stamp}`);
  if (!existsSync(path.join(ROOT, dir, '.complete'))) throw new Error(`${dir} is missing: run \`npm run bench -- --sizes ${size} --runs 1\` first`);
  return dir;
}

/** Every command × format a user can ask for, in both languages where the text is human. */
function cases(data, tmp) {
  const list = [];
  for (const lang of ['vi', 'en']) {
    for (const format of ['table', 'json', 'sarif', 'junit', 'github', 'gitlab', 'markdown']) {
      if (lang === 'en' && ['json', 'sarif', 'gitlab'].includes(format)) continue; // machine formats: English ids, messages in both
      list.push({ name: `check --format ${format} (${lang})`, args: ['--lang', lang, 'check', data, ...AS_OF, '--format', format] });
    }
    list.push({ name: `validate (${lang})`, args: ['--lang', lang, 'validate', data] });
    for (const format of ['table', 'json', 'csv', 'csv-excel', 'markdown']) {
      list.push({ name: `gap --format ${format} (${lang})`, args: ['--lang', lang, 'gap', data, ...AS_OF, '--format', format] });
    }
    for (const format of ['table', 'json', 'markdown']) {
      list.push({ name: `classify --format ${format} (${lang})`, args: ['--lang', lang, 'classify', data, ...AS_OF, '--format', format] });
    }
    for (const format of ['table', 'json', 'csv', 'csv-excel', 'markdown', 'ics']) {
      list.push({ name: `plan --format ${format} (${lang})`, args: ['--lang', lang, 'plan', data, ...AS_OF, '--within', '90d', '--format', format] });
    }
  }
  list.push({ name: 'validate --format json', args: ['validate', data, '--format', 'json'] });
  list.push({ name: 'baseline', args: ['baseline', data, ...AS_OF] });
  list.push({ name: 'report (xlsx)', file: (which) => path.join(tmp, `${which}.xlsx`), args: ['report', data, ...AS_OF] });
  list.push({ name: 'report (html)', file: (which) => path.join(tmp, `${which}.html`), args: ['report', data, ...AS_OF], cut: true });
  // Form 08, the annual report (--draft: the generated data has consistency errors).
  for (const ext of ['xlsx', 'docx', 'html']) {
    list.push({ name: `report form08 (${ext})`, file: (which) => path.join(tmp, `${which}-form08.${ext}`), args: ['report', data, '--format', 'form08', '--year', '2026', '--draft'] });
  }
  return list;
}

/** A SHA-256 of text arriving in pieces, with every `prefix` left out (also across two pieces). */
function prefixFreeHash(prefix) {
  const hash = createHash('sha256');
  const decoder = new StringDecoder('utf8');
  let pending = '';
  const take = (text, last) => {
    pending += text;
    if (prefix) pending = pending.split(prefix).join('');
    const keep = last || !prefix ? 0 : prefix.length - 1;
    hash.update(pending.slice(0, pending.length - keep));
    pending = pending.slice(pending.length - keep);
  };
  return {
    update: (chunk) => take(decoder.write(chunk), false),
    digest: () => {
      take(decoder.end(), true);
      return hash.digest('hex');
    },
  };
}

/** Runs one build; resolves with the SHA-256 of its standard output and its exit code. */
function run(checkout, args) {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--require', CLOCK, path.join(checkout, 'bin', 'attt-audit.js'), ...args], {
      cwd: ROOT,
      env: { ...process.env, NO_COLOR: '1', FIXED_NOW: '2024-12-26T03:00:00Z' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const hash = prefixFreeHash(ownPrefix(checkout));
    let stderr = '';
    child.stdout.on('data', (chunk) => hash.update(chunk));
    // The last lines say why a run failed (warnings about the inventory come first).
    child.stderr.on('data', (chunk) => {
      stderr = (stderr + chunk).slice(-4000);
    });
    child.on('error', reject);
    child.on('close', (code) => resolve({ sha: hash.digest('hex'), code, stderr }));
  });
}

/** How the other build's files are named from here (`../before/`); nothing for this checkout. */
function ownPrefix(checkout) {
  const relative = path.relative(ROOT, checkout);
  return relative ? `${relative}/` : '';
}

/** A file's SHA-256, without the other build's prefix. */
async function fileDigest(file, checkout) {
  const hash = prefixFreeHash(ownPrefix(checkout));
  for await (const chunk of createReadStream(file)) hash.update(chunk);
  return hash.digest();
}

/**
 * A workbook's content: sheet names and every row's values, hashed in order. Read whole: exceljs'
 * streaming reader breaks a multi-byte character that falls across two of its chunks ("S\ufffd\ufffd"
 * for "Sở"), at places that differ between two files of the same content.
 */
async function workbookDigest(file, checkout) {
  const hash = prefixFreeHash(ownPrefix(checkout));
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  let rows = 0;
  for (const sheet of workbook.worksheets) {
    hash.update(Buffer.from(`sheet ${sheet.name}\n`));
    sheet.eachRow({ includeEmpty: false }, (row, number) => {
      rows += 1;
      hash.update(Buffer.from(`${number}\t${JSON.stringify(row.values)}\n`));
    });
  }
  return `${hash.digest('hex')} (${rows} rows)`;
}

/**
 * A Word document's content: every part of the package (document, styles, numbering…) by name,
 * unzipped. The zip's own bytes depend on its compression level, not on what the reader sees.
 */
async function documentDigest(file, checkout) {
  const hash = prefixFreeHash(ownPrefix(checkout));
  const zip = await JSZip.loadAsync(readFileSync(file));
  const names = Object.keys(zip.files).filter((name) => !zip.files[name].dir).sort();
  for (const name of names) {
    hash.update(Buffer.from(`part ${name}\n`));
    // In slices: at 100k, word/document.xml is longer than a JavaScript string can be.
    const bytes = await zip.files[name].async('nodebuffer');
    for (let at = 0; at < bytes.length; at += 1 << 20) hash.update(bytes.subarray(at, at + (1 << 20)));
  }
  return `${hash.digest('hex')} (${names.length} parts)`;
}

const options = parseArgs(process.argv.slice(2));
const data = dataset(options.size);
const tmp = mkdtempSync(path.join(os.tmpdir(), 'attt-identity-'));
let failures = 0;
console.log(`# output identity, ${options.size} systems (${data}): this build against ${options.before}`);
try {
  for (const c of cases(data, tmp)) {
    if (options.only && !options.only.test(c.name)) continue;
    const results = [];
    for (const [which, checkout] of [['before', options.before], ['after', ROOT]]) {
      const args = c.file ? [...c.args, '-o', c.file(which), '--force'] : c.args;
      const result = await run(checkout, args);
      result.failed = result.code === null || result.code >= 2 ? result.stderr.trim().split('\n').at(-1) : undefined;
      if (c.file && !result.failed) {
        const file = c.file(which);
        result.sha = file.endsWith('.xlsx') ? await workbookDigest(file, checkout) : file.endsWith('.docx') ? await documentDigest(file, checkout) : await fileDigest(file, checkout);
      }
      results.push(result);
    }
    const [before, after] = results;
    if (after.failed) throw new Error(`${c.name} failed with exit ${after.code}: ${after.failed}`);
    if (before.failed) {
      // Nothing to compare with: the other build could not write this output at this size.
      console.log(`fixed     ${c.name}  (the other build failed: ${before.failed})`);
      continue;
    }
    const same = before.sha === after.sha && before.code === after.code;
    const verdict = same ? 'same' : c.cut ? 'differs (by design: the HTML lists the systems that need action first, cut at national scale)' : 'DIFFERENT';
    if (!same && !c.cut) failures += 1;
    console.log(`${verdict.padEnd(9)} ${c.name}${same ? '' : `  before ${before.sha.slice(0, 12)} exit ${before.code}, after ${after.sha.slice(0, 12)} exit ${after.code}`}`);
  }
} finally {
  rmSync(tmp, { recursive: true, force: true });
}
console.log(failures === 0 ? '\nall outputs identical' : `\n${failures} output(s) differ`);
process.exitCode = failures === 0 ? 0 : 1;
