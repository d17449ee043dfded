import { describe, expect, it } from 'vitest';
import { addDays, addMonths, calendarDateIn, daysBetween, parseCalendarDate } from '../../src/util/date.js';

describe('parseCalendarDate', () => {
  it.each([
    ['2024-12-26', '2024-12-26'],
    ['26/12/2024', '2024-12-26'],
    ['1/2/2024', '2024-02-01'],
    ['2024-02-29', '2024-02-29'],
    [' 2024-01-05 ', '2024-01-05'],
  ])('accepts %s as %s', (text, iso) => {
    expect(parseCalendarDate(text)).toBe(iso);
  });

  it.each(['2024-02-30', '2023-02-29', '31/04/2024', '2024/13/01', '1/2/24', '2024-13-01', '2024-1-5', '26.12.2024', '', 'hôm nay'])(
    'rejects %s',
    (text) => {
      expect(parseCalendarDate(text)).toBeUndefined();
    },
  );
});

describe('calendar arithmetic', () => {
  it.each([
    ['2024-08-31', 6, '2025-02-28'],
    ['2024-02-29', 12, '2025-02-28'],
    ['2023-02-28', 12, '2024-02-28'],
    ['2024-01-31', 1, '2024-02-29'],
    ['2024-03-31', -1, '2024-02-29'],
    ['2024-12-26', -12, '2023-12-26'],
    ['2023-06-30', 24, '2025-06-30'],
  ])('%s + %i months = %s (month-end clamped)', (from, months, to) => {
    expect(addMonths(from, months)).toBe(to);
  });

  it('adds days across years and leap days', () => {
    expect(addDays('2024-12-26', 90)).toBe('2025-03-26');
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(daysBetween('2024-12-26', '2025-03-26')).toBe(90);
    expect(daysBetween('2025-01-01', '2024-12-31')).toBe(-1);
  });
});

describe('today in Vietnam', () => {
  it('uses the Asia/Ho_Chi_Minh calendar day, not the UTC one', () => {
    // 17:30 UTC on 25 December is 00:30 on 26 December in Vietnam (UTC+7).
    expect(calendarDateIn(new Date('2024-12-25T17:30:00Z'))).toBe('2024-12-26');
    expect(calendarDateIn(new Date('2024-12-25T16:59:59Z'))).toBe('2024-12-25');
    expect(calendarDateIn(new Date('2024-12-25T17:30:00Z'), 'UTC')).toBe('2024-12-25');
  });
});
