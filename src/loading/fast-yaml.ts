// A fast path for the YAML that inventories are made of: block mappings and lists, plain and
// single-line quoted scalars, one-line flow collections, comments. It returns exactly the data the
// `yaml` package returns for such text (core schema, strings in NFC) and the same positions, but
// parses about twice as fast as js-yaml (an order of magnitude faster than `yaml`) and keeps no node
// tree: positions live in one flat Int32Array (node start offsets and key ids, in document order),
// walked when a finding needs its line.
//
// It declines (returns undefined) on anything else — anchors, tags, block scalars, multi-line
// scalars, tabs, several documents, and every syntax error — so that such files go through the
// precise parser and keep its error messages. Declining is always safe; accepting must be exact
// (test/loading/fast-yaml.test.ts compares both parsers on fixtures and on generated variations).
import type { DataPath, Position } from './yaml-source.js';

export interface FastYamlOptions {
  /** Deepest nesting accepted; deeper files are left to the precise path, which enforces the limit. */
  maxDepth: number;
  /** Most keys in one mapping; a file with more is left to the precise path, which reports the limit. */
  maxKeysPerMapping?: number;
  /**
   * Called with each item of a list under the root mapping (each system) as soon as it is read;
   * what it returns is stored instead. Validating there lets the raw item die young.
   */
  rootItem?: (key: string, item: unknown) => unknown;
}

export interface FastYamlDocument {
  /** The document as plain data; strings (keys and values) are NFC. */
  data: unknown;
  /** Same contract as YamlSource.locate: the node at `path`, or its closest existing ancestor. */
  locate(path: DataPath, options?: { key?: boolean }): Position;
}

/** Thrown inside the parser when the text is outside the fast subset. */
class Decline extends Error {}
const DECLINE = new Decline('outside the fast YAML subset');

/**
 * Positions, flattened in document order. A scalar is [SCALAR, start]; a mapping is
 * [MAP, start, count, then per entry: keyId, keyStart, value…]; a list is [SEQ, start, count, items…].
 */
const SCALAR = 0;
const MAP = 1;
const SEQ = 2;

const SPACE = 0x20;
const NL = 0x0a;
const CR = 0x0d;
const HASH = 0x23;
const COLON = 0x3a;
const DASH = 0x2d;
const SQUOTE = 0x27;
const DQUOTE = 0x22;
const LBRACE = 0x7b;
const RBRACE = 0x7d;
const LBRACKET = 0x5b;
const RBRACKET = 0x5d;
const COMMA = 0x2c;

/** YAML indicators, which may not start a plain scalar here ('-', '?' and ':' included: "-5" is left to the precise parser). */
function isIndicatorStart(c: number): boolean {
  return (
    c === HASH || c === 0x26 /* & */ || c === 0x2a /* * */ || c === 0x21 /* ! */ || c === 0x7c /* | */ || c === 0x3e /* > */ ||
    c === SQUOTE || c === DQUOTE || c === 0x25 /* % */ || c === 0x40 /* @ */ || c === 0x60 /* ` */ || c === LBRACE ||
    c === LBRACKET || c === RBRACE || c === RBRACKET || c === COMMA || c === 0x3f /* ? */ || c === COLON || c === DASH
  );
}

