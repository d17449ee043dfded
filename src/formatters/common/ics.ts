// iCalendar (RFC 5545) writing: TEXT escaping (3.3.11), content lines ending in CRLF and folded at
// 75 octets without splitting a UTF-8 character (3.1). Only what the plan export needs.

import { visibleLines } from './visible-text.js';

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
  // Most lines fit as they are: measured once, not character by character.
  if (line.length <= MAX_OCTETS && Buffer.byteLength(line, 'utf8') <= MAX_OCTETS) return line;
  // Cut between characters (code points) by index, as UTF-8 counts them: a pair of surrogates is
  // 4 octets, a lone surrogate is written as U+FFFD (3 octets).
  const out: string[] = [];
  let start = 0;
  let octets = 0;
  for (let i = 0; i < line.length; ) {
    const code = line.charCodeAt(i);
    const pair = code >= 0xd800 && code <= 0xdbff && i + 1 < line.length && line.charCodeAt(i + 1) >= 0xdc00 && line.charCodeAt(i + 1) <= 0xdfff;
    const size = pair ? 4 : code < 0x80 ? 1 : code < 0x800 ? 2 : 3;
    if (octets + size > MAX_OCTETS) {
      out.push((start === 0 ? '' : ' ') + line.slice(start, i));
      start = i;
      octets = 1;
    }
    octets += size;
    i += pair ? 2 : 1;
  }
  out.push((start === 0 ? '' : ' ') + line.slice(start));
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

/** One content line (value already escaped), folded, with its CRLF. */
export function icsLine([name, value]: IcsLine): string {
  return `${foldLine(`${name}:${value}`)}\r\n`;
}

/** Lines (already escaped values) → the document, each line folded, CRLF after every line. */
export function icsDocument(lines: readonly IcsLine[]): string {
  return lines.map(icsLine).join('');
}
