#!/usr/bin/env node
'use strict';
// Thin entry point: all behaviour lives in src/cli (bundled to dist/ by `npm run build`).
// CommonJS (bin/package.json), like the bundle: Node starts it without setting up its ES module loader.
const path = require('node:path');
const { loadBundle } = require('./load-bundle.cjs');

const { run } = loadBundle(path.join(__dirname, '..', 'dist', 'cli.cjs')).exports;
run(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
