// Pretty-printed JSON documents too large to be one string (issue 17: a national inventory's
// report can pass V8's longest string): the document's skeleton is stringified once, and its one
// large top-level array is written item by item in its place.

/** Stands for the large array in the skeleton (no inventory string can contain a NUL and survive loading). */
const PLACEHOLDER = '\u0000items\u0000';

/**
 * Exactly `JSON.stringify({ ...skeleton, [key]: items.map(toJson) }, null, 2)` and a newline, in
 * pieces. `skeleton` must hold `key` at the place the array belongs (its value is ignored), so that
 * the keys keep their order.
 */
export function prettyJsonChunks<T>(skeleton: Record<string, unknown>, key: string, items: readonly T[], toJson: (item: T) => unknown): Generator<string> {
  return jsonArrayChunks(skeleton, key, items, (item) => `    ${JSON.stringify(toJson(item), null, 2).replaceAll('\n', '\n    ')}`);
}

/**
 * The same document, with each item written by `itemText` as `JSON.stringify` would print it two
 * levels deep (indented by four spaces): for formats that write their items field by field.
 */
export function* jsonArrayChunks<T>(skeleton: Record<string, unknown>, key: string, items: readonly T[], itemText: (item: T) => string): Generator<string> {
  if (!Object.hasOwn(skeleton, key)) throw new Error(`jsonArrayChunks: "${key}" is not a top-level key of the skeleton`);
  if (items.length === 0) {
    yield `${JSON.stringify({ ...skeleton, [key]: [] }, null, 2)}\n`;
    return;
  }
  const text = JSON.stringify({ ...skeleton, [key]: PLACEHOLDER }, null, 2);
  // Found with its key at the top level's indentation: strings elsewhere have their newlines escaped.
  const marker = `\n  ${JSON.stringify(key)}: ${JSON.stringify(PLACEHOLDER)}`;
  const at = text.indexOf(marker);
  let piece = `${text.slice(0, at + marker.length - JSON.stringify(PLACEHOLDER).length)}[\n`;
  for (let i = 0; i < items.length; i += 1) {
    piece += (i === 0 ? '' : ',\n') + itemText(items[i]!);
    if (piece.length > 1 << 16) {
      yield piece;
      piece = '';
    }
  }
  yield `${piece}\n  ]${text.slice(at + marker.length)}\n`;
}

/** What JSON.stringify needs to escape: quotes, backslashes, control characters, surrogates (paired ones too, to be safe). */
const NEEDS_ESCAPE = /["\\\u0000-\u001f\ud800-\udfff]/;

/** JSON.stringify of a string, without its cost for the usual string that needs no escape. */
export function quote(text: string): string {
  return NEEDS_ESCAPE.test(text) ? JSON.stringify(text) : '"' + text + '"';
}
