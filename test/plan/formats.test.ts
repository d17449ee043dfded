// Exact output of every plan format on fixtures/plan/quarter, and the .ics read back with ical.js.
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { fixture, runCli } from '../helpers.js';

const ARGS = ['plan', fixture('plan', 'quarter'), '--as-of', '2025-06-30', '--quarter', '2025-Q3'];

describe('plan formats', () => {
  it.each([
    ['table', 'en', 'txt'],
    ['table', 'vi', 'txt'],
    ['json', 'en', 'json'],
    ['json', 'vi', 'json'],
    ['markdown', 'en', 'md'],
    ['csv', 'en', 'csv'],
    ['csv', 'vi', 'csv'],
    ['csv-excel', 'vi', 'excel.csv'],
    ['ics', 'en', 'ics'],
    ['ics', 'vi', 'ics'],
  ])('%s (%s)', async (format, lang, ext) => {
    const { code, stdout, stderr } = await runCli([...ARGS, '--format', format, '--lang', lang]);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    await expect(stdout).toMatchFileSnapshot(`snapshots/quarter.${lang}.${format === 'table' ? 'table.' : ''}${ext}`);
  });

  it('an empty plan says so', async () => {
    const { code, stdout } = await runCli(['plan', fixture('plan', 'quarter'), '--as-of', '2020-01-01', '--within', '1d', '--kind', 'drill']);
    expect(code).toBe(0);
    expect(stdout).toContain('Nothing falls due in the window and nothing is overdue.');
  });
});

describe('plan --format ics', () => {
  async function ics(...extra: string[]): Promise<string> {
    const { code, stdout } = await runCli([...ARGS, '--format', 'ics', ...extra]);
    expect(code).toBe(0);
    return stdout;
  }

  it('follows the RFC 5545 line rules: CRLF everywhere, no line over 75 octets', async () => {
    const text = await ics();
    expect(text.endsWith('END:VCALENDAR\r\n')).toBe(true);
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    for (const line of text.split('\r\n')) expect(Buffer.byteLength(line, 'utf8')).toBeLessThanOrEqual(75);
  });

  it('parses back with ical.js: one all-day event per item, stable UID, summary, description and reminder', async () => {
    const json = JSON.parse((await runCli([...ARGS, '--format', 'json'])).stdout) as { items: { due: string | null; overdue: boolean; uid: string; system: string }[] };
    const calendar = new ICAL.Component(ICAL.parse(await ics()));
    expect(calendar.getFirstPropertyValue('version')).toBe('2.0');
    const events = calendar.getAllSubcomponents('vevent').map((c) => new ICAL.Event(c));
    expect(events).toHaveLength(json.items.length);
    events.forEach((event, i) => {
      const item = json.items[i]!;
      expect(event.uid).toBe(item.uid);
      expect(event.startDate.isDate).toBe(true);
      // Overdue items sit on the window's first day (D, 2025-06-30, is before the window); the others on their due date.
      const day = item.overdue ? '2025-07-01' : item.due!;
      expect(event.startDate.toString()).toBe(day);
      expect(event.endDate.toString()).toBe(new Date(Date.parse(`${day}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10));
      expect(event.summary).toContain(`(${item.system})`);
      const alarm = event.component.getFirstSubcomponent('valarm')!;
      expect(alarm.getFirstPropertyValue('action')).toBe('DISPLAY');
      // Overdue or due today: 09:00 on the day; otherwise 09:00, 7 days before.
      expect(String(alarm.getFirstPropertyValue('trigger'))).toBe(item.overdue || item.due === '2025-06-30' ? 'PT9H' : '-P6DT15H');
    });
    const audit = events.find((e) => e.summary.includes('p-audit-last'))!;
    expect(audit.summary).toBe('Periodic security audit: Cơ sở dữ liệu quốc gia (p-audit-last)');
    expect(audit.description).toContain('Legal basis: Nghị định 85/2016/NĐ-CP Điều 20.2.c; Thông tư 12/2022/TT-BTTTT Điều 11.2.a');
    expect(audit.description).toContain('Due: 30/09/2025\n');
    const layer = events.find((e) => e.summary.includes('Renew a protection layer'))!;
    // Commas and semicolons survive the TEXT escaping.
    expect(layer.description).toContain('(provider: VNPT; Viettel)');
    const overdue = events.find((e) => e.summary.includes('Security-level approval') && e.summary.includes('p-unapproved-old'))!;
    expect(overdue.summary).toBe('[OVERDUE since 02/05/2019] Security-level approval: =HYPERLINK("http://example.invalid","Hệ thống thi đua") (p-unapproved-old)');
    expect(overdue.description).toContain('Due: 01/05/2019\n');
    const undated = events.find((e) => e.summary.includes('p-layer') && e.summary.includes('OVERDUE'))!;
    expect(undated.summary).toBe('[OVERDUE, no date] Put a protection layer in place: Hệ thống hội nghị truyền hình (p-layer)');
    expect(undated.description).toContain('Due: no date\n');
  });

  it('writes the summary in Vietnamese with --lang vi, and honours --remind', async () => {
    const calendar = new ICAL.Component(ICAL.parse(await ics('--lang', 'vi', '--remind', '14')));
    const event = new ICAL.Event(calendar.getAllSubcomponents('vevent').find((c) => String(c.getFirstPropertyValue('summary')).includes('p-drill-q3'))!);
    expect(event.summary).toBe('Diễn tập thực chiến: Hạ tầng trung tâm dữ liệu (p-drill-q3)');
    expect(event.component.getFirstProperty('summary')!.getParameter('language')).toBe('vi');
    expect(String(event.component.getFirstSubcomponent('valarm')!.getFirstPropertyValue('trigger'))).toBe('-P13DT15H');
  });
});
