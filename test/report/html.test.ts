// The HTML report as text: self-contained (nothing to fetch), a Content-Security-Policy that
// matches exactly the inline style and script, every inventory string escaped, and every word in
// the chosen language. The browser tests (browser.test.ts) prove the same in Chromium.
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { escapeHtml, html, trusted } from '../../src/formatters/report/html/escape.js';
import { runCli, systemYaml, tempDir } from '../helpers.js';

async function report(args: string[]): Promise<string> {
  const { code, stdout } = await runCli(['report', ...args, '--as-of', '2024-12-26', '--output', '-']);
  expect(code).toBe(0);
  return stdout;
}

const hash = (text: string): string => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

describe('html escaping', () => {
  it('escapes the five characters that matter in text and quoted attributes', () => {
    expect(escapeHtml(`<a href="x" title='y'>&amp;</a>`)).toBe('&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;amp;&lt;/a&gt;');
  });

  it('escapes every interpolated value unless it is markup this code built', () => {
    const name = '<img src=x onerror=alert(1)>';
    expect(html`<td title="${name}">${name}</td>`.value).toBe(
      '<td title="&lt;img src=x onerror=alert(1)&gt;">&lt;img src=x onerror=alert(1)&gt;</td>',
    );
    expect(html`<ul>${['<b>', html`<li>${'&'}</li>`]}</ul>`.value).toBe('<ul>&lt;b&gt;<li>&amp;</li></ul>');
    expect(html`${null}${undefined}${false}${0}`.value).toBe('0');
    expect(html`${trusted('<br>')}`.value).toBe('<br>');
  });
});

describe('html report', () => {
  it('is one self-contained UTF-8 document: nothing to fetch, no web font, no CDN', async () => {
    const page = await report(['fixtures/most', '--lang', 'vi']);
    expect(page.startsWith('<!doctype html>\n<html lang="vi">\n<head>\n<meta charset="utf-8">\n')).toBe(true);
    expect(page).not.toMatch(/\b(?:src|href|action|srcset|poster|data)\s*=\s*"(?!#)/i);
    expect(page).not.toMatch(/url\(|@import|@font-face|<link\b|<img\b|<iframe\b/i);
    expect(page).not.toMatch(/https?:\/\//);
    expect(page.match(/<script>/g)).toHaveLength(1);
    expect(page.match(/<style>/g)).toHaveLength(1);
  });

  it('allows by hash exactly its own style and script, and nothing else', async () => {
    const page = await report(['fixtures/most']);
    const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(page)![1]!.replace(/&#39;/g, "'");
    const style = /<style>([\s\S]*?)<\/style>/.exec(page)![1]!;
    const script = /<script>([\s\S]*?)<\/script>/.exec(page)![1]!;
    expect(csp).toBe(`default-src 'none'; style-src ${hash(style)}; script-src ${hash(script)}; img-src 'none'; base-uri 'none'; form-action 'none'`);
  });

  it('escapes every inventory string (XSS fixture)', async () => {
    const page = await report(['fixtures/report', '--lang', 'en']);
    expect(page).toContain('<title>Information-system security compliance report · &lt;/title&gt;&lt;script&gt;alert(&#39;org&#39;)&lt;/script&gt; · 2024-12-26</title>');
    expect(page).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(page).toContain('data-owner="&quot;&gt;&lt;svg onload=alert(2)&gt;"');
    expect(page).toContain('&lt;/script&gt;&lt;script&gt;alert(&#39;waiver&#39;)&lt;/script&gt;');
    expect(page).toContain('<code>&lt;script&gt;alert(&quot;id&quot;)&lt;/script&gt;</code>');
    for (const raw of ['<img', '<svg onload', '<iframe', '<a href="https', '<b onmouseover', "alert('org')</script>", '<script>alert']) expect(page).not.toContain(raw);
  });

  it('is fully in the chosen language, with Vietnamese dates and decimal commas in Vietnamese', async () => {
    const vi = await report(['fixtures/most', '--lang', 'vi']);
    const en = await report(['fixtures/most', '--lang', 'en']);
    const pairs: [string, string][] = [
      ['Báo cáo an toàn hệ thống thông tin theo cấp độ', 'Information-system security compliance report'],
      ['Các chỉ số so với chỉ tiêu', 'Key figures against the targets'],
      ['Được phê duyệt cấp độ', 'Approved security level'],
      ['Chỉ tiêu: 100% đến 30/09/2024', 'Target: 100% by 2024-09-30'],
      ['Kiểm tra định kỳ đến hạn trong 12 tháng tới', 'Periodic audits falling due over the next 12 months'],
      ['Hệ thống × mô hình 4 lớp', 'Systems × the 4 layers'],
      ['Tổng hợp theo quy tắc', 'Summary by rule'],
      ['Kế hoạch quý tới', 'Next-quarter plan'],
      ['Quý 1/2025: các việc đến hạn từ 26/12/2024 đến 31/03/2025', 'Quarter 2025-Q1: obligations falling due from 2024-12-26 to 2025-03-31'],
      ['quá hạn kiểm tra, đánh giá định kỳ từ 06/12/2024', 'periodic audit overdue since 2024-12-06'],
      ['Đang hiển thị 152/152 phát hiện', 'Showing 152 of 152 findings'],
      ['31,7%', '31.7%'],
      ['<td class="nowrap">còn 1 ngày</td>', '<td class="nowrap">1 day left</td>'],
      ['>quá hạn 21 ngày<', '>21 days overdue<'],
    ];
    for (const [v, e] of pairs) {
      expect(vi).toContain(v);
      expect(en).toContain(e);
      expect(vi).not.toContain(e);
      expect(en).not.toContain(v);
    }
    expect(vi).toContain('<h2>Các phát hiện</h2>');
    expect(en).toContain('<h2>Findings</h2>');
  });

  it('charts the 30 largest owner units when there are more, and says so', async () => {
    const systems = Array.from({ length: 31 }, (_, i) => systemYaml(`s${i}`).replace('Trung tâm CNTT', `Đơn vị ${String(i).padStart(2, '0')}`));
    systems.push(systemYaml('s31').replace('Trung tâm CNTT', 'Đơn vị 30'));
    const cwd = tempDir({ 'inventory.yaml': ['systems:', ...systems].join('\n') });
    const { code, stdout } = await runCli(['report', 'inventory.yaml', '--as-of', '2024-12-26', '-o', '-'], { cwd });
    expect(code).toBe(0);
    const chart = /<svg[^>]*aria-labelledby="chart-owners-title"[\s\S]*?<\/svg>/.exec(stdout)![0];
    const labels = [...chart.matchAll(/<text class="label"[^>]*><title>([^<]+)<\/title>/g)].map((m) => m[1]);
    expect(labels).toHaveLength(30);
    expect(labels).toContain('Đơn vị 30');
    expect(labels).not.toContain('Đơn vị 29');
    expect(stdout).toContain('(the 30 units with the most systems, of 31; the &quot;By owner unit&quot; table lists them all)');
  });
});