/** Resolves a plain scalar like the `yaml` package's core schema (same tests, same order). */
export function resolvePlain(text: string): unknown {
  const c = text.charCodeAt(0);
  // Fast exit for the common case: text that cannot be null, bool or a number.
  if (text.length > 0 && !(c >= 0x30 && c <= 0x39) && c !== 0x2b && c !== 0x2d && c !== 0x2e && c !== 0x7e &&
    c !== 0x6e && c !== 0x4e && c !== 0x74 && c !== 0x54 && c !== 0x66 && c !== 0x46) {
    return text;
  }
  if (c >= 0x30 && c <= 0x39) {
    // Dates and ids that start with a digit: a sign or separator after the start rules out a number.
    for (let i = 1; i < text.length; i += 1) {
      const d = text.charCodeAt(i);
      if ((d === 0x2d || d === 0x2b) && text.charCodeAt(i - 1) !== 0x65 && text.charCodeAt(i - 1) !== 0x45) return text;
      if (d === 0x2f || d === SPACE || d === COLON) return text;
    }
  }
  if (/^(?:~|[Nn]ull|NULL)?$/.test(text)) return null;
  if (/^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/.test(text)) return text[0] === 't' || text[0] === 'T';
  if (/^0o[0-7]+$/.test(text)) return parseInt(text.substring(2), 8);
  if (/^[-+]?[0-9]+$/.test(text)) return parseInt(text, 10);
  if (/^0x[0-9a-fA-F]+$/.test(text)) return parseInt(text.substring(2), 16);
  if (/^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/.test(text)) {
    return text.slice(-3).toLowerCase() === 'nan' ? NaN : text[0] === '-' ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY;
  }
  if (/^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/.test(text)) return parseFloat(text);
  if (/^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/.test(text)) return parseFloat(text);
  return text;
}

const MAY_COMPOSE = /[\u0300-\uffff]/;

/** NFC, skipped for text whose characters are all below U+0300 (nothing there composes). */
function nfc(text: string): string {
  return MAY_COMPOSE.test(text) ? text.normalize('NFC') : text;
}

/**
 * A copy of a value cut from the document. V8 represents a slice of 13 or more characters as a
 * view into the whole text, so one name kept from each system would keep every file's text alive
 * (at a million systems, about a gigabyte of heap, which makes V8 collect garbage far more often).
 */
function detached(value: string): string {
  return value.length < 13 ? value : (' ' + value).slice(1);
}

/** How `yaml` turns a resolved key into an object key. */
function keyString(value: unknown): string {
  return value === null ? '' : String(value);
}

class Parser {
  /** Offset of the current position. */
  pos = 0;
  /** The flattened positions (see SCALAR/MAP/SEQ) and how much of it is used. */
  enc: Int32Array;
  used = 0;
  /** Key ids: locate compares String(key) with path segments. */
  readonly keyIds = new Map<string, number>();
  /** For lists directly under the root mapping (every system), where each item's encoding starts. */
  readonly rootListItems = new Map<number, number[]>();
  private rootList: number[] | undefined;

  constructor(
    readonly text: string,
    readonly maxDepth: number,
    readonly rootItem: ((key: string, item: unknown) => unknown) | undefined,
    readonly maxKeys: number = Number.POSITIVE_INFINITY,
  ) {
    // Inventories need about one entry per six characters; start there so that it rarely grows.
    this.enc = new Int32Array(Math.max(1024, Math.ceil(text.length / 5)));
  }

  /** The key of the root list being read, for rootItem. */
  private rootListKey: string | undefined;

  push(value: number): void {
    if (this.used === this.enc.length) {
      const bigger = new Int32Array(this.enc.length * 2);
      bigger.set(this.enc);
      this.enc = bigger;
    }
    this.enc[this.used++] = value;
  }

  keyId(key: string): number {
    let id = this.keyIds.get(key);
    if (id === undefined) {
      id = this.keyIds.size;
      this.keyIds.set(key, id);
    }
    return id;
  }

  /** Where nextContent last stopped, and that line's indentation. */
  private contentPos = -1;
  private contentIndent = -1;

  /** Moves to the next line holding content (not blank, not only a comment); returns its indent, or -1 at the end. */
  nextContent(): number {
    if (this.pos === this.contentPos) return this.contentIndent;
    const { text } = this;
    let p = this.pos;
    for (;;) {
      if (p >= text.length) {
        this.pos = this.contentPos = p;
        return (this.contentIndent = -1);
      }
      const lineStart = p;
      while (text.charCodeAt(p) === SPACE) p += 1;
      const c = text.charCodeAt(p);
      if (c === NL) {
        p += 1;
        continue;
      }
      if (c === CR && text.charCodeAt(p + 1) === NL) {
        p += 2;
        continue;
      }
      if (c === HASH) {
        const nl = text.indexOf('\n', p);
        p = nl === -1 ? text.length : nl + 1;
        continue;
      }
      if (p >= text.length) {
        this.pos = this.contentPos = p;
        return (this.contentIndent = -1);
      }
      // "---" or "..." at the start of a line (then a space or the line's end) ends the document: the precise parser decides.
      if (p === lineStart && this.isDocumentMarker(p)) throw DECLINE;
      this.pos = this.contentPos = p;
      return (this.contentIndent = p - lineStart);
    }
  }

