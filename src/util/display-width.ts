// Terminal columns taken by a text. Most texts here are ASCII or Vietnamese in Latin letters, whose
// width is one column per character (combining marks take none); string-width, whose emoji regex
// alone costs tens of milliseconds to compile, is consulted only for anything else.
import stringWidth from 'string-width';

/**
 * Characters string-width counts as one column whatever surrounds them (checked exhaustively in
 * test/unit/display-width.test.ts): ASCII, Latin letters with Vietnamese ones (but not the soft
 * hyphen, © and ®), dashes, quotes and ellipsis, arrows ←↑→↓, mathematical operators, box drawing
 * and block elements (the bars of the gap report), and the gap report's ✓ and ✗.
 */
function isNarrowLetter(code: number): boolean {
  return (
    (code >= 0x20 && code <= 0x7e) ||
    (code >= 0xa0 && code <= 0x24f && code !== 0xad && code !== 0xa9 && code !== 0xae) ||
    (code >= 0x1e00 && code <= 0x1eff) ||
    (code >= 0x2010 && code <= 0x2027) ||
    (code >= 0x2030 && code <= 0x203b) ||
    (code >= 0x2190 && code <= 0x2193) ||
    (code >= 0x2200 && code <= 0x22ff) ||
    (code >= 0x2500 && code <= 0x25a9) ||
    code === 0x2713 ||
    code === 0x2717
  );
}

/**
 * The same characters as isNarrowLetter, as one regular expression: a text made only of them is as
 * wide as it is long, found by one native test instead of a loop that a short run (a cold start,
 * a table of a few hundred findings) executes in V8's interpreter.
 */
const ALL_NARROW =
  /^[\x20-\x7e\xa0-\xa8\xaa-\xac\xaf-\u024f\u1e00-\u1eff\u2010-\u2027\u2030-\u203b\u2190-\u2193\u2200-\u22ff\u2500-\u25a9\u2713\u2717]*$/;

/** Whether every character of `text` is one column wide (then it also has no control or bidi character to escape). */
export function isAllNarrow(text: string): boolean {
  return ALL_NARROW.test(text);
}

export function displayWidth(text: string): number {
  if (ALL_NARROW.test(text)) return text.length;
  let width = 0;
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    if (isNarrowLetter(code)) width += 1;
    // Combining diacritics after a letter (Vietnamese typed in NFD) join that letter's column.
    else if (code >= 0x300 && code <= 0x36f && i > 0) continue;
    else return stringWidth(text);
  }
  return width;
}
