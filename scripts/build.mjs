// Bundles the CLI into dist/ so `bin/attt-audit.js` starts without a TypeScript loader.
// Start-up matters (CI runs the tool many times a day), so:
// - the dependencies every run needs (commander, chalk, string-width) are bundled in: one file to
//   load instead of dozens to resolve; the others stay in node_modules, loaded when used;
// - what only some runs need (zod, yaml, cli-table3, the JSON Schema) sits in chunks loaded by
//   `await import()` when needed; everything start-up needs is one file (mergeStartupChunks);
// - the default rule pack is validated now and embedded as data (src/loading/default-pack.ts).
import { build } from 'esbuild';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
const define = { __VERSION__: JSON.stringify(pkg.version) };
const BANNER = "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);";
const STARTUP_DEPENDENCIES = ['commander', 'chalk', 'string-width'];
const external = Object.keys(pkg.dependencies).filter((name) => !STARTUP_DEPENDENCIES.includes(name));

async function compileDefaultPack() {
  // Inside the package, so the bundled step resolves zod and yaml from node_modules.
  mkdirSync('node_modules/.cache', { recursive: true });
  const dir = mkdtempSync(path.join('node_modules/.cache', 'attt-build-'));
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
    const { compileDefaultPack: compile } = await import(pathToFileURL(path.resolve(outfile)).href);
    return await compile();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

let pack;
try {
  pack = await compileDefaultPack();
} catch (error) {
  console.error(`build: the default rule pack (rules/) does not load: ${error.message}`);
  process.exit(1);
}

/**
 * Two imports that cost start-up time for features attt-audit does not use:
 * - chalk's supports-color probes the terminal when imported (loading node:tty); attt-audit picks
 *   the colour level itself (src/cli/io.ts) and always builds `new Chalk({ level })`;
 * - commander loads node:child_process for executable subcommands, which attt-audit has none of;
 *   it is required on first use instead;
 * - string-width creates an Intl.Segmenter when imported (~10 ms of ICU set-up); it is created on
 *   first use instead, which the table output only needs for text beyond Latin letters.
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
      if (args.path !== stringWidth) return undefined; // cli-table3's own, older copy creates no segmenter
      const source = await readFile(args.path, 'utf8');
      const eager = 'const segmenter = new Intl.Segmenter();';
      if (!source.includes(eager)) throw new Error('string-width changed: update the startup-diet plugin in scripts/build.mjs');
      const lazy = 'let realSegmenter; const segmenter = { segment: (text) => (realSegmenter ??= new Intl.Segmenter()).segment(text) };';
      return { contents: source.replace(eager, lazy), loader: 'js' };
    });
    b.onLoad({ filter: /^supports-color$/, namespace: 'diet' }, () => ({
      contents: 'export function createSupportsColor() { return false; }\nexport default { stdout: false, stderr: false };\n',
      loader: 'js',
    }));
    b.onLoad({ filter: /^child_process$/, namespace: 'diet' }, () => ({
      contents: "module.exports = new Proxy({}, { get: (_, key) => require('node:child_process')[key] });\n",
      loader: 'js',
    }));
  },
};

rmSync('dist', { recursive: true, force: true });
const split = await build({
  entryPoints: { cli: 'src/cli/main.ts' },
  outdir: 'dist',
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  external,
  minifyWhitespace: true,
  minifySyntax: true,
  sourcemap: false,
  logLevel: 'warning',
  banner: { js: BANNER },
  define: { ...define, __DEFAULT_RULES__: pack },
  plugins: [startupDiet],
  metafile: true,
});

// The banner gives bundled CommonJS code a `require`; chunks that never use it load faster without.
for (const name of readdirSync('dist')) {
  const file = path.join('dist', name);
  const text = readFileSync(file, 'utf8');
  if (text.startsWith(BANNER) && !/\brequire\b/.test(text.slice(BANNER.length))) writeFileSync(file, text.slice(BANNER.length));
}

await mergeStartupChunks(split.metafile);

/**
 * Code splitting leaves the start-up path in many files: every module that a lazily loaded module
 * also uses goes to a chunk of its own (one per set of users), and cli.js imports ~25 of them.
 * Node's ES module loader costs ~0.7 ms per file here, so this second pass merges cli.js and every
 * chunk it imports statically into one cli.js. Each merged chunk becomes a stub re-exporting its bindings
 * from cli.js, so a lazily loaded module still gets the one and only instance of every module
 * (one FatalError class, one cache), never a copy.
 */
async function mergeStartupChunks(metafile) {
  const outputs = metafile.outputs;
  const entry = 'dist/cli.js';
  const merged = new Set([entry]);
  for (const file of merged) {
    for (const imported of outputs[file].imports) {
      if (imported.kind === 'import-statement' && !imported.external) merged.add(imported.path);
    }
  }
  const chunks = [...merged].filter((file) => file !== entry);
  const alias = (index, name) => `__c${index}_${name}`;
  const lines = [`export * from './cli.js';`];
  chunks.forEach((file, index) => {
    const names = outputs[file].exports;
    if (names.length > 0) lines.push(`export { ${names.map((n) => `${n} as ${alias(index, n)}`).join(', ')} } from './${path.basename(file)}';`);
  });
  const result = await build({
    stdin: { contents: lines.join('\n'), resolveDir: path.resolve('dist'), sourcefile: 'startup.js', loader: 'js' },
    outfile: entry,
    bundle: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    packages: 'external',
    minifyWhitespace: true,
    minifySyntax: true,
    logLevel: 'warning',
    write: false,
    plugins: [
      {
        name: 'lazy-stays-lazy',
        setup(b) {
          // What cli.js and its chunks load by `import()` stays a separate file, loaded when used.
          b.onResolve({ filter: /^\.\/.*\.js$/ }, (args) => (args.kind === 'dynamic-import' ? { path: args.path, external: true } : undefined));
        },
      },
    ],
  });
  writeFileSync(entry, result.outputFiles[0].text);
  chunks.forEach((file, index) => {
    const names = outputs[file].exports;
    writeFileSync(file, names.length > 0 ? `export { ${names.map((n) => `${alias(index, n)} as ${n}`).join(', ')} } from './cli.js';\n` : '');
  });
}
