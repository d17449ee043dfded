// Text from inventories, rule files and config files is shown to people in terminals, CI logs and
// calendars. A control character there is an instruction, not text: ESC starts a terminal escape
// sequence (clear the screen, set the window title, an OSC 8 link), a newline followed by
// `::add-mask::` or `::error` becomes a GitHub workflow command, a bidi override (U+202E) shows
// text in another order than it is stored. Every human format shows such characters visibly
// instead ("\u001b", "\n"), through `visible` for one string or `visibleData` for a whole result.

/**
 * C0 and C1 controls, DEL, bidi controls, line and paragraph separators, zero-width space, word joiner, BOM,
 * and the non-characters U+FFFE/U+FFFF (an HTML or XML parser counts them as errors).
 */
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u061c\u200b\u200e\u200f\u2028-\u202e\u2060\u2066-\u2069\ufeff\ufffe\uffff]/g;
const UNSAFE_TEST = new RegExp(UNSAFE.source);

const NAMED: Record<string, string> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };

/** The text with every unsafe character written out as an escape (`\u001b`, `\n`). */
export function visible(text: string): string {
  if (!UNSAFE_TEST.test(text)) return text;
  return text.replace(UNSAFE, (c) => NAMED[c] ?? `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** Each line of `text` made visible; the line breaks themselves stay (for text the tool lays out in lines). */
export function visibleLines(text: string): string {
  if (!UNSAFE_TEST.test(text)) return text;
  return text.split('\n').map(visible).join('\n');
}

export function hasUnsafeCharacters(text: string): boolean {
  return UNSAFE_TEST.test(text);
}

/**
 * A copy of `value` in which every string is `visible`; objects without such a string are
 * returned as they are (no copy), so a clean result costs one walk and no memory. Prototypes are
 * kept, so class instances keep their methods; an object copied once is reused where it is shared.
 */
export function visibleData<T>(value: T): T {
  return convert(value, new Set(), new Map()) as T;
}

/** `path` holds the objects being converted (a cycle returns the object itself); `copies` the objects that changed. */
function convert(value: unknown, path: Set<object>, copies: Map<object, unknown>): unknown {
  if (typeof value === 'string') return visible(value);
  if (value === null || typeof value !== 'object' || path.has(value)) return value;
  const copied = copies.get(value);
  if (copied !== undefined) return copied;
  path.add(value);
  let out: unknown = value;
  if (Array.isArray(value)) {
    let copy: unknown[] | undefined;
    for (let i = 0; i < value.length; i += 1) {
      const item = convert(value[i], path, copies);
      if (item !== value[i]) (copy ??= value.slice())[i] = item;
    }
    if (copy) out = copy;
  } else if (value instanceof Map) {
    let changed = false;
    const entries = [...value].map(([k, v]) => {
      const [ck, cv] = [convert(k, path, copies), convert(v, path, copies)];
      if (ck !== k || cv !== v) changed = true;
      return [ck, cv] as const;
    });
    if (changed) out = new Map(entries);
  } else if (value instanceof Set) {
    const before = [...value];
    const items = before.map((v) => convert(v, path, copies));
    if (items.some((v, i) => v !== before[i])) out = new Set(items);
  } else if (!(value instanceof Date) && !ArrayBuffer.isView(value)) {
    let copy: Record<string, unknown> | undefined;
    for (const key of Object.keys(value)) {
      const inner = (value as Record<string, unknown>)[key];
      const shown = convert(inner, path, copies);
      if (shown !== inner) {
        copy ??= Object.create(Object.getPrototypeOf(value), Object.getOwnPropertyDescriptors(value)) as Record<string, unknown>;
        Object.defineProperty(copy, key, { value: shown, enumerable: true, writable: true, configurable: true });
      }
    }
    if (copy) out = copy;
  }
  path.delete(value);
  if (out !== value) copies.set(value, out);
  return out;
}
