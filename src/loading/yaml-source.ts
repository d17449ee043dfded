// Parses YAML text into a document that remembers where every node came from, so any data path
// (a rule's finding, a zod issue) can be turned into a 1-based line and column.
//
// Every file the tool reads goes through here with the same limits (yaml-limits.ts), checked in
// linear time before the costly steps: nesting depth and keys per mapping on the parser's token
// tree (before the recursive composer, which would overflow the stack), then duplicate keys,
// tags, alias expansions and the nodes aliases add on the composed document (before any copy).
import { Composer, isAlias, isMap, isPair, isScalar, isSeq, LineCounter, Parser, YAMLParseError, type CST, type Document, type Node } from 'yaml';
import { DEFAULT_YAML_LIMITS, type YamlLimits } from './yaml-limits.js';

export type DataPath = readonly (string | number)[];

export interface Position {
  line: number;
  column: number;
}

export interface YamlProblem {
  /** The parser's code, or one of this module's (LIMIT_CODES, DUPLICATE_KEY, UNSUPPORTED_TAG, ALIAS_…): see yaml-messages.ts. */
  code: string;
  /** The parser's text, first line only, without its own "at line X" suffix; for limits, the limit; for tags, the tag. */
  detail: string;
  position: Position;
}


export interface YamlSource {
  file: string;
  /** Absent when a limit stopped the parse before the document was built. */
  doc?: Document.Parsed;
  problems: YamlProblem[];
  /** Position of the node at `path`, or of its closest existing ancestor. With `key`, the position of the last key itself. */
  locate(path: DataPath, options?: { key?: boolean }): Position;
}

export { DEFAULT_YAML_LIMITS, isLimitProblem, type YamlLimits } from './yaml-limits.js';

/** Tags that only say what the core schema already reads; every other tag is refused (!!binary would become bytes). */
const ALLOWED_TAGS = new Set(['!!str', '!!int', '!!float', '!!bool', '!!null', '!!map', '!!seq']);

