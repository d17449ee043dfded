// The HTML report in a real browser (headless Chromium): it loads from disk with no console error
// and no network request, shows the key figures, filters the findings, keeps hostile inventory
// strings inert, and prints to A4. The run leaves a screenshot and the PDF in test-artifacts/.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT, runCli } from '../helpers.js';
import { launchChromium, type Browser } from './chromium.js';

export const ARTIFACTS = path.join(ROOT, 'test-artifacts');

let browser: Browser;
const dir = mkdtempSync(path.join(tmpdir(), 'attt-report-browser-'));
const files: Record<string, string> = {};

async function makeReport(name: string, args: string[]): Promise<string> {
  const output = path.join(dir, name);
  const { code, stderr } = await runCli(['report', ...args, '--as-of', '2024-12-26', '--output', output]);
  expect(stderr).not.toContain('error');
  expect(code).toBe(0);
  return output;
}

interface Opened {
  page: Page;
  url: string;
  /** Console messages of type error, uncaught exceptions, CSP violations. */
  errors: string[];
  requests: string[];
  dialogs: string[];
}

async function open(file: string): Promise<Opened> {
  const page = await browser.context.newPage();
  const opened: Opened = { page, url: pathToFileURL(file).href, errors: [], requests: [], dialogs: [] };
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') opened.errors.push(`${message.type()}: ${message.text()}`);
  });
  page.on('pageerror', (error) => opened.errors.push(`pageerror: ${error.message}`));
  page.on('request', (request) => opened.requests.push(request.url()));
  page.on('dialog', (dialog) => {
    opened.dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  await page.goto(opened.url, { waitUntil: 'load' });
  return opened;
}

beforeAll(async () => {
  browser = await launchChromium();
  files.vi = await makeReport('most-vi.html', ['fixtures/most', '--lang', 'vi']);
  files.en = await makeReport('most-en.html', ['fixtures/most', '--lang', 'en']);
  files.xss = await makeReport('xss.html', ['fixtures/report', '--lang', 'en']);
}, 60_000);

afterAll(async () => {
  await browser?.close();
});

describe('HTML report in Chromium', () => {
  it('loads from disk with no console error and no request but its own file', async () => {
    for (const file of [files.vi!, files.en!]) {
      const { page, url, errors, requests } = await open(file);
      expect(errors).toEqual([]);
      expect(requests).toEqual([url]);
      await page.close();
    }
  });

  it('shows the key figures against the targets (13/41 approved, 8/41 plan deployed, 6/41 NCSC)', async () => {
    const { page } = await open(files.vi!);
    const card = (id: string) => page.locator(`[data-figure="${id}"]`);
    for (const [id, ratio, percent] of [
      ['approved', '13/41', '31,7%'],
      ['planDeployed', '8/41', '19,5%'],
      ['layers.ncsc', '6/41', '14,6%'],
      ['layers.all', '5/41', '12,2%'],
      ['auditsCurrent', '10/13', '76,9%'],
      ['drillsCurrent', '5/8', '62,5%'],
    ] as const) {
      expect(await card(id).isVisible()).toBe(true);
      expect(await card(id).locator('.big').textContent()).toBe(ratio);
      expect(await card(id).locator('.pct').textContent()).toBe(percent);
    }
    expect(await card('approved').textContent()).toContain('Chỉ tiêu: 100% đến 30/09/2024');
    expect(await card('approved').textContent()).toContain('còn thiếu 28');
    expect(await card('findings').locator('.big').textContent()).toBe('142');
    expect(await page.locator('h1').textContent()).toBe('Báo cáo an toàn hệ thống thông tin theo cấp độ');
    expect(await page.title()).toBe('Báo cáo an toàn hệ thống thông tin theo cấp độ · Bộ Khoa học và Công nghệ · 26/12/2024');
    for (const id of ['chart-coverage', 'chart-owners', 'chart-levels', 'chart-audits']) {
      const box = await page.locator(`svg[aria-labelledby="${id}-title"]`).boundingBox();
      expect(box!.width).toBeGreaterThan(300);
      expect(box!.height).toBeGreaterThan(150);
    }
    mkdirSync(ARTIFACTS, { recursive: true });
    // The top of the report (header, key figures, first charts): what docs/report-screenshot.png shows.
    await page.screenshot({ path: path.join(ARTIFACTS, 'report.png'), fullPage: true, clip: { x: 0, y: 0, width: 1280, height: 1560 } });
    await page.screenshot({ path: path.join(ARTIFACTS, 'report-full.png'), fullPage: true });
    await page.close();
  });

  it('filters the findings by severity, owner unit and accent-free text, without a network', async () => {
    const { page, requests, url } = await open(files.vi!);
    const counter = page.locator('#findings .filters output');
    const visibleRows = () => page.locator('#findings tr.finding:visible').count();
    expect(await page.locator('#findings .filters').isVisible()).toBe(true);
    expect(await counter.textContent()).toBe('Đang hiển thị 152/152 phát hiện');

    await page.selectOption('#findings select[name=severity]', 'warning');
    expect(await visibleRows()).toBe(8);
    expect(await counter.textContent()).toBe('Đang hiển thị 8/152 phát hiện');

    await page.selectOption('#findings select[name=severity]', 'suppressed');
    expect(await visibleRows()).toBe(2);

    await page.selectOption('#findings select[name=severity]', '');
    await page.selectOption('#findings select[name=owner]', 'Trung tâm Công nghệ thông tin');
    expect(await visibleRows()).toBe(27);
    // Groups with nothing left to show are hidden too.
    expect(await page.locator('#findings tbody.group:visible').count()).toBe(7);

    await page.fill('#findings input[name=q]', 'qua han');
    expect(await counter.textContent()).toBe('Đang hiển thị 2/152 phát hiện');
    expect(requests).toEqual([url]);
    await page.close();
  });

  it('finds findings by system id, system name and owner unit, accents and đ ignored', async () => {
    const { page } = await open(files.vi!);
    const counter = page.locator('#findings .filters output');
    const search = async (text: string): Promise<string | null> => {
      await page.fill('#findings input[name=q]', text);
      return counter.textContent();
    };
    // "Hệ thống thư điện tử" is in the names of several systems, never in a finding's own text.
    const mail = await search('thu dien tu');
    expect(mail).not.toBe('Đang hiển thị 0/152 phát hiện');
    expect(await search('thư điện tử')).toBe(mail);
    expect(await search('THU DIEN TU')).toBe(mail);
    const byId = await search('most-shtt-ipas');
    expect(byId).not.toBe('Đang hiển thị 0/152 phát hiện');
    expect(await page.locator('#findings tbody.group:visible tr.group').allTextContents()).toEqual([expect.stringContaining('most-shtt-ipas')]);
    // An owner unit, typed without accents and with d for đ.
    const owner = await search('cuc an toan buc xa va hat nhan');
    expect(owner).toBe('Đang hiển thị 12/152 phát hiện');
    expect(await search('Cục An toàn bức xạ và hạt nhân')).toBe(owner);
    // đ is typed as d: "quản trị đơn và dịch vụ" is part of most-shtt-ipas's name.
    expect(await search('quan tri don va dich vu')).toBe(byId);
    expect(await search('khong co he thong nao ten nhu vay')).toBe('Đang hiển thị 0/152 phát hiện');
    await page.close();
  });

  it('prints a summary of a few A4 pages by default, the full detail when asked', async () => {
    const { page } = await open(files.vi!);
    await page.emulateMedia({ media: 'print' });
    const pagesOf = async (): Promise<number> => ((await page.pdf({ format: 'A4', printBackground: true })).toString('latin1').match(/\/Type\s*\/Page\b/g) ?? []).length;
    // The summary: no file positions, rule ids, per-system matrix or finding list.
    expect(await page.locator('#findings td.location').first().isVisible()).toBe(false);
    expect(await page.locator('#findings table.findings').isVisible()).toBe(false);
    expect(await page.locator('#matrix').isVisible()).toBe(false);
    expect(await page.locator('#findings td.detail code').first().isVisible()).toBe(false);
    expect(await page.locator('.summary-only').first().isVisible()).toBe(true);
    expect(await page.locator('#plan table.plan-summary').isVisible()).toBe(true);
    const summary = await pagesOf();
    expect(summary).toBeLessThanOrEqual(8);
    // The checkbox on screen asks for the full detail.
    await page.emulateMedia({ media: 'screen' });
    expect(await page.locator('.print-choice').isVisible()).toBe(true);
    await page.check('.print-choice input');
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('#findings td.location').first().isVisible()).toBe(true);
    expect(await page.locator('#matrix').isVisible()).toBe(true);
    expect(await page.locator('#plan table.plan-summary').isVisible()).toBe(false);
    const full = await pagesOf();
    expect(full).toBeGreaterThan(3 * summary);
    await page.close();
  });

  it('shows hostile inventory strings as text: nothing injected runs or loads', async () => {
    const { page, errors, requests, dialogs, url } = await open(files.xss!);
    await page.waitForTimeout(300);
    expect(dialogs).toEqual([]);
    expect(errors).toEqual([]);
    expect(requests).toEqual([url]);
    // A string, because it runs in the page (the tests are type-checked without DOM types).
    const injected = await page.evaluate(`({
      elements: document.querySelectorAll('img, iframe, a[href^="http"], svg[onload], b[onmouseover]').length,
      scripts: document.scripts.length,
      handlers: [...document.querySelectorAll('*')].filter((el) => [...el.attributes].some((a) => a.name.startsWith('on'))).length,
    })`);
    expect(injected).toEqual({ elements: 0, scripts: 1, handlers: 0 });
    expect(await page.title()).toBe("Information-system security compliance report · </title><script>alert('org')</script> · 2024-12-26");
    expect(await page.locator('.org').textContent()).toBe("</title><script>alert('org')</script>");
    expect(await page.getByText('<img src=x onerror=alert(1)>').first().isVisible()).toBe(true);
    expect(await page.locator('#findings .waiver').first().textContent()).toContain("</script><script>alert('waiver')</script>");
    await page.close();
  });

  it('prints to a clean A4 document', async () => {
    const { page } = await open(files.vi!);
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('#findings .filters').isVisible()).toBe(false);
    expect(await page.locator('nav.toc').isVisible()).toBe(false);
    const pdf = await page.pdf({ format: 'A4', printBackground: true });
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const text = pdf.toString('latin1');
    const pages = text.match(/\/Type\s*\/Page\b/g) ?? [];
    expect(pages.length).toBeGreaterThan(3);
    // A4 is 595.28 × 841.89 points; Chromium rounds to its own units.
    const box = /\/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]/.exec(text);
    expect(Number(box![1])).toBeCloseTo(595, -1);
    expect(Number(box![2])).toBeCloseTo(842, -1);
    mkdirSync(ARTIFACTS, { recursive: true });
    writeFileSync(path.join(ARTIFACTS, 'report.pdf'), pdf);
    await page.close();
  });
});
