// Inventories must be UTF-8. Anything else is named, so the user knows what to convert from.
import { isUtf8 } from 'node:buffer';
import { localize, type Localized } from '../i18n/lang.js';

export type Decoded = { ok: true; text: string } | { ok: false; message: Localized };

// Letters that only Vietnamese text produces in quantity once decoded (base letters with breve,
// circumflex, horn, and đ), plus the combining tone marks Windows-1258 writes after a vowel.
const VIETNAMESE_MARKS = /[ăâđêôơưĂÂĐÊÔƠƯ\u0300\u0301\u0303\u0309\u0323]/g;

export function decodeText(bytes: Uint8Array): Decoded {
  // UTF-32's byte-order marks first: FF FE 00 00 also starts like UTF-16's.
  if ((bytes[0] === 0xff && bytes[1] === 0xfe && bytes[2] === 0 && bytes[3] === 0) || (bytes[0] === 0 && bytes[1] === 0 && bytes[2] === 0xfe && bytes[3] === 0xff)) {
    return fail({ vi: 'tệp được mã hóa UTF-32', en: 'the file is encoded as UTF-32' }, 'UTF-32');
  }
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    return fail({ vi: 'tệp được mã hóa UTF-16', en: 'the file is encoded as UTF-16' }, 'UTF-16');
  }
  if (bytes.includes(0)) {
    const wide = wideEncodingWithoutBom(bytes);
    if (wide) {
      return fail(localize({ vi: 'tệp được mã hóa {e} (không có BOM)', en: 'the file is encoded as {e} (without a byte-order mark)' }, { e: wide }), wide);
    }
    return { ok: false, message: { vi: 'tệp nhị phân (có byte NUL), không phải tệp văn bản YAML', en: 'binary file (contains NUL bytes), not a YAML text file' } };
  }
  // isUtf8 + toString is the same decoding as a fatal TextDecoder, about twice as fast on large files.
  if (isUtf8(bytes)) {
    const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8');
    // Like TextDecoder, drop a UTF-8 byte-order mark.
    return { ok: true, text: text.charCodeAt(0) === 0xfeff ? text.slice(1) : text };
  }
  {
    if (looksLikeWindows1258(bytes)) {
      return fail({ vi: 'tệp được mã hóa Windows-1258 (CP1258), không phải UTF-8', en: 'the file is encoded as Windows-1258 (CP1258), not UTF-8' }, 'WINDOWS-1258');
    }
    return fail({
      vi: 'tệp không phải UTF-8 (có thể là bảng mã cũ TCVN3/ABC hoặc VNI)',
      en: 'the file is not UTF-8 (probably a legacy Vietnamese encoding: TCVN3/ABC or VNI)',
    });
  }
}

/**
 * UTF-16 or UTF-32 text without a byte-order mark, told from binary data by where its NUL bytes
 * are: YAML is mostly ASCII, so in UTF-16LE nearly every odd byte is 0 and almost no even one;
 * in UTF-32LE three bytes of every four. Looks at the first 4 KB.
 */
function wideEncodingWithoutBom(bytes: Uint8Array): string | undefined {
  const n = Math.min(bytes.length, 4096) & ~3;
  if (n < 4) return undefined;
  const zeros = [0, 0, 0, 0];
  for (let i = 0; i < n; i += 1) if (bytes[i] === 0) zeros[i & 3]! += 1;
  const quarter = n / 4;
  const mostly = (count: number): boolean => count >= quarter * 0.9;
  const rarely = (count: number): boolean => count <= quarter * 0.1;
  const [z0, z1, z2, z3] = zeros as [number, number, number, number];
  if (rarely(z0) && mostly(z1) && mostly(z2) && mostly(z3)) return 'UTF-32LE';
  if (mostly(z0) && mostly(z1) && mostly(z2) && rarely(z3)) return 'UTF-32BE';
  // UTF-16: Vietnamese letters (U+1Exx…) have a non-zero high byte, so "mostly" is looser here.
  const half = n / 2;
  const even = z0 + z2;
  const odd = z1 + z3;
  if (even <= half * 0.05 && odd >= half * 0.5) return 'UTF-16LE';
  if (odd <= half * 0.05 && even >= half * 0.5) return 'UTF-16BE';
  return undefined;
}

/** Windows-1258 text decodes into many Vietnamese letters and tone marks; TCVN3 and VNI bytes do not. */
function looksLikeWindows1258(bytes: Uint8Array): boolean {
  const high = bytes.reduce((n, b) => n + (b >= 0x80 ? 1 : 0), 0);
  if (high === 0) return false;
  const text = new TextDecoder('windows-1258').decode(bytes);
  const marks = text.match(VIETNAMESE_MARKS)?.length ?? 0;
  return marks / high >= 0.6;
}

function fail(what: Localized, from?: string): Decoded {
  const how = from
    ? localize({ vi: 'hãy chuyển sang UTF-8, ví dụ: iconv -f {f} -t UTF-8', en: 'convert it to UTF-8, e.g. iconv -f {f} -t UTF-8' }, { f: from })
    : { vi: 'hãy chuyển sang UTF-8 (ví dụ bằng Unikey: Công cụ chuyển mã)', en: 'convert it to UTF-8 (e.g. with the Unikey converter)' };
  return { ok: false, message: { vi: `${what.vi}; ${how.vi}`, en: `${what.en}; ${how.en}` } };
}
