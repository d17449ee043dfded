// The regime API: which regime applies on a date, and why. Every boundary of rules/regimes.yaml is
// tested on the day before and the day of.
import { describe, expect, it } from 'vitest';
import { builtInTimeline, resolveRegime } from '../../src/regime/index.js';
import { parseVietnamDateTime, addHours } from '../../src/util/date-time.js';

describe('resolveRegime (auto)', () => {
  it.each([
    ['2016-06-30', 'legacy', true], // before the first window: nearest regime, with a warning
    ['2016-07-01', 'legacy', false],
    ['2022-09-30', 'legacy', false],
    ['2022-10-01', 'legacy', false],
    ['2026-06-30', 'legacy', false],
    ['2026-07-01', 'current', false],
    ['2026-08-18', 'current', false],
    ['2026-08-19', 'current', false],
    ['2026-11-29', 'current', false],
  ])('%s → %s', (date, id, warns) => {
    const r = resolveRegime(date);
    expect(r.id).toBe(id);
    expect(r.forced).toBe(false);
    expect(r.warning !== undefined).toBe(warns);
  });

  it('the interim window 2026-07-01…2026-08-18 is provisional, and only it', () => {
    expect(resolveRegime('2026-06-30').provisional).toBe(false);
    expect(resolveRegime('2026-07-01').provisional).toBe(true);
    expect(resolveRegime('2026-08-18').provisional).toBe(true);
    expect(resolveRegime('2026-08-19').provisional).toBe(false);
    expect(resolveRegime('2026-07-01').note?.en).toContain('Law 64/2025/QH15 Art 57.2');
  });

  it('says why, with the instruments in force on the date', () => {
    const r = resolveRegime('2026-11-29');
    expect(r.effective).toEqual({ from: '2026-07-01' });
    expect(r.reason.en).toBe(
      'the "current" regime (from 2026-07-01) is in force on 2026-11-29: Luật An ninh mạng 116/2025/QH15, Nghị định 331/2026/NĐ-CP, Nghị định 333/2026/NĐ-CP',
    );
    expect(r.reason.vi).toContain('áp dụng từ 01/07/2026, có hiệu lực vào ngày 29/11/2026');
    expect(resolveRegime('2026-08-18').instruments.map((i) => i.name)).toEqual(['Luật An ninh mạng 116/2025/QH15']);
    expect(resolveRegime('2024-12-26')).toMatchObject({ id: 'legacy', effective: { from: '2016-07-01', until: '2026-06-30' } });
  });
});

describe('resolveRegime (forced)', () => {
  it('inside its window: no warning', () => {
    const r = resolveRegime('2024-12-26', 'legacy');
    expect(r).toMatchObject({ id: 'legacy', forced: true });
    expect(r.warning).toBeUndefined();
    expect(r.reason.en).toMatch(/^chosen with --regime legacy; /);
  });

  it('outside its window: a warning naming the regime in force', () => {
    const r = resolveRegime('2026-11-29', 'legacy');
    expect(r).toMatchObject({ id: 'legacy', forced: true, provisional: false });
    expect(r.warning?.en).toBe('--regime legacy: the "legacy" regime applies from 2016-07-01 to 2026-06-30; the evaluation date 2026-11-29 is outside it (the regime in force: current)');
    expect(resolveRegime('2024-12-26', 'current').warning?.vi).toBe(
      '--regime current: chế độ "current" áp dụng từ 01/07/2026; ngày đánh giá 26/12/2024 nằm ngoài khoảng này (chế độ có hiệu lực: legacy)',
    );
    expect(resolveRegime('2026-06-30', 'current').warning).toBeDefined();
    expect(resolveRegime('2026-07-01', 'current').warning).toBeUndefined();
    expect(resolveRegime('2026-06-30', 'legacy').warning).toBeUndefined();
    expect(resolveRegime('2026-07-01', 'legacy').warning).toBeDefined();
  });

  it('auto is the same as no choice; an unknown id throws', () => {
    expect(resolveRegime('2026-11-29', 'auto')).toEqual(resolveRegime('2026-11-29'));
    expect(() => resolveRegime('2026-11-29', 'nope')).toThrow('unknown regime "nope"');
  });

  it('the timeline is read from rules/regimes.yaml', () => {
    expect(builtInTimeline().map((r) => [r.id, r.from, r.until])).toEqual([
      ['legacy', '2016-07-01', '2026-06-30'],
      ['current', '2026-07-01', undefined],
    ]);
  });
});

describe('Viet Nam date-times', () => {
  it.each([
    ['2026-10-01 08:00', '2026-10-01T08:00:00+07:00'],
    ['2026-10-01T08:00', '2026-10-01T08:00:00+07:00'],
    ['2026-10-01T08:00:30+07:00', '2026-10-01T08:00:30+07:00'],
    ['2026-10-01T01:00:00Z', '2026-10-01T08:00:00+07:00'],
    ['2026-09-30T20:00-05:00', '2026-10-01T08:00:00+07:00'],
    ['2026-10-01', '2026-10-01T00:00:00+07:00'],
  ])('%s → %s', (text, iso) => expect(parseVietnamDateTime(text)).toBe(iso));

  it.each(['2026-10-01 24:00', '2026-02-30 08:00', '2026-10-01Z', '01/10/2026 08:00', '2026-10-01 8:00'])('rejects %s', (text) =>
    expect(parseVietnamDateTime(text)).toBeUndefined(),
  );

  it('adds hours across midnight and month ends in Viet Nam time', () => {
    expect(addHours('2026-10-31T23:30:00+07:00', 24)).toBe('2026-11-01T23:30:00+07:00');
    expect(addHours('2026-12-31T10:00:00+07:00', 72)).toBe('2027-01-03T10:00:00+07:00');
  });
});
