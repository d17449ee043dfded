// `report -o bao-cao.pdf`: the HTML report printed to PDF by the Chromium or Chrome installed on the
// machine (no browser is bundled or downloaded). The page is the tool's own HTML, whose
// Content-Security-Policy allows no network; Chromium runs headless with a fresh profile in a
// temporary folder, and its background services off. Printing gives the summary printout (A4).
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { FatalError } from '../../errors.js';
import { localize } from '../../i18n/lang.js';
import type { Io } from '../io.js';

const CANDIDATES = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/snap/bin/chromium',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
  'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe',
  'C:\\Program Files (x86)\\Microsoft\\Edge\\Application\\msedge.exe',
];

/** The browser to print with: CHROMIUM_PATH when set (and only it), else the first usual place that exists. */
export function findChromium(env: Io['env']): string {
  const chosen = env.CHROMIUM_PATH;
  const found = chosen !== undefined && chosen !== '' ? (existsSync(chosen) ? chosen : undefined) : CANDIDATES.find((c) => existsSync(c));
  if (found === undefined) {
    throw new FatalError(
      localize(
        {
          vi: 'không in được PDF: không tìm thấy Chromium hoặc Chrome{where}. Cài Chromium (hoặc đặt CHROMIUM_PATH), hoặc ghi tệp .html rồi in ra PDF từ trình duyệt',
          en: 'cannot print a PDF: no Chromium or Chrome found{where}. Install Chromium (or set CHROMIUM_PATH), or write an .html file and print it to PDF from a browser',
        },
        { where: chosen ? ` (CHROMIUM_PATH=${chosen})` : '' },
      ),
    );
  }
  return found;
}

const TIMEOUT_MS = 120_000;

export async function printPdf(html: string, io: Io): Promise<Uint8Array> {
  const browser = findChromium(io.env);
  const dir = await mkdtemp(path.join(tmpdir(), 'attt-audit-pdf-'));
  try {
    const page = path.join(dir, 'report.html');
    const pdf = path.join(dir, 'report.pdf');
    await writeFile(page, html, { mode: 0o600 });
    const args = [
      '--headless',
      '--disable-gpu',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-pdf-header-footer',
      `--user-data-dir=${path.join(dir, 'profile')}`,
      `--print-to-pdf=${pdf}`,
      // Chromium refuses to start its sandbox as root (containers, CI).
      ...(process.getuid?.() === 0 ? ['--no-sandbox'] : []),
      pathToFileURL(page).href,
    ];
    const failed = await new Promise<string | undefined>((resolve) => {
      execFile(browser, args, { timeout: TIMEOUT_MS, maxBuffer: 1 << 20 }, (error) => resolve(error ? (error.killed ? 'timeout' : String(error.code ?? error.message)) : undefined));
    });
    const bytes = failed === undefined && existsSync(pdf) ? await readFile(pdf) : undefined;
    if (!bytes || bytes.subarray(0, 5).toString('latin1') !== '%PDF-') {
      throw new FatalError(
        localize(
          { vi: '{b} không in được PDF ({why}); hãy ghi tệp .html rồi in ra PDF từ trình duyệt', en: '{b} could not print the PDF ({why}); write an .html file and print it to PDF from a browser' },
          { b: browser, why: failed ?? 'no PDF' },
        ),
      );
    }
    return bytes;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
