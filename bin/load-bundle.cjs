'use strict';
// Loads the bundled CLI (dist/cli.cjs) with the V8 code cache the build made for it
// (dist/cli.cjs.cache): V8 then neither parses the ~400 KB bundle nor compiles the functions a
// check runs, which is most of attt-audit's start-up on Node 20 (it has no
// module.enableCompileCache). A cache made by another Node or V8 version, or under other V8
// flags, is rejected by V8, and the bundle is compiled as usual: slower, never different.
// Nothing is written at run time; scripts/build.mjs makes the cache with `cache: false`.
const { readFileSync } = require('node:fs');
const { createRequire } = require('node:module');
const path = require('node:path');
const vm = require('node:vm');

/** The bundle's exports, and the vm.Script it ran in (for scripts/build.mjs to make the cache). */
function loadBundle(file, { cache = true } = {}) {
  const source = readFileSync(file, 'utf8');
  let cachedData;
  if (cache) {
    try {
      cachedData = readFileSync(`${file}.cache`);
    } catch {
      // No cache (a build that could not make one): compile.
    }
  }
  // The same wrapper as Node's CommonJS loader; the cache belongs to exactly this text.
  const script = new vm.Script(`(function (exports, require, module, __filename, __dirname) {${source}\n})`, { filename: file, cachedData });
  const module = { exports: {} };
  script.runInThisContext().call(module.exports, module.exports, createRequire(file), module, file, path.dirname(file));
  return { exports: module.exports, script };
}

module.exports = { loadBundle };
