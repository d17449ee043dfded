// "Today" in Asia/Ho_Chi_Minh without ICU must match ICU's answer.
import { describe, expect, it } from 'vitest';
import { calendarDateIn } from '../../src/util/date.js';

describe('calendarDateIn for Asia/Ho_Chi_Minh', () => {
  const icu = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Ho_Chi_Minh', year: 'numeric', month: '2-digit', day: '2-digit' });

  it('matches ICU from 1976 to 2100, around midnight too', () => {
    const mismatches: string[] = [];
    for (let t = Date.UTC(1975, 11, 31, 17); t < Date.UTC(2100, 0, 1); t += 7 * 3_600_000 + 1_234_567) {
      const instant = new Date(t);
      if (calendarDateIn(instant) !== icu.format(instant)) mismatches.push(instant.toISOString());
    }
    expect(mismatches).toEqual([]);
    expect(calendarDateIn(new Date('2024-12-25T16:59:59.999Z'))).toBe('2024-12-25');
    expect(calendarDateIn(new Date('2024-12-25T17:00:00Z'))).toBe('2024-12-26');
  });

  it('still asks ICU before 1976 and for other zones', () => {
    expect(calendarDateIn(new Date('1960-06-01T16:30:00Z'))).toBe(icu.format(new Date('1960-06-01T16:30:00Z')));
    expect(calendarDateIn(new Date('2024-12-25T20:00:00Z'), 'UTC')).toBe('2024-12-25');
  });
});
