// The Form 08 HTML preview in headless Chromium: loads from disk with no console error and no
// request, shows the heading, part 1 and the 41-row table with the same cells as the DOCX, keeps
// hostile strings inert, and prints to PDF (A4). scripts/form08-screenshot.mjs made docs/form08-preview.png.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers.js';
import { launchChromium, type Browser } from '../report/chromium.js';
import { CONFIG, EXPECTED_PART1, EXPECTED_PART3 } from './expected.js';

let browser: Browser;
const dir = mkdtempSync(path.join(tmpdir(), 'attt-form08-html-'));

beforeAll(async () => {
  browser = await launchChromium();
}, 60_000);
afterAll(async () => {
  await browser?.close();
});

async function open(file: string) {
  const page = await browser.context.newPage();
  const errors: string[] = [];
  const requests: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error' || m.type() === 'warning') errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('request', (r) => requests.push(r.url()));
  const url = pathToFileURL(file).href;
  await page.goto(url);
  return { page, errors, requests, url };
}

describe('Form 08 HTML preview', () => {
  it('shows the form with the same part 1 and part 3 as the DOCX, offline, without an error', async () => {
    const output = path.join(dir, 'form08.html');
    const run = await runCli(['report', '--config', CONFIG, '--format', 'form08', '--year', '2026', '-o', output]);
    expect(run.code, run.stderr).toBe(0);
    const { page, errors, requests, url } = await open(output);
    expect(await page.locator('.heading').innerText()).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    const part1 = await page.locator('[data-part1]').allInnerTexts();
    expect(part1).toEqual(EXPECTED_PART1.map(([label, value]) => `- ${label}: ${value}`));
    const cells = await page.locator('#part3 tbody tr').evaluateAll((rows) => rows.map((r) => [...r.querySelectorAll('td')].map((td) => td.textContent ?? '')));
    expect(cells).toEqual(EXPECTED_PART3);
    expect(await page.locator('#part3 thead tr').count()).toBe(2);
    // Printed: A4 portrait for parts 1–2, A4 landscape for the table (the CSS named page).
    const pdf = await page.pdf({ preferCSSPageSize: true });
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    const boxes = [...pdf.toString('latin1').matchAll(/\/MediaBox \[([^\]]+)\]/g)].map((m) => m[1]!.trim().split(/\s+/).map((n) => Math.round(Number(n))));
    expect(boxes[0]).toEqual([0, 0, 595, 842]);
    expect(boxes.at(-1)).toEqual([0, 0, 842, 595]);
    expect(errors).toEqual([]);
    expect(requests).toEqual([url]);
    await page.close();
  }, 60_000);

  it('a hostile system name stays text; the draft stamp shows with --draft', async () => {
    const inventory = path.join(dir, 'xss.yaml');
    writeFileSync(
      inventory,
      'systems:\n  - id: x\n    name: "<img src=x onerror=alert(1)>"\n    owner: "<script>alert(2)</script>"\n    proposed_level: 2\n    dossier: { status: drafting }\n',
    );
    const output = path.join(dir, 'xss.html');
    const run = await runCli(['report', inventory, '--config', CONFIG, '--format', 'form08', '--year', '2026', '--draft', '-o', output]);
    expect(run.code).toBe(1);
    const { page, errors } = await open(output);
    const dialogs: string[] = [];
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    expect(await page.locator('#part3 tbody td').nth(1).innerText()).toBe('<img src=x onerror=alert(1)>');
    expect(await page.locator('img').count()).toBe(0);
    expect(await page.locator('.draft').innerText()).toBe('DỰ THẢO / DRAFT');
    expect(dialogs).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  }, 60_000);
});
