// Bundles the CLI into one CommonJS file, dist/cli.cjs, so `bin/attt-audit.js` starts without a
// TypeScript loader. Start-up matters (CI runs the tool many times a day), so:
// - one file, not ES modules: Node's ES module loader costs ~0.7 ms per file, more to set up;
// - the dependencies every run needs (commander, chalk, string-width) are bundled in; the others
//   (zod, yaml, exceljs, docx, date-fns) stay in node_modules and are required when used;
//   our own modules that only some runs need (formatters, the JSON Schema, git, config) become
//   initialisers in the bundle, run by the `await import()` that needs them;
// - a V8 code cache made now (dist/cli.cjs.cache, see writeCodeCache and bin/load-bundle.cjs)
//   spares each run parsing and compiling the bundle;
// - the default rule pack is validated now and embedded as data (src/loading/default-pack.ts), and
//   so is the inventory JSON Schema `attt-audit schema` prints (src/cli/commands/schema.ts).
import { build } from 'esbuild';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
const define = { __VERSION__: JSON.stringify(pkg.version) };
const BUNDLE = 'dist/cli.cjs';
const STARTUP_DEPENDENCIES = ['commander', 'chalk', 'string-width'];
const external = Object.keys(pkg.dependencies).filter((name) => !STARTUP_DEPENDENCIES.includes(name));

