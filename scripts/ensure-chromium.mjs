#!/usr/bin/env node
// Run before `npm test` (the `pretest` script) and by .ci/run: the report tests open the HTML
// report in a real browser, Debian's `chromium` package, found where test/report/chromium.ts
// looks for it (CHROMIUM_PATH, else /usr/bin/chromium). When it is missing: as root on Debian or
// Ubuntu, install it (with fonts that cover Vietnamese), the way .ci/run always did; otherwise
// say exactly what to do, and fail before the tests do.
import { spawnSync } from 'node:child_process';
import { accessSync, constants } from 'node:fs';
import path from 'node:path';

const PACKAGES = ['chromium', 'fonts-liberation', 'fonts-dejavu-core'];
const wanted = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

function executable(file) {
  try {
    accessSync(file, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** Another Chromium or Chrome on PATH, to suggest as CHROMIUM_PATH. */
function otherBrowser() {
  for (const dir of (process.env.PATH ?? '').split(path.delimiter)) {
    for (const name of ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable']) {
      const file = path.join(dir, name);
      if (dir && file !== wanted && executable(file)) return file;
    }
  }
  return undefined;
}

function fail(lines) {
  process.stderr.write(`${['ensure-chromium: the report tests need Chromium, and it was not found at ' + wanted + '.', ...lines].join('\n')}\n`);
  process.exit(1);
}

if (executable(wanted)) process.exit(0);

if (process.env.CHROMIUM_PATH) {
  fail([`CHROMIUM_PATH is set to ${process.env.CHROMIUM_PATH}, which is not an executable file: point it at a Chromium or Chrome binary.`]);
}

const other = otherBrowser();
const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
const hasApt = executable('/usr/bin/apt-get');

if (!isRoot || !hasApt) {
  fail([
    'Do one of these, then run npm test again:',
    ...(hasApt ? [`  sudo apt-get update && sudo apt-get install -y ${PACKAGES.join(' ')}`] : []),
    other ? `  CHROMIUM_PATH=${other} npm test` : '  CHROMIUM_PATH=/path/to/chromium npm test   (any Chromium or Chrome binary)',
  ]);
}

process.stderr.write(`ensure-chromium: installing ${PACKAGES.join(' ')} with apt-get (as root)…\n`);
const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
for (const args of [['update', '-qq'], ['install', '-y', '-qq', ...PACKAGES]]) {
  // No standard input: CI runs this without a terminal.
  const run = spawnSync('apt-get', args, { stdio: ['ignore', 'ignore', 'inherit'], env });
  if (run.status !== 0) fail([`apt-get ${args[0]} failed (exit ${run.status ?? run.signal}); install the packages yourself: apt-get install -y ${PACKAGES.join(' ')}`]);
}
if (!executable(wanted)) fail([`apt-get installed chromium, but not at ${wanted}: set CHROMIUM_PATH to its binary.`]);
process.stderr.write(`ensure-chromium: ${wanted} is installed.\n`);
