// The shared CSV writer: RFC 4180 quoting, BOM, CRLF, and the formula-injection guard.
import { describe, expect, it } from 'vitest';
import { csvCell, csvText, toCsv } from '../../src/formatters/common/csv.js';

describe('csv', () => {
  it.each([
    ['=1+2', "'=1+2"],
    ['+84 912 345 678', "'+84 912 345 678"],
    ['-2+3+cmd|/C calc!A0', "'-2+3+cmd|/C calc!A0"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\t=1', "'\t=1"],
    ['\r=1', `"'\r=1"`],
    ['=HYPERLINK("http://x","y")', `"'=HYPERLINK(""http://x"",""y"")"`],
    ['a = b', 'a = b'],
    ['Trung tâm CNTT', 'Trung tâm CNTT'],
  ])('guards %j as %j', (input, output) => {
    expect(csvText(input)).toBe(output);
  });

  it('quotes commas, quotes and line breaks (RFC 4180)', () => {
    expect(csvText('Điều 12, 14')).toBe('"Điều 12, 14"');
    expect(csvText('say "hi"')).toBe('"say ""hi"""');
    expect(csvText('line\nbreak')).toBe('"line\nbreak"');
  });

  it('quotes a field holding ";", the separator of Excel in many locales, so no part of it starts a formula there', () => {
    expect(csvText('x;=HYPERLINK("http://x","y")')).toBe('"x;=HYPERLINK(""http://x"",""y"")"');
    expect(csvText('a;b')).toBe('"a;b"');
    expect(csvText('=1;2')).toBe(`"'=1;2"`);
  });

  it('writes computed numbers as numbers, even negative ones, and empty cells for null', () => {
    expect(csvCell(-179)).toBe('-179');
    expect(csvCell(31.7)).toBe('31.7');
    expect(csvCell(null)).toBe('');
    expect(csvCell(undefined)).toBe('');
    expect(csvCell(Number.NaN)).toBe('');
    expect(csvCell('-179')).toBe("'-179");
  });

  it('starts with a UTF-8 BOM and ends every row with CRLF', () => {
    expect(toCsv(['a', 'b'], [[1, 'x,y'], [null, '=z']])).toBe('\uFEFFa,b\r\n1,"x,y"\r\n,\'=z\r\n');
  });
});
