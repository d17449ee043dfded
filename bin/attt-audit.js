#!/usr/bin/env node
// Thin entry point: all behaviour lives in src/cli (bundled to dist/ by `npm run build`).
import { run } from '../dist/cli.js';

process.exitCode = await run(process.argv.slice(2));
