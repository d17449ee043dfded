// Makes docs/form08-preview.png: the Form 08 HTML preview of the 41-system fixture, rendered by
// Debian's Chromium (playwright-core) with print styles, the way it prints. Run after a build:
//   npm run build && node scripts/form08-screenshot.mjs
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';

const dir = mkdtempSync(path.join(tmpdir(), 'attt-form08-shot-'));
const html = path.join(dir, 'form08.html');
const run = spawnSync(process.execPath, ['bin/attt-audit.js', 'report', '--config', 'fixtures/form08/it-center.config.yaml', '--format', 'form08', '--year', '2026', '-o', html], { stdio: 'inherit' });
if (run.status !== 0) process.exit(run.status ?? 1);
const profile = path.join(dir, 'profile');
const context = await chromium.launchPersistentContext(profile, {
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  headless: true,
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  viewport: { width: 1240, height: 1754 },
  locale: 'vi-VN',
  timezoneId: 'Asia/Ho_Chi_Minh',
});
const page = await context.newPage();
await page.goto(pathToFileURL(html).href);
await page.emulateMedia({ media: 'print' });
await page.screenshot({ path: 'docs/form08-preview.png', clip: { x: 0, y: 0, width: 1240, height: 1754 } });
await context.close();
rmSync(dir, { recursive: true, force: true });
console.log('wrote docs/form08-preview.png');