  isDocumentMarker(p: number): boolean {
    const { text } = this;
    const c = text.charCodeAt(p);
    if ((c !== DASH && c !== 0x2e) || text.charCodeAt(p + 1) !== c || text.charCodeAt(p + 2) !== c) return false;
    return text.charCodeAt(p + 3) === SPACE || this.atLineEnd(p + 3);
  }

  /** After a value on a line: only spaces and a comment may follow. Leaves pos at the next line. */
  endLine(p: number): void {
    const { text } = this;
    while (text.charCodeAt(p) === SPACE) p += 1;
    const c = text.charCodeAt(p);
    if (p >= text.length) {
      this.pos = p;
      return;
    }
    if (c === NL) {
      this.pos = p + 1;
      return;
    }
    if (c === CR && text.charCodeAt(p + 1) === NL) {
      this.pos = p + 2;
      return;
    }
    if (c === HASH && text.charCodeAt(p - 1) === SPACE) {
      const nl = text.indexOf('\n', p);
      this.pos = nl === -1 ? text.length : nl + 1;
      return;
    }
    throw DECLINE;
  }

  /** True at the end of a line (or of the text). */
  atLineEnd(p: number): boolean {
    const c = this.text.charCodeAt(p);
    return p >= this.text.length || c === NL || (c === CR && this.text.charCodeAt(p + 1) === NL);
  }

  /** The document: a block mapping at indent 0. */
  parseDocument(): unknown {
    const indent = this.nextContent();
    if (indent !== 0) throw DECLINE;
    const c = this.text.charCodeAt(this.pos);
    // Directives, document markers and a root list or scalar are left to the precise parser.
    if (c === 0x25 || c === DASH || c === 0x2e) throw DECLINE;
    const data = this.parseMap(0, 1, true);
    if (this.nextContent() !== -1) throw DECLINE;
    return data;
  }

  /** A block node starting on the current content line, indented `indent`. */
  parseBlock(indent: number, depth: number): unknown {
    if (depth > this.maxDepth) throw DECLINE;
    if (this.atDash(this.pos)) return this.parseSeq(indent, depth);
    if (this.keyEnd(this.pos) !== -1) return this.parseMap(indent, depth, false);
    throw DECLINE;
  }

  /**
   * If a mapping key starts at `p`, the offset of its ':' (followed by a space or the line end);
   * else -1. Quoted keys are accepted; anything unusual declines.
   */
  keyEnd(p: number): number {
    const { text } = this;
    const c = text.charCodeAt(p);
    let q: number;
    if (c === SQUOTE || c === DQUOTE) {
      q = this.quotedEnd(p);
      while (text.charCodeAt(q) === SPACE) q += 1;
      if (text.charCodeAt(q) !== COLON) return -1;
    } else {
      if (isIndicatorStart(c)) return -1;
      q = p;
      for (;;) {
        const d = text.charCodeAt(q);
        if (q >= text.length || d === NL || d === CR) return -1;
        if (d === COLON) {
          const e = text.charCodeAt(q + 1);
          if (e === SPACE || this.atLineEnd(q + 1)) break;
        } else if (d === HASH && text.charCodeAt(q - 1) === SPACE) {
          return -1;
        }
        q += 1;
      }
    }
    const after = q + 1;
    if (!(text.charCodeAt(after) === SPACE || this.atLineEnd(after))) return -1;
    return q;
  }

