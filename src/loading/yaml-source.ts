// Parses YAML text into a document that remembers where every node came from, so any data path
// (a rule's finding, a zod issue) can be turned into a 1-based line and column.
import { isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, type Document, type Node } from 'yaml';

export type DataPath = readonly (string | number)[];

export interface Position {
  line: number;
  column: number;
}

export interface YamlProblem {
  code: string;
  /** The parser's text, first line only, without its own "at line X" suffix. */
  detail: string;
  position: Position;
}

export interface YamlSource {
  file: string;
  doc: Document.Parsed;
  problems: YamlProblem[];
  /** Position of the node at `path`, or of its closest existing ancestor. With `key`, the position of the last key itself. */
  locate(path: DataPath, options?: { key?: boolean }): Position;
}

export { DEFAULT_YAML_LIMITS, type YamlLimits } from './yaml-limits.js';

export function parseYamlSource(file: string, text: string): YamlSource {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true, schema: 'core' });
  const toPosition = (offset: number): Position => {
    const { line, col } = lineCounter.linePos(offset);
    return { line, column: col };
  };
  const problems = doc.errors.map((error) => {
    const detail = error.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
    return { code: error.code, detail, position: toPosition(problemOffset(text, error.code, detail, error.pos[0])) };
  });

  const locate = (path: DataPath, options: { key?: boolean } = {}): Position => {
    let node: unknown = doc.contents;
    let best: number = rangeStart(node) ?? 0;
    for (let i = 0; i < path.length; i += 1) {
      const segment = path[i]!;
      const isLast = i === path.length - 1;
      if (isMap(node)) {
        const pair = node.items.find((item) => isPair(item) && keyValue(item.key) === String(segment));
        if (!pair) break;
        const keyStart = rangeStart(pair.key);
        if (isLast && options.key && keyStart !== undefined) return toPosition(keyStart);
        node = pair.value;
        best = rangeStart(node) ?? keyStart ?? best;
        if (rangeStart(node) === undefined) break;
      } else if (isSeq(node) && typeof segment === 'number') {
        const item = node.items[segment];
        if (item === undefined) break;
        node = item;
        best = rangeStart(node) ?? best;
      } else {
        break;
      }
    }
    return toPosition(best);
  };

  return { file, doc, problems, locate };
}

/**
 * The parser reports an unclosed quote where the input ends; the user needs the opening quote,
 * which is the last quote of that kind before that point (an unclosed one has no partner after it).
 */
function problemOffset(text: string, code: string, detail: string, offset: number): number {
  if (code !== 'MISSING_CHAR') return offset;
  const quote = detail.includes('"quote') ? '"' : detail.includes("'quote") ? "'" : undefined;
  if (!quote) return offset;
  const opening = text.lastIndexOf(quote, Math.min(offset, text.length - 1));
  return opening >= 0 ? opening : offset;
}

function keyValue(key: unknown): string | undefined {
  // A bare ": x" has a null key, which becomes "" in the data.
  if (isScalar(key)) return key.value === null ? '' : String(key.value);
  return undefined;
}

function rangeStart(node: unknown): number | undefined {
  const range = (node as Node | null | undefined)?.range;
  return range ? range[0] : undefined;
}
