// Terminal columns taken by a text. Most texts here are ASCII or Vietnamese in Latin letters, whose
// width is one column per character (combining marks take none); string-width, whose emoji regex
// alone costs tens of milliseconds to compile, is consulted only for anything else.
import stringWidth from 'string-width';

/** True for U+0020–U+007E, U+00A0–U+024F (but not the soft hyphen, © and ®), U+1E00–U+1EFF: one column each. */
function isNarrowLetter(code: number): boolean {
  return (
    (code >= 0x20 && code <= 0x7e) ||
    (code >= 0xa0 && code <= 0x24f && code !== 0xad && code !== 0xa9 && code !== 0xae) ||
    (code >= 0x1e00 && code <= 0x1eff)
  );
}

export function displayWidth(text: string): number {
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
