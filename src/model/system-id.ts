// System ids are compared exactly: for duplicates, waivers, baselines and calendar UIDs. An id that
// differs from another only by something a reader cannot see ("trim" and "trim" + a no-break space,
// an ideographic space, a zero-width space, a bidi mark) would be a second system that looks like
// the first, so such ids are refused, with the character named, instead of silently told apart.

/** Whitespace at either end. */
const EDGE_SPACE = /^\s|\s$/u;
/** Whitespace other than the plain space, control and format characters (zero-width, bidi, BOM). */
const UNUSUAL = /[^\S ]|[\p{Cc}\p{Cf}]/u;
const UNUSUAL_ALL = /[^\S ]|[\p{Cc}\p{Cf}]/gu;

export type SystemIdProblem = { kind: 'edge-space' } | { kind: 'unusual-character'; codePoint: string };

export function systemIdProblem(id: string): SystemIdProblem | undefined {
  if (EDGE_SPACE.test(id)) return { kind: 'edge-space' };
  const unusual = UNUSUAL.exec(id);
  if (unusual) return { kind: 'unusual-character', codePoint: codePoint(unusual[0]) };
  return undefined;
}

/** The id with every unusual character written as U+XXXX, so a message shows what is there. */
export function shownId(id: string): string {
  return id.replace(UNUSUAL_ALL, (c) => `<${codePoint(c)}>`);
}

function codePoint(c: string): string {
  return `U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
}
