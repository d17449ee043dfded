// Headless Chromium for the report tests: Debian's `chromium` package driven by playwright-core
// (which downloads no browser of its own). A fresh profile per launch, and every background
// service that could make a network request switched off, so any request a test sees came from
// the page. A missing browser fails the tests with a message that says what to install: these
// tests are the proof that the report works in a real browser, so they never skip.
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export interface Browser {
  context: BrowserContext;
  close(): Promise<void>;
}

export async function launchChromium(): Promise<Browser> {
  if (!existsSync(CHROMIUM)) {
    throw new Error(
      `Chromium not found at ${CHROMIUM}. The report tests need a real browser: install Debian's package ` +
        '(`apt-get update && apt-get install -y chromium`; .ci/run does this), or set CHROMIUM_PATH to a Chromium binary.',
    );
  }
  const profile = mkdtempSync(path.join(tmpdir(), 'attt-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: CHROMIUM_ARGS,
    viewport: { width: 1280, height: 900 },
    locale: 'vi-VN',
    timezoneId: 'Asia/Ho_Chi_Minh',
  });
  return {
    context,
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