  /** Offset just past the closing quote of a one-line quoted scalar at `p`; declines otherwise. */
  quotedEnd(p: number): number {
    const { text } = this;
    const quote = text.charCodeAt(p);
    let q = p + 1;
    for (;;) {
      const d = text.charCodeAt(q);
      if (q >= text.length || d === NL || d === CR) throw DECLINE;
      if (quote === DQUOTE && d === 0x5c /* \ */) throw DECLINE;
      if (d === quote) {
        if (quote === SQUOTE && text.charCodeAt(q + 1) === SQUOTE) {
          q += 2;
          continue;
        }
        return q + 1;
      }
      q += 1;
    }
  }

  quotedValue(p: number, end: number): string {
    const inner = this.text.slice(p + 1, end - 1);
    return detached(nfc(this.text.charCodeAt(p) === SQUOTE ? inner.replaceAll("''", "'") : inner));
  }

  /** Plain keys seen before, by first character and length: a document repeats a few dozen keys. */
  private readonly knownKeys = new Map<number, { source: string; key: string }>();

  /** A plain key between p and the ':' at q (trailing spaces trimmed), resolved like `yaml`. */
  keyAt(p: number, colon: number): string {
    const { text } = this;
    const c = text.charCodeAt(p);
    let key: string;
    if (c === SQUOTE || c === DQUOTE) {
      key = this.quotedValue(p, this.quotedEnd(p));
    } else {
      let e = colon;
      while (text.charCodeAt(e - 1) === SPACE) e -= 1;
      const slot = c * 4096 + (e - p);
      const known = this.knownKeys.get(slot);
      if (known && text.startsWith(known.source, p)) return known.key;
      const source = text.slice(p, e);
      key = keyString(resolvePlain(nfc(source)));
      if (key !== '__proto__' && key !== '<<') this.knownKeys.set(slot, { source, key });
    }
    if (key === '__proto__' || key === '<<') throw DECLINE;
    return key;
  }

  parseMap(indent: number, depth: number, root: boolean): unknown {
    if (depth > this.maxDepth) throw DECLINE;
    const { text } = this;
    const out: Record<string, unknown> = {};
    const at = this.used;
    this.push(MAP);
    this.push(this.pos);
    this.push(0);
    let count = 0;
    for (;;) {
      const keyStart = this.pos;
      const colon = this.keyEnd(keyStart);
      // The YAML spec (and the precise parser) refuses an implicit key whose ":" is over 1024 characters from its start.
      if (colon === -1 || colon - keyStart > 1024) throw DECLINE;
      const key = this.keyAt(keyStart, colon);
      if (Object.hasOwn(out, key) || count >= this.maxKeys) throw DECLINE;
      this.push(this.keyId(key));
      this.push(keyStart);
      count += 1;
      let p = colon + 1;
      while (text.charCodeAt(p) === SPACE) p += 1;
      let value: unknown;
      if (this.atLineEnd(p) || text.charCodeAt(p) === HASH) {
        // The value is on the following lines, or empty.
        const emptyAt = p;
        this.endLine(p);
        const next = this.nextContent();
        const dash = next >= indent && this.atDash(this.pos);
        // Lists under the root (every system) get an index of their items, so a system's position is found directly.
        if (root && dash) {
          this.rootList = [];
          this.rootListKey = key;
        }
        if (next > indent) {
          value = this.parseBlock(next, depth + 1);
        } else if (next === indent && dash) {
          // A list may sit at its key's own indentation.
          value = this.parseSeq(next, depth + 1);
        } else {
          value = null;
          this.push(SCALAR);
          this.push(emptyAt);
        }
      } else {
        value = this.parseInline(p, depth + 1);
        this.endLine(this.afterInline);
        this.noContinuation(indent);
      }
      out[key] = value;
      const next = this.nextContent();
      if (next === indent) {
        if (this.atDash(this.pos)) {
          if (root) throw DECLINE;
          break; // the end of a list's item mapping: the next item
        }
        continue;
      }
      if (next > indent) throw DECLINE;
      break;
    }
    this.enc[at + 2] = count;
    return out;
  }

  /** A list item's dash at `p`. */
  atDash(p: number): boolean {
    return this.text.charCodeAt(p) === DASH && (this.text.charCodeAt(p + 1) === SPACE || this.atLineEnd(p + 1));
  }