export function parseYamlSource(file: string, text: string, limits: Partial<YamlLimits> = {}): YamlSource {
  const all = { ...DEFAULT_YAML_LIMITS, ...limits };
  const lineCounter = new LineCounter();
  const toPosition = (offset: number): Position => {
    const { line, col } = lineCounter.linePos(offset);
    return { line, column: col };
  };
  const problem = (code: string, detail: string, offset: number): YamlProblem => ({ code, detail, position: toPosition(offset) });
  const atStart = (): Position => ({ line: 1, column: 1 });

  // The token tree: built without recursion, so any depth is safe here.
  const tokens = Array.from(new Parser(lineCounter.addNewLine).parse(text));
  const scan = scanTokens(tokens, all);
  if (scan.limit) return { file, problems: [problem(scan.limit.code, scan.limit.detail, scan.limit.offset)], locate: atStart };
  if (scan.tags.length > 0) return { file, problems: scan.tags.map((t) => problem('UNSUPPORTED_TAG', t.tag, t.offset)), locate: atStart };

  let doc: Document.Parsed | undefined;
  try {
    // Duplicate keys are found below with a set: the parser's own check compares every key with every other.
    const composer = new Composer({ uniqueKeys: false, schema: 'core' });
    for (const composed of composer.compose(tokens, true, text.length)) {
      if (!doc) {
        doc = composed;
      } else {
        doc.errors.push(new YAMLParseError([composed.range[0], composed.range[1]], 'MULTIPLE_DOCS', 'Source contains multiple documents'));
        break;
      }
    }
  } catch (error) {
    if (!(error instanceof RangeError)) throw error;
    return { file, problems: [problem('LIMIT_STACK', '', scan.deepest)], locate: atStart };
  }
  const document = doc!;
  // The token tree is not needed any more; on a large file it is a good part of the memory.
  tokens.length = 0;
  const problems: YamlProblem[] = document.errors.map((error) => {
    const detail = error.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
    // The composer catches its own stack overflow (nesting deeper than it can recurse) as an error.
    if (detail.includes('Maximum call stack')) return problem('LIMIT_STACK', '', error.pos[0]);
    return problem(error.code, detail, problemOffset(text, error.code, detail, error.pos[0]));
  });
  let found: ReturnType<typeof checkDocument>;
  try {
    found = checkDocument(document, all);
  } catch (error) {
    // Only with a --max-depth far above the default: the walk is recursive, like the composer.
    if (!(error instanceof RangeError)) throw error;
    found = { duplicates: [], limit: { code: 'LIMIT_STACK', detail: '', offset: scan.deepest } };
  }
  for (const hit of [...found.duplicates, ...(found.limit && problems.length === 0 ? [found.limit] : [])]) {
    problems.push(problem(hit.code, hit.detail, hit.offset));
  }
  problems.sort((a, b) => a.position.line - b.position.line || a.position.column - b.position.column);

  const locate = (path: DataPath, options: { key?: boolean } = {}): Position => {
    let node: unknown = document.contents;
    let best: number = rangeStart(node) ?? 0;
    for (let i = 0; i < path.length; i += 1) {
      const segment = path[i]!;
      const isLast = i === path.length - 1;
      if (isMap(node)) {
        // Data keys are NFC; the key as written may not be.
        const wanted = String(segment);
        const pair = node.items.find((item) => isPair(item) && keyValue(item.key) === wanted);
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

  return { file, doc: document, problems, locate };
}

export type YamlRead = { ok: true; source: YamlSource; data: unknown } | { ok: false; source: YamlSource; problems: YamlProblem[] };

/**
 * Parses and converts to plain data, within the limits. With `nfc`, every string (keys too) is NFC:
 * text typed on macOS (NFD) must compare equal to the same text typed elsewhere.
 */
export function readYaml(file: string, text: string, limits: Partial<YamlLimits> = {}, options: { nfc?: boolean } = {}): YamlRead {
  const all = { ...DEFAULT_YAML_LIMITS, ...limits };
  const source = parseYamlSource(file, text, all);
  if (source.problems.length > 0 || !source.doc) return { ok: false, source, problems: source.problems };
  const converted = yamlData(source, all, options);
  if ('problem' in converted) return { ok: false, source, problems: [converted.problem] };
  return { ok: true, source, data: converted.data };
}

/** The document of a source without problems as plain data (see readYaml). */
export function yamlData(source: YamlSource, limits: YamlLimits, options: { nfc?: boolean } = {}): { data: unknown } | { problem: YamlProblem } {
  const depthProblem = (stack: boolean): { problem: YamlProblem } => ({
    problem: stack ? { code: 'LIMIT_STACK', detail: '', position: source.locate([]) } : { code: 'LIMIT_DEPTH', detail: String(limits.maxDepth), position: source.locate([]) },
  });
  try {
    // Alias expansions were counted and bounded by checkDocument; the package's own count would walk the document once per alias.
    const raw = source.doc!.toJS({ maxAliasCount: -1 }) as unknown;
    return { data: options.nfc ? normalizeStrings(raw, 0, limits.maxDepth) : raw };
  } catch (error) {
    if (error instanceof DepthLimitError || error instanceof RangeError) return depthProblem(error instanceof RangeError);
    throw error;
  }
}

export class DepthLimitError extends Error {}

const MAY_COMPOSE = /[\u0300-\uffff]/;

/** NFC, skipped for text whose characters are all below U+0300 (nothing there composes). */
export function nfc(text: string): string {
  return MAY_COMPOSE.test(text) ? text.normalize('NFC') : text;
}

/**
 * NFC everywhere, and the nesting limit enforced while walking the data. The data is fresh from
 * toJS, so it is changed in place; an object is rebuilt only when one of its keys changes.
 * Aliased nodes are shared by toJS and normalised once.
 */
export function normalizeStrings(value: unknown, depth: number, maxDepth: number, seen = new Map<object, unknown>()): unknown {
  if (typeof value === 'string') return nfc(value);
  if (value === null || typeof value !== 'object') return value;
  if (depth >= maxDepth) throw new DepthLimitError();
  const done = seen.get(value);
  if (done !== undefined) return done;
  seen.set(value, value);
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i += 1) value[i] = normalizeStrings(value[i], depth + 1, maxDepth, seen);
    return value;
  }
  const object = value as Record<string, unknown>;
  const keys = Object.keys(object);
  const define = (target: object, key: string, inner: unknown): void => {
    // defineProperty, not assignment: a "__proto__" key must stay data, never become a prototype.
    Object.defineProperty(target, key, { value: inner, enumerable: true, writable: true, configurable: true });
  };
  if (keys.every((key) => nfc(key) === key)) {
    for (const key of keys) define(object, key, normalizeStrings(object[key], depth + 1, maxDepth, seen));
    return object;
  }
  const out: Record<string, unknown> = {};
  seen.set(value, out);
  for (const key of keys) define(out, nfc(key), normalizeStrings(object[key], depth + 1, maxDepth, seen));
  return out;
}

interface Hit {
  code: string;
  detail: string;
  offset: number;
}

/**
 * One pass over the token tree, with an explicit stack: the first collection nested deeper than
 * the limit, the first mapping with too many keys, and every tag outside ALLOWED_TAGS.
 */
function scanTokens(tokens: readonly CST.Token[], limits: YamlLimits): { limit?: Hit; tags: { tag: string; offset: number }[]; deepest: number } {
  const tags: { tag: string; offset: number }[] = [];
  let deepest = 0;
  let deepestLevel = 0;
  const checkProps = (props: readonly CST.Token[] | undefined): void => {
    for (const token of props ?? []) {
      if (token.type === 'tag' && !ALLOWED_TAGS.has(token.source)) tags.push({ tag: token.source, offset: token.offset });
    }
  };
  const stack: { token: CST.Token; level: number }[] = [];
  // Pushed in reverse, so that the walk (last in, first out) goes in document order.
  for (const token of [...tokens].reverse()) {
    if (token.type !== 'document') continue;
    checkProps(token.start);
    if (token.value) stack.push({ token: token.value, level: 0 });
  }
  while (stack.length > 0) {
    const { token, level } = stack.pop()!;
    if (token.type === 'block-scalar') checkProps(token.props);
    if (token.type !== 'block-map' && token.type !== 'block-seq' && token.type !== 'flow-collection') continue;
    const inner = level + 1;
    if (inner > deepestLevel) {
      deepestLevel = inner;
      deepest = token.offset;
    }
    if (inner > limits.maxDepth) return { limit: { code: 'LIMIT_DEPTH', detail: String(limits.maxDepth), offset: token.offset }, tags, deepest };
    const isMapping = token.type === 'block-map' || (token.type === 'flow-collection' && token.start.source === '{');
    if (isMapping && token.items.length > limits.maxKeysPerMapping) {
      const extra = token.items[limits.maxKeysPerMapping]!;
      return { limit: { code: 'LIMIT_KEYS', detail: String(limits.maxKeysPerMapping), offset: extra.key?.offset ?? extra.start[0]?.offset ?? token.offset }, tags, deepest };
    }
    for (let i = token.items.length - 1; i >= 0; i -= 1) {
      const item = token.items[i]!;
      checkProps(item.start);
      checkProps(item.sep);
      if (item.value) stack.push({ token: item.value, level: inner });
      if (item.key) stack.push({ token: item.key, level: inner });
    }
  }
  tags.sort((a, b) => a.offset - b.offset);
  return { tags, deepest };
}

interface Measure {
  /** Nodes once aliases are expanded. */
  nodes: number;
  /** Alias expansions inside, each counted as often as it is copied. */
  aliases: number;
  /** Levels of collections below and including this node, once aliases are expanded. */
  height: number;
}

/**
 * Duplicate keys (compared as the data will hold them: as text, in NFC), and what aliases expand
 * to — counted once per anchor, so a "billion laughs" costs as little as its text.
 */
function checkDocument(doc: Document.Parsed, limits: YamlLimits): { duplicates: Hit[]; limit?: Hit } {
  const anchors = new Map<string, Node>();
  const measured = new Map<Node, Measure>();
  let aliases = 0;
  let addedNodes = 0;
  let hit: Hit | undefined;
  const duplicates: Hit[] = [];

  const walk = (node: unknown, level: number): Measure => {
    if (node === null || typeof node !== 'object') return { nodes: 1, aliases: 0, height: 0 };
    if (isAlias(node)) {
      const target = anchors.get(node.source);
      if (!target) {
        // No anchor of that name before it (the parser reports only names that appear nowhere).
        hit ??= { code: 'ALIAS_WITHOUT_ANCHOR', detail: node.source, offset: node.range?.[0] ?? 0 };
        return { nodes: 1, aliases: 0, height: 0 };
      }
      const inner = measured.get(target);
      if (!inner) {
        hit ??= { code: 'ALIAS_CYCLE', detail: node.source, offset: node.range?.[0] ?? 0 };
        return { nodes: 1, aliases: 0, height: 0 };
      }
      aliases += 1 + inner.aliases;
      addedNodes += inner.nodes - 1;
      const at = node.range?.[0] ?? 0;
      if (aliases > limits.maxAliasCount) hit ??= { code: 'LIMIT_ALIASES', detail: String(limits.maxAliasCount), offset: at };
      if (addedNodes > limits.maxAliasNodes) hit ??= { code: 'LIMIT_ALIAS_NODES', detail: String(limits.maxAliasNodes), offset: at };
      if (level - 1 + inner.height > limits.maxDepth) hit ??= { code: 'LIMIT_DEPTH', detail: String(limits.maxDepth), offset: at };
      return { nodes: inner.nodes, aliases: 1 + inner.aliases, height: inner.height };
    }
    const anchor = (node as Node).anchor;
    if (anchor) anchors.set(anchor, node as Node);
    const measure: Measure = { nodes: 1, aliases: 0, height: 0 };
    const add = (child: Measure): void => {
      measure.nodes += child.nodes;
      measure.aliases += child.aliases;
      if (child.height + 1 > measure.height) measure.height = child.height + 1;
    };
    if (isMap(node)) {
      const keys = new Set<string>();
      measure.height = 1;
      for (const pair of node.items) {
        const key = keyValue(pair.key);
        if (key !== undefined) {
          if (keys.has(key)) duplicates.push({ code: 'DUPLICATE_KEY', detail: key, offset: rangeStart(pair.key) ?? 0 });
          keys.add(key);
        }
        add(walk(pair.key, level + 1));
        add(walk(pair.value, level + 1));
      }
    } else if (isSeq(node)) {
      measure.height = 1;
      for (const item of node.items) add(walk(item, level + 1));
    }
    if (anchor) measured.set(node as Node, measure);
    return measure;
  };
  walk(doc.contents, 1);
  return hit ? { duplicates, limit: hit } : { duplicates };
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

/** A scalar key as the data will hold it: text, NFC (a bare ": x" has a null key, which becomes ""). */
function keyValue(key: unknown): string | undefined {
  if (isScalar(key)) return key.value === null ? '' : nfc(String(key.value));
  return undefined;
}

function rangeStart(node: unknown): number | undefined {
  const range = (node as Node | null | undefined)?.range;
  return range ? range[0] : undefined;
}
