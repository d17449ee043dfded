// Inventories must be UTF-8. Anything else is named, so the user knows what to convert from.
import type { Localized } from '../i18n/lang.js';

export type Decoded = { ok: true; text: string } | { ok: false; message: Localized };

const CONVERT = { vi: 'hãy lưu lại tệp dưới dạng UTF-8', en: 'save the file as UTF-8' };

export function decodeText(bytes: Uint8Array): Decoded {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    return fail('tệp được mã hóa UTF-16', 'the file is encoded as UTF-16');
  }
  if (bytes.includes(0)) return fail('tệp nhị phân (có byte NUL), không phải YAML', 'binary file (contains NUL bytes), not YAML');
  try {
    // TextDecoder drops a UTF-8 byte-order mark by itself.
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
  } catch {
    return fail(
      'tệp không phải UTF-8 (có thể là bảng mã cũ TCVN3, VNI hoặc Windows-1258)',
      'the file is not UTF-8 (possibly a legacy Vietnamese encoding: TCVN3, VNI or Windows-1258)',
    );
  }
}

function fail(vi: string, en: string): Decoded {
  return { ok: false, message: { vi: `${vi}; ${CONVERT.vi}`, en: `${en}; ${CONVERT.en}` } };
}
