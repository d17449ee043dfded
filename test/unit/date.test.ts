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

describe('years 1900–9999 only', () => {
  it.each(['0099-01-01', '0001-01-01', '1899-12-31', '31/12/1899', '01/01/0050'])('rejects %s (Date.UTC reads 0–99 as 1900–1999)', (text) => {
    expect(parseCalendarDate(text)).toBeUndefined();
  });

  it('accepts the edges, with the right calendar (1900 is not a leap year)', () => {
    expect(parseCalendarDate('1900-01-01')).toBe('1900-01-01');
    expect(parseCalendarDate('31/12/9999')).toBe('9999-12-31');
    expect(parseCalendarDate('1900-02-29')).toBeUndefined();
    expect(addDays('1900-02-28', 1)).toBe('1900-03-01');
  });

  it('writes computed dates past 9999-12-31 as 9999-12-31, so string order stays right', () => {
    expect(addMonths('9999-12-31', 12)).toBe('9999-12-31');
    expect(addDays('9999-12-31', 1)).toBe('9999-12-31');
    expect(addMonths('9999-06-30', 6) >= '9999-06-30').toBe(true);
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