  parseSeq(indent: number, depth: number): unknown[] {
    if (depth > this.maxDepth) throw DECLINE;
    const items = this.rootList;
    const itemKey = this.rootListKey;
    this.rootList = undefined;
    this.rootListKey = undefined;
    const out: unknown[] = [];
    const at = this.used;
    if (items) this.rootListItems.set(at, items);
    this.push(SEQ);
    this.push(this.pos);
    this.push(0);
    for (;;) {
      items?.push(this.used);
      const item = this.parseSeqItem(indent, depth);
      out.push(items && this.rootItem ? this.rootItem(itemKey!, item) : item);
      const next = this.nextContent();
      if (next === indent && this.atDash(this.pos)) continue;
      if (next > indent) throw DECLINE;
      break;
    }
    this.enc[at + 2] = out.length;
    return out;
  }

  /** One `- item` at the current position (the dash); leaves pos at the start of the next line. */
  parseSeqItem(indent: number, depth: number): unknown {
    const { text } = this;
    let p = this.pos + 1;
    while (text.charCodeAt(p) === SPACE) p += 1;
    if (this.atLineEnd(p) || text.charCodeAt(p) === HASH) {
      const emptyAt = p;
      this.endLine(p);
      const next = this.nextContent();
      if (next > indent) return this.parseBlock(next, depth + 1);
      this.push(SCALAR);
      this.push(emptyAt);
      return null;
    }
    if (this.atDash(p)) throw DECLINE; // "- - x"
    if (this.keyEnd(p) !== -1) {
      // A mapping that starts on the dash's line, indented to its first key.
      const column = indent + (p - this.pos);
      this.pos = p;
      return this.parseMap(column, depth + 1, false);
    }
    const value = this.parseInline(p, depth + 1);
    this.endLine(this.afterInline);
    this.noContinuation(indent);
    return value;
  }

  /** A scalar on one line must not be followed by a more indented line (a continuation, or an error). */
  noContinuation(indent: number): void {
    if (this.nextContent() > indent) throw DECLINE;
  }

  private commentAt = -1;
  private colonSpaceAt = -1;

  /** The next " #" at or after p (or the text's length): searched again only once passed. */
  nextComment(p: number): number {
    if (this.commentAt < p) {
      const found = this.text.indexOf(' #', p);
      this.commentAt = found === -1 ? this.text.length : found;
    }
    return this.commentAt;
  }

  /** The next ": " at or after p (or the text's length). */
  nextColonSpace(p: number): number {
    if (this.colonSpaceAt < p) {
      const found = this.text.indexOf(': ', p);
      this.colonSpaceAt = found === -1 ? this.text.length : found;
    }
    return this.colonSpaceAt;
  }

  /** Where the last inline value ended. */
  afterInline = 0;

  /** A value that starts and ends on this line: quoted, flow or plain. */
  parseInline(p: number, depth: number): unknown {
    const { text } = this;
    const c = text.charCodeAt(p);
    if (c === LBRACE || c === LBRACKET) return this.parseFlow(p, depth);
    this.push(SCALAR);
    this.push(p);
    if (c === SQUOTE || c === DQUOTE) {
      const end = this.quotedEnd(p);
      this.afterInline = end;
      return this.quotedValue(p, end);
    }
    if (isIndicatorStart(c)) {
      // '-', '?' and ':' may start a plain scalar when a non-space follows ("-5", ":x"); leave those to the precise parser.
      throw DECLINE;
    }
    // The line's end, or a comment (" #"), ends a plain scalar; ": " inside one is a nested mapping error.
    let eol = text.indexOf('\n', p);
    if (eol === -1) eol = text.length;
    if (text.charCodeAt(eol - 1) === CR) eol -= 1;
    let end = this.nextComment(p);
    if (end > eol) end = eol;
    if (this.nextColonSpace(p) < end) throw DECLINE;
    while (text.charCodeAt(end - 1) === SPACE) end -= 1;
    if (text.charCodeAt(end - 1) === COLON) throw DECLINE;
    this.afterInline = end;
    return resolvePlain(detached(nfc(text.slice(p, end))));
  }