async function compileDefaultPack() {
  // Inside the package, so the bundled step resolves zod and yaml from node_modules; not under
  // node_modules itself, which may be a symlink to another checkout (whose rules/ would be compiled).
  const dir = mkdtempSync('.attt-build-');
  try {
    const outfile = path.join(dir, 'compile-rules.mjs');
    await build({
      entryPoints: ['scripts/compile-rules.ts'],
      outfile,
      bundle: true,
      format: 'esm',
      platform: 'node',
      target: 'node20',
      packages: 'external',
      logLevel: 'warning',
      define,
    });
    const { compileDefaultPack: compile, compileInventorySchema } = await import(pathToFileURL(path.resolve(outfile)).href);
    return { pack: await compile(), schema: compileInventorySchema() };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

let pack;
let schema;
try {
  ({ pack, schema } = await compileDefaultPack());
} catch (error) {
  console.error(`build: the default rule pack (rules/) does not load: ${error.message}`);
  process.exit(1);
}

/**
 * Imports that cost start-up time for features attt-audit does not use (node:fs/promises, which
 * loads readline, watchers and streams, is avoided in the source: src/util/fs-sync.ts, fs-write.ts):
 * - chalk's supports-color probes the terminal when imported (loading node:tty); attt-audit picks
 *   the colour level itself (src/cli/io.ts) and always builds `new Chalk({ level })`;
 * - commander loads node:child_process for executable subcommands, which attt-audit has none of;
 *   it is required on first use instead;
 * - string-width creates an Intl.Segmenter and a Unicode property regex when imported (~10 ms
 *   and ~0.5 ms of ICU set-up); they are created on first use instead, which the table output
 *   only needs for text beyond Latin letters;
 * - `import path from 'node:path'` (18 modules) made esbuild copy node:path's properties into a
 *   new object for each (__toESM, ~0.6 ms in all); they share one ES module stand-in instead.
 */
const startupDiet = {
  name: 'startup-diet',
  setup(b) {
    b.onResolve({ filter: /^#supports-color$/ }, () => ({ path: 'supports-color', namespace: 'diet' }));
    b.onResolve({ filter: /^node:child_process$/ }, (args) =>
      args.importer.includes(`${path.sep}commander${path.sep}`) ? { path: 'child_process', namespace: 'diet' } : undefined,
    );
    const stringWidth = path.resolve('node_modules/string-width/index.js');
    b.onLoad({ filter: /[\\/]string-width[\\/]index\.js$/ }, async (args) => {
      if (args.path !== stringWidth) return undefined; // only our own copy is rewritten
      const source = await readFile(args.path, 'utf8');
      const eager = 'const segmenter = new Intl.Segmenter();';
      if (!source.includes(eager)) throw new Error('string-width changed: update the startup-diet plugin in scripts/build.mjs');
      const lazy = 'let realSegmenter; const segmenter = { segment: (text) => (realSegmenter ??= new Intl.Segmenter()).segment(text) };';
      const eagerRegex = 'const defaultIgnorableCodePointRegex = /^\\p{Default_Ignorable_Code_Point}$/u;';
      if (!source.includes(eagerRegex)) throw new Error('string-width changed: update the startup-diet plugin in scripts/build.mjs');
      const lazyRegex = 'let realRegex; const defaultIgnorableCodePointRegex = { test: (text) => (realRegex ??= /^\\p{Default_Ignorable_Code_Point}$/u).test(text) };';
      return { contents: source.replace(eager, () => lazy).replace(eagerRegex, () => lazyRegex), loader: 'js' };
    });
    b.onLoad({ filter: /^supports-color$/, namespace: 'diet' }, () => ({
      contents: 'export function createSupportsColor() { return false; }\nexport default { stdout: false, stderr: false };\n',
      loader: 'js',
    }));
    b.onResolve({ filter: /^node:path$/ }, (args) => (args.namespace === 'diet' ? undefined : { path: 'path', namespace: 'diet' }));
    b.onLoad({ filter: /^path$/, namespace: 'diet' }, () => ({
      contents: `const path = require('node:path');\nexport default path;\nexport const { ${Object.keys(path).join(', ')} } = path;\n`,
      loader: 'js',
    }));
    b.onLoad({ filter: /^child_process$/, namespace: 'diet' }, () => ({
      contents: "module.exports = new Proxy({}, { get: (_, key) => require('node:child_process')[key] });\n",
      loader: 'js',
    }));
  },
};

rmSync('dist', { recursive: true, force: true });
await build({
  entryPoints: ['src/cli/main.ts'],
  outfile: BUNDLE,
  bundle: true,
  format: 'cjs',
  platform: 'node',
  target: 'node20',
  external,
  // import() of our own modules becomes a lazily run initialiser inside the bundle; the rest
  // (node:crypto) becomes require(): the bundle runs in a vm.Script, which has no import().
  supported: { 'dynamic-import': false },
  minifyWhitespace: true,
  minifySyntax: true,
  sourcemap: false,
  logLevel: 'warning',
  // src/util/package-root.ts finds the package from import.meta.url (computed when asked).
  banner: { js: 'var __importMeta = { get url() { return require("node:url").pathToFileURL(__filename).href; } };' },
  define: { ...define, __DEFAULT_RULES__: pack, __INVENTORY_SCHEMA__: schema, 'import.meta': '__importMeta' },
  plugins: [startupDiet],
});
const bundled = readFileSync(BUNDLE, 'utf8');
if (/\bimport\(/.test(bundled)) throw new Error(`build: ${BUNDLE} still contains import(); a vm.Script cannot run it`);
// esbuild escapes non-ASCII characters in strings, but not in regular expressions and tagged
// templates; escaped there too, the bundle is ASCII, which Node reads into a one-byte string
// (~1.5 ms less than decoding UTF-8 into a two-byte one). \uXXXX means the same character in
// both, except in a template's raw text, which only String.raw reads here (ansi-regex, ASCII).
if (/String\.raw`[^`]*[^\x00-\x7f]/.test(bundled)) throw new Error('build: String.raw with non-ASCII text: cannot escape it');
writeFileSync(BUNDLE, bundled.replace(/[^\x00-\x7f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`));
writeCodeCache();

/**
 * The V8 code cache of the bundle, for bin/load-bundle.cjs: made by a child process (same Node,
 * same V8 flags as a normal run) that loads the bundle and runs what CI runs most — check with
 * the table and JSON output, validate — on fixtures/most, so that the functions these runs call
 * are in the cache already compiled. Without fixtures/most (a build outside the repository) the
 * cache holds what loading the bundle compiles. The bundle and its cache are written together,
 * by this build only (V8 checks a cache against the source's length, not its content).
 */
function writeCodeCache() {
  const train = `
    const { loadBundle } = require('./bin/load-bundle.cjs');
    const { existsSync, writeFileSync } = require('node:fs');
    const { exports: cli, script } = loadBundle(${JSON.stringify(path.resolve(BUNDLE))}, { cache: false });
    const sink = { write: () => true, isTTY: false };
    const io = { stdout: sink, stderr: sink, env: {}, cwd: process.cwd(), now: () => new Date() };
    (async () => {
      if (existsSync('fixtures/most')) {
        for (const argv of [
          ['check', 'fixtures/most', '--as-of', '2024-12-26'],
          ['check', 'fixtures/most', '--as-of', '2024-12-26', '--format', 'json'],
          ['validate', 'fixtures/most'],
        ]) await cli.main(argv, io);
      }
      writeFileSync(${JSON.stringify(path.resolve(`${BUNDLE}.cache`))}, script.createCachedData());
    })();
  `;
  const child = spawnSync(process.execPath, ['-e', train], { stdio: 'inherit' });
  if (child.status !== 0) throw new Error('build: making the code cache failed');
}
