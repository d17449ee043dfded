// Owner units are grouped by a normalised name: Unicode NFC (macOS keyboards type NFD) and
// whitespace trimmed and collapsed, so "Trung tâm  CNTT" and "Trung tâm CNTT" are one unit.
// Case is kept: "Vụ Pháp chế" and "Vụ pháp chế" may well be different units, and merging them
// silently would hide a typo instead of showing it.

export function ownerKey(owner: string): string {
  return owner.normalize('NFC').trim().replace(/\s+/gu, ' ');
}

/** Created on first use: ICU's collator costs milliseconds that most runs need not pay. */
let collator: Intl.Collator | undefined;

/** Vietnamese alphabetical order (Đ after D, tones after the bare letter), stable for equal names. */
export function compareOwners(a: string, b: string): number {
  collator ??= new Intl.Collator('vi');
  return collator.compare(a, b) || (a < b ? -1 : a > b ? 1 : 0);
}
