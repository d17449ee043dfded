// The iCalendar helpers before streaming (issue 17), for the plan-ics oracle.
// iCalendar (RFC 5545) writing: TEXT escaping (3.3.11), content lines ending in CRLF and folded at
// 75 octets without splitting a UTF-8 character (3.1). Only what the plan export needs.

import { visibleLines } from '../../../src/formatters/common/visible-text.js';

/** TEXT value: control and bidi characters made visible, backslash, semicolon and comma escaped, line breaks as \n. */
export function icsText(text: string): string {
  return visibleLines(text.replace(/\r\n|\r/g, '\n'))
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n');
}

const MAX_OCTETS = 75;

/** Folds one content line: at most 75 octets per physical line, continuation lines start with a space. */
export function foldLine(line: string): string {
  const out: string[] = [];
  let current = '';
  let octets = 0;
  for (const char of line) {
    const size = Buffer.byteLength(char, 'utf8');
    if (octets + size > MAX_OCTETS) {
      out.push(current);
      current = ' ';
      octets = 1;
    }
    current += char;
    octets += size;
  }
  out.push(current);
  return out.join('\r\n');
}

/** `20250315` for an all-day DATE value. */
export function icsDate(date: string): string {
  return date.replace(/-/g, '');
}

/** `20241226T030000Z`: a UTC DATE-TIME, for DTSTAMP. */
export function icsUtc(instant: Date): string {
  return instant.toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');
}

/** A DURATION such as -P6DT15H from a signed number of minutes. */
export function icsDuration(minutes: number): string {
  const sign = minutes < 0 ? '-' : '';
  let rest = Math.abs(minutes);
  const days = Math.floor(rest / 1440);
  rest -= days * 1440;
  const hours = Math.floor(rest / 60);
  const mins = rest - hours * 60;
  const time = (hours ? `${hours}H` : '') + (mins ? `${mins}M` : '');
  if (!days && !time) return 'PT0S';
  return `${sign}P${days ? `${days}D` : ''}${time ? `T${time}` : ''}`;
}

export type IcsLine = [name: string, value: string];

/** Lines (already escaped values) → the document, each line folded, CRLF after every line. */
export function icsDocument(lines: readonly IcsLine[]): string {
  return lines.map(([name, value]) => `${foldLine(`${name}:${value}`)}\r\n`).join('');
}
