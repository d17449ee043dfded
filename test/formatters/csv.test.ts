// The shared CSV writer: RFC 4180 quoting, BOM, CRLF, and the formula-injection guard.
import { describe, expect, it } from 'vitest';
import { csvCell, csvText, EXCEL_VI, toCsv } from '../../src/formatters/common/csv.js';
import { runCli } from '../helpers.js';

/** Splits a CSV document as a spreadsheet does: quoted fields may hold the separator, quotes and line breaks. */
function parseCsv(text: string, separator: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i += 1) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') (field += '"'), (i += 1);
      else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === separator) row.push(field), (field = '');
    else if (c === '\r' && text[i + 1] === '\n') rows.push([...row, field]), (row = []), (field = ''), (i += 1);
    else field += c;
  }
  return rows;
}

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

  it('writes the Excel dialect for Vietnamese regional settings: ";" between fields, decimal comma, the same guard', () => {
    expect(toCsv(['a', 'b', 'c'], [[31.7, 'Điều 12, 14', -179], ['x;y', '=z', 0.5]], EXCEL_VI)).toBe(
      '\uFEFFa;b;c\r\n31,7;"Điều 12, 14";-179\r\n"x;y";\'=z;0,5\r\n',
    );
    expect(csvCell(66.7, EXCEL_VI)).toBe('66,7');
    expect(csvCell(-3, EXCEL_VI)).toBe('-3');
  });

  it.each([
    ['gap', ['gap', 'fixtures/most', '--as-of', '2024-12-26']],
    ['plan', ['plan', 'fixtures/most', '--as-of', '2024-12-26']],
  ])('%s: both CSV forms have the header\'s number of columns in every row, and the same cells', async (_name, args) => {
    const plain = await runCli([...args, '--format', 'csv', '--lang', 'vi']);
    const excel = await runCli([...args, '--format', 'csv-excel', '--lang', 'vi']);
    expect(excel.stdout.startsWith('\uFEFF')).toBe(true);
    const a = parseCsv(plain.stdout.slice(1), ',');
    const b = parseCsv(excel.stdout.slice(1), ';');
    expect(b.length).toBe(a.length);
    expect(b.length).toBeGreaterThan(5);
    for (const row of b) expect(row.length).toBe(b[0]!.length);
    // Same cells; only the decimal separator of numbers differs.
    expect(b).toEqual(a.map((row) => row.map((cell) => (/^-?\d+\.\d+$/.test(cell) ? cell.replace('.', ',') : cell))));
    expect(excel.stdout).toContain('Trung tâm Công nghệ thông tin');
  });
});
