// Owner units are grouped by a normalised name: Unicode NFC (macOS keyboards type NFD) and
// whitespace trimmed and collapsed, so "Trung tâm  CNTT" and "Trung tâm CNTT" are one unit.
// Case is kept: "Vụ Pháp chế" and "Vụ pháp chế" may well be different units, and merging them
// silently would hide a typo instead of showing it.
//
// The config may declare canonical units with their other names (`owners:` in
// attt-audit.config.yaml): an alias groups under its unit's name everywhere (gap, plan --owner,
// rules' applies_to.owners, reports). A name that only *looks* like a declared one — the same after
// expanding common abbreviations and ignoring accents, case and punctuation, or one or two typing
// mistakes away — is not merged silently: it gets an `inventory/owner-variant` info finding.
import type { Finding } from '../engine/finding.js';
import { localize } from '../i18n/lang.js';
import type { LoadedSystem } from '../loading/inventory.js';

/** A canonical owner unit from the config, with the other names it is written under. */
export interface OwnerUnit {
  name: string;
  aliases: readonly string[];
}

export const OWNER_VARIANT_RULE = 'inventory/owner-variant';

/** NFC, whitespace trimmed and collapsed: the same name however it was typed (aliases aside). */
export function normalizeOwner(owner: string): string {
  return owner.normalize('NFC').trim().replace(/\s+/gu, ' ');
}

/** Declared units for this run (set once per command from the config; empty without one). */
let aliases = new Map<string, string>();
let declared: { name: string; folded: string[] }[] = [];

/** Declares the canonical units of this run; called when a command opens its project (src/cli/project.ts). */
export function setOwnerUnits(units: readonly OwnerUnit[]): void {
  aliases = new Map();
  declared = [];
  for (const unit of units) {
    const name = normalizeOwner(unit.name);
    for (const alias of unit.aliases) aliases.set(normalizeOwner(alias), name);
    declared.push({ name, folded: [...new Set([name, ...unit.aliases].map(foldOwner))] });
  }
}

/** The unit an owner is grouped under: its declared canonical name, else its normalised name. */
export function ownerKey(owner: string): string {
  const key = normalizeOwner(owner);
  return aliases.get(key) ?? key;
}

/** Abbreviations in unit names, lower case, and what they stand for. */
const ABBREVIATIONS: Record<string, string> = {
  cntt: 'công nghệ thông tin',
  ttcntt: 'trung tâm công nghệ thông tin',
  'kh&cn': 'khoa học và công nghệ',
  khcn: 'khoa học và công nghệ',
  'kh-cn': 'khoa học và công nghệ',
  attt: 'an toàn thông tin',
  anm: 'an ninh mạng',
  atanm: 'an toàn an ninh mạng',
  cđs: 'chuyển đổi số',
  ubnd: 'ủy ban nhân dân',
  tt: 'trung tâm',
};

/**
 * A unit name reduced for comparison: abbreviations expanded (CNTT → công nghệ thông tin), lower
 * case, without accents (đ → d), punctuation as spaces, "&" as "và".
 */
export function foldOwner(owner: string): string {
  const words = normalizeOwner(owner)
    .toLocaleLowerCase('vi')
    .replace(/[\p{L}\p{N}&-]+/gu, (word) => ABBREVIATIONS[word] ?? word)
    .replaceAll('&', ' và ');
  return words
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/gu, '')
    .replaceAll('đ', 'd')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** Edit distance, giving up (returning limit + 1) once it must exceed `limit`. */
function editDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i += 1) {
    const current = [i];
    let best = i;
    for (let j = 1; j <= b.length; j += 1) {
      const value = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
      current.push(value);
      best = Math.min(best, value);
    }
    if (best > limit) return limit + 1;
    previous = current;
  }
  return previous[b.length]!;
}

/** Folded names this long or longer may differ by two edits and still be "close"; shorter ones by none. */
const TYPO_MIN_LENGTH = 12;
const TYPO_EDITS = 2;

/**
 * The declared unit an owner name looks like without being one of its names (nor any other
 * declared name), or undefined. Close = equal once folded (see foldOwner), or at most two edits
 * apart once folded when both are at least 12 characters long.
 */
export function ownerVariantOf(owner: string): string | undefined {
  if (declared.length === 0) return undefined;
  const key = ownerKey(owner);
  if (declared.some((unit) => unit.name === key)) return undefined;
  const folded = foldOwner(owner);
  const exact = declared.find((unit) => unit.folded.includes(folded));
  if (exact) return exact.name;
  if (folded.length < TYPO_MIN_LENGTH) return undefined;
  return declared.find((unit) => unit.folded.some((f) => f.length >= TYPO_MIN_LENGTH && editDistance(f, folded, TYPO_EDITS) <= TYPO_EDITS))?.name;
}

/** The `inventory/owner-variant` info finding of one system, if its owner only looks like a declared unit. */
export function ownerVariantFindings(system: LoadedSystem): Finding[] {
  const unit = ownerVariantOf(system.record.owner);
  if (unit === undefined) return [];
  const position = system.locate(['owner']);
  return [
    {
      rule: OWNER_VARIANT_RULE,
      severity: 'info',
      system: system.record.id,
      message: localize(
        {
          vi: 'đơn vị "{owner}" gần giống "{unit}" (owners: trong tệp cấu hình) nhưng không phải tên gọi đã khai báo của đơn vị đó nên được thống kê riêng: thêm vào aliases hoặc sửa lại tên',
          en: 'owner unit "{owner}" looks like "{unit}" (owners: in the config) but is not one of its declared names, so it is counted apart: add it to the aliases, or correct it',
        },
        { owner: normalizeOwner(system.record.owner), unit },
      ),
      file: system.file,
      line: position.line,
      column: position.column,
      suppressed: false,
    },
  ];
}

/** Created on first use: ICU's collator costs milliseconds that most runs need not pay. */
let collator: Intl.Collator | undefined;

/** Vietnamese alphabetical order (Đ after D, tones after the bare letter), stable for equal names. */
export function compareOwners(a: string, b: string): number {
  collator ??= new Intl.Collator('vi');
  return collator.compare(a, b) || (a < b ? -1 : a > b ? 1 : 0);
}
