// The annual report in `plan` and its calendar: the end of the data period (14/12), the units'
// last day (19/12, a Saturday in 2026, so the safe day is noted) and the owner's last day (24/12).
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers.js';

const ARGS = ['plan', 'fixtures/form08/it-center-2026', '--as-of', '2026-11-29', '--kind', 'report', '--within', '60d', '--lang', 'en'];

describe('plan: the Form 08 dates', () => {
  it('lists 14/12, 19/12 and 24/12 of 2026 as report items', async () => {
    const run = await runCli([...ARGS, '--format', 'json']);
    const json = JSON.parse(run.stdout) as { items: { due: string; detail: string; overdue: boolean }[] };
    expect(json.items.map((i) => [i.due, i.overdue])).toEqual([
      ['2026-12-14', false],
      ['2026-12-19', false],
      ['2026-12-24', false],
    ]);
    expect(json.items[0]!.detail).toBe('Annual report data cut-off (Form 08), year 2026: the data period ends (2025-12-15 to 2026-12-14); Form 08 counts as of this day');
    expect(json.items[1]!.detail).toContain('due 2026-12-19 (a day off: submit by 2026-12-18 to be safe)');
  });

  it('the calendar has an all-day event on each of the three days', async () => {
    const run = await runCli([...ARGS, '--format', 'ics']);
    const events = new ICAL.Component(ICAL.parse(run.stdout)).getAllSubcomponents('vevent').map((c) => new ICAL.Event(c));
    expect(events.map((e) => [e.startDate.toString(), e.startDate.isDate])).toEqual([
      ['2026-12-14', true],
      ['2026-12-19', true],
      ['2026-12-24', true],
    ]);
  });

  it('after the cut-off the milestone is gone; the two deadlines stay until the report is filed', async () => {
    const run = await runCli(['plan', 'fixtures/form08/it-center-2026', '--as-of', '2026-12-15', '--kind', 'report', '--within', '30d', '--format', 'json']);
    const json = JSON.parse(run.stdout) as { items: { due: string }[] };
    expect(json.items.map((i) => i.due)).toEqual(['2026-12-19', '2026-12-24']);
  });
});