  /** A flow mapping or list that closes on the same line. */
  parseFlow(p: number, depth: number): unknown {
    if (depth > this.maxDepth) throw DECLINE;
    const { text } = this;
    const open = text.charCodeAt(p);
    const close = open === LBRACE ? RBRACE : RBRACKET;
    const isMap = open === LBRACE;
    const out: Record<string, unknown> | unknown[] = isMap ? {} : [];
    const at = this.used;
    this.push(isMap ? MAP : SEQ);
    this.push(p);
    this.push(0);
    let count = 0;
    let q = p + 1;
    for (;;) {
      while (text.charCodeAt(q) === SPACE) q += 1;
      if (text.charCodeAt(q) === close) {
        q += 1;
        break;
      }
      if (isMap) {
        const keyStart = q;
        let key: string;
        const c = text.charCodeAt(q);
        if (c === SQUOTE || c === DQUOTE) {
          const end = this.quotedEnd(q);
          key = this.quotedValue(q, end);
          q = end;
          while (text.charCodeAt(q) === SPACE) q += 1;
        } else {
          if (isIndicatorStart(c)) throw DECLINE;
          let end = q;
          for (;;) {
            const d = text.charCodeAt(q);
            if (q >= text.length || d === NL || d === CR || d === COMMA || d === LBRACE || d === RBRACE || d === LBRACKET || d === RBRACKET || d === HASH) throw DECLINE;
            if (d === COLON && text.charCodeAt(q + 1) === SPACE) break;
            if (d === COLON) throw DECLINE;
            q += 1;
            if (d !== SPACE) end = q;
          }
          key = keyString(resolvePlain(nfc(text.slice(keyStart, end))));
        }
        if (text.charCodeAt(q) !== COLON || text.charCodeAt(q + 1) !== SPACE) throw DECLINE;
        if (key === '__proto__' || Object.hasOwn(out, key) || count >= this.maxKeys) throw DECLINE;
        this.push(this.keyId(key));
        this.push(keyStart);
        q += 1;
        while (text.charCodeAt(q) === SPACE) q += 1;
        let value: unknown;
        const d = text.charCodeAt(q);
        if (d === COMMA || d === close) {
          value = null;
          this.push(SCALAR);
          this.push(q);
        } else {
          value = this.parseFlowValue(q, depth + 1);
          q = this.afterInline;
        }
        (out as Record<string, unknown>)[key] = value;
      } else {
        (out as unknown[]).push(this.parseFlowValue(q, depth + 1));
        q = this.afterInline;
      }
      count += 1;
      while (text.charCodeAt(q) === SPACE) q += 1;
      const d = text.charCodeAt(q);
      if (d === COMMA) {
        q += 1;
        continue;
      }
      if (d === close) {
        q += 1;
        break;
      }
      throw DECLINE;
    }
    this.afterInline = q;
    this.enc[at + 2] = count;
    return out;
  }

  /** A value inside a flow collection; sets afterInline. */
  parseFlowValue(p: number, depth: number): unknown {
    const { text } = this;
    const c = text.charCodeAt(p);
    if (c === LBRACE || c === LBRACKET) return this.parseFlow(p, depth);
    this.push(SCALAR);
    this.push(p);
    if (c === SQUOTE || c === DQUOTE) {
      const end = this.quotedEnd(p);
      this.afterInline = end;
      return this.quotedValue(p, end);
    }
    if (isIndicatorStart(c)) throw DECLINE;
    let q = p;
    let end = p;
    for (;;) {
      const d = text.charCodeAt(q);
      if (q >= text.length || d === NL || d === CR || d === HASH) throw DECLINE;
      if (d === COMMA || d === RBRACE || d === RBRACKET) break;
      if (d === LBRACE || d === LBRACKET) throw DECLINE;
      if (d === COLON) {
        const e = text.charCodeAt(q + 1);
        if (e === SPACE || e === COMMA || e === RBRACE || e === RBRACKET) throw DECLINE;
      }
      q += 1;
      if (d !== SPACE) end = q;
    }
    this.afterInline = end;
    return resolvePlain(detached(nfc(text.slice(p, end))));
  }
}

