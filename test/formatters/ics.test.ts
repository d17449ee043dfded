// iCalendar writing helpers: escaping, folding at 75 octets without splitting UTF-8, durations.
import { describe, expect, it } from 'vitest';
import { foldLine, icsDuration, icsText, icsUtc } from '../../src/formatters/common/ics.js';

describe('ics helpers', () => {
  it('escapes TEXT values', () => {
    expect(icsText('a\\b;c,d\ne\r\nf')).toBe('a\\\\b\\;c\\,d\\ne\\nf');
  });

  it('folds lines at 75 octets, never inside a UTF-8 character', () => {
    const line = `SUMMARY:${'Hệ thống quản lý văn bản và điều hành '.repeat(6)}`;
    const folded = foldLine(line);
    const physical = folded.split('\r\n');
    expect(physical.length).toBeGreaterThan(3);
    for (const [i, part] of physical.entries()) {
      expect(Buffer.byteLength(part, 'utf8')).toBeLessThanOrEqual(75);
      if (i > 0) expect(part.startsWith(' ')).toBe(true);
      expect(part).not.toContain('\uFFFD');
    }
    expect(physical.map((p, i) => (i === 0 ? p : p.slice(1))).join('')).toBe(line);
    expect(foldLine('SHORT:x')).toBe('SHORT:x');
    expect(Buffer.byteLength(foldLine('X'.repeat(75)), 'utf8')).toBe(75);
    expect(foldLine('X'.repeat(76))).toBe(`${'X'.repeat(75)}\r\n X`);
  });

  it('writes reminder durations and UTC stamps', () => {
    expect(icsDuration(-7 * 1440 + 540)).toBe('-P6DT15H');
    expect(icsDuration(-1440 + 540)).toBe('-PT15H');
    expect(icsDuration(540)).toBe('PT9H');
    expect(icsDuration(0)).toBe('PT0S');
    expect(icsDuration(-30)).toBe('-PT30M');
    expect(icsUtc(new Date('2024-12-26T03:00:00.123Z'))).toBe('20241226T030000Z');
  });
});