/**
 * 1-based line and column of offsets, like yaml's LineCounter (columns count UTF-16 code units).
 * Line starts are found once, up front, so that the index does not keep the text alive.
 */
class LineIndex {
  private readonly starts: Int32Array;
  constructor(text: string) {
    let starts = new Int32Array(1024);
    let lines = 1;
    for (let p = text.indexOf('\n'); p !== -1; p = text.indexOf('\n', p + 1)) {
      if (lines === starts.length) {
        const bigger = new Int32Array(lines * 2);
        bigger.set(starts);
        starts = bigger;
      }
      starts[lines++] = p + 1;
    }
    this.starts = starts.slice(0, lines);
  }
  position(offset: number): Position {
    const starts = this.starts;
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: offset - starts[lo]! + 1 };
  }
}

const UNUSUAL_CHARACTERS = /[\x00-\x09\x0b\x0c\x0e-\x1f\x7f-\x9f\ufeff\ufffe\uffff]/;
const LONE_CR = /\r(?!\n)/;

/** Parses `text` on the fast path, or returns undefined when the precise parser must handle it. */
export function parseFastYaml(text: string, options: FastYamlOptions): FastYamlDocument | undefined {
  // Tabs, lone carriage returns, byte-order marks and control characters have subtle rules; the precise parser handles them.
  // (The carriage-return test alone costs a third of the scan: it runs only on text that has one.)
  if (UNUSUAL_CHARACTERS.test(text) || (text.includes('\r') && LONE_CR.test(text))) return undefined;
  const maxDepth = Math.min(options.maxDepth - 1, 64);
  const parser = new Parser(text, maxDepth, options.rootItem, options.maxKeysPerMapping);
  let data: unknown;
  try {
    data = parser.parseDocument();
  } catch (error) {
    if (error instanceof Decline || error instanceof RangeError) return undefined;
    throw error;
  }
  const lines = new LineIndex(text);
  // Keep only what locate needs: the used part of the encoding, key ids, the root lists' item index.
  const enc = parser.enc.length - parser.used < parser.used / 4 ? parser.enc.subarray(0, parser.used) : parser.enc.slice(0, parser.used);
  const keyIds = parser.keyIds;
  const rootListItems = parser.rootListItems;

  const locate = (path: DataPath, options: { key?: boolean } = {}): Position => {
    let i = 0;
    let best = enc[1]!;
    for (let s = 0; s < path.length; s += 1) {
      const segment = path[s]!;
      const kind = enc[i];
      if (kind === MAP) {
        const id = keyIds.get(String(segment));
        if (id === undefined) break;
        const count = enc[i + 2]!;
        let j = i + 3;
        let found = -1;
        for (let e = 0; e < count; e += 1) {
          if (enc[j] === id) {
            found = j;
            break;
          }
          j = skip(enc, j + 2);
        }
        if (found === -1) break;
        if (s === path.length - 1 && options.key) return lines.position(enc[found + 1]!);
        i = found + 2;
      } else if (kind === SEQ && typeof segment === 'number') {
        const count = enc[i + 2]!;
        if (!Number.isInteger(segment) || segment < 0 || segment >= count) break;
        const items = rootListItems.get(i);
        if (items) {
          i = items[segment]!;
        } else {
          let j = i + 3;
          for (let e = 0; e < segment; e += 1) j = skip(enc, j);
          i = j;
        }
      } else {
        break;
      }
      best = enc[i + 1]!;
    }
    return lines.position(best);
  };
  return { data, locate };
}

/** The index just past the node encoded at `i`. */
function skip(enc: Int32Array, i: number): number {
  const kind = enc[i];
  if (kind === SCALAR) return i + 2;
  const count = enc[i + 2]!;
  let j = i + 3;
  for (let e = 0; e < count; e += 1) j = skip(enc, kind === MAP ? j + 2 : j);
  return j;
}
