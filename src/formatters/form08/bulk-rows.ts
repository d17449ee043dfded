// The long lists of the Form 08 document (the part-3 rows, the annex rows, the findings) written
// outside the `docx` package. At 1M systems word/document.xml is ~7 GB: the package would build a
// tree of objects for it and then one string (it ran out of heap at 100k). Here the package lays
// out the document with one template row (or paragraph) per list, whose cells hold markers; the
// template's XML, cut at the markers, gives the exact text the package writes around each cell's
// text, so each item is that text with its cells filled in (test/form08/docx-bulk.test.ts checks
// the rows equal the package's own on generated inventories with hostile strings). The zip is
// then written again with archiver, document.xml streamed from those pieces.
import { randomBytes } from 'node:crypto';
import { Readable } from 'node:stream';
import { xmlSafe } from './blocks.js';

export interface BulkList {
  /** Names the template's markers; unique in the document. */
  id: string;
  /** A table row (w:tr) of `cells` cells, or a paragraph (w:p) of one text. */
  kind: 'row' | 'paragraph';
  cells: number;
  /** The items, each its cells' texts; called once, while the document is written. */
  items: () => Iterable<readonly string[]>;
}

// Random per run: an inventory string printed before a template (the owner's name in the heading)
// cannot be taken for one of its markers.
const NONCE = randomBytes(8).toString('hex');

function marker(id: string, cell: number, part: 'a' | 'b'): string {
  return `@@form08-bulk-${NONCE}:${id}:${cell}${part}@@`;
}

/**
 * The text of a template cell: two lines, so the template also shows what the package writes
 * between two lines of a cell (a new run with a break: Word ignores "\n").
 */
export function templateText(id: string, cell: number): string {
  return `${marker(id, cell, 'a')}\n${marker(id, cell, 'b')}`;
}

// What the `docx` package (its `xml` dependency, escapeForXML) escapes in a text node.
const ESCAPES: Record<string, string> = { '&': '&amp;', '"': '&quot;', "'": '&apos;', '<': '&lt;', '>': '&gt;' };

function escapeText(text: string): string {
  return text.replace(/[&"<>']/g, (c) => ESCAPES[c]!);
}

interface Template {
  list: BulkList;
  /** Where the template element starts and ends in document.xml. */
  start: number;
  end: number;
  /** The XML before cell 0, between cells, after the last cell (cells + 1 pieces). */
  around: string[];
  /** The XML between two lines of each cell. */
  lineBreaks: string[];
}

// A template not found means the docx package writes differently than when this was written:
// an internal error (the test fails first), not a message for the user.
function findTemplate(xml: string, list: BulkList): Template {
  const tag = list.kind === 'row' ? 'w:tr' : 'w:p';
  const first = xml.indexOf(marker(list.id, 0, 'a'));
  if (first < 0) throw new Error(`form08 docx: no template for ${list.id}`);
  const start = xml.lastIndexOf(`<${tag}>`, first);
  const around: string[] = [];
  const lineBreaks: string[] = [];
  let position = start;
  for (let cell = 0; cell < list.cells; cell += 1) {
    const a = marker(list.id, cell, 'a');
    const b = marker(list.id, cell, 'b');
    const at = xml.indexOf(a, position);
    const bt = xml.indexOf(b, at);
    if (at < 0 || bt < 0) throw new Error(`form08 docx: template ${list.id} has no cell ${cell}`);
    around.push(xml.slice(position, at));
    lineBreaks.push(xml.slice(at + a.length, bt));
    position = bt + b.length;
  }
  const close = `</${tag}>`;
  const end = xml.indexOf(close, position) + close.length;
  around.push(xml.slice(position, end));
  if ([...around, ...lineBreaks].some((piece) => piece.includes(`@@form08-bulk-${NONCE}:`))) throw new Error(`form08 docx: template ${list.id} is not one element`);
  return { list, start, end, around, lineBreaks };
}

/** One item as the package writes it: each cell's text made XML-safe, split into lines, escaped. */
function fillTemplate(template: Template, cells: readonly string[]): string {
  let out = template.around[0]!;
  for (let i = 0; i < template.lineBreaks.length; i += 1) {
    const text = xmlSafe(cells[i] ?? '');
    out += (text.includes('\n') ? text.split('\n').map(escapeText).join(template.lineBreaks[i]!) : escapeText(text)) + template.around[i + 1]!;
  }
  return out;
}

/** document.xml in pieces: the package's text with each template replaced by its items. */
function* documentPieces(xml: string, lists: readonly BulkList[]): Generator<string> {
  const templates = lists.map((list) => findTemplate(xml, list)).sort((x, y) => x.start - y.start);
  let position = 0;
  for (const template of templates) {
    yield xml.slice(position, template.start);
    for (const item of template.list.items()) yield fillTemplate(template, item);
    position = template.end;
  }
  yield xml.slice(position);
}

/** Pieces gathered into buffers of ~1 MB: fewer, larger writes into the compressor. */
function* inBuffers(pieces: Iterable<string>): Generator<Buffer> {
  const SIZE = 1 << 20;
  let pending: string[] = [];
  let length = 0;
  for (const piece of pieces) {
    pending.push(piece);
    length += piece.length;
    if (length >= SIZE) {
      yield Buffer.from(pending.join(''), 'utf8');
      pending = [];
      length = 0;
    }
  }
  if (length > 0) yield Buffer.from(pending.join(''), 'utf8');
}

/**
 * The package's .docx with each list's template replaced by its items: every part copied as it is,
 * in the same order, but word/document.xml, streamed through the compressor. The result is the
 * compressed file (~150 MB at 1M systems), outside the JavaScript heap.
 */
export async function fillTemplates(packaged: Buffer, lists: readonly BulkList[]): Promise<Uint8Array> {
  // Loaded only when a .docx is written (exceljs depends on both too).
  const { default: archiver } = await import('archiver');
  const { default: JSZip } = await import('jszip');
  const zip = await JSZip.loadAsync(packaged);
  const xml = await zip.files['word/document.xml']!.async('string');
  const documentXml = Readable.from(inBuffers(documentPieces(xml, lists)), { objectMode: false });
  // Level 1: at 1M systems ~7 GB of very repetitive XML go through deflate; level 6 costs about
  // twice the time for a file a fifth smaller.
  const archive = archiver('zip', { zlib: { level: 1 } });
  const chunks: Buffer[] = [];
  const done = new Promise<void>((resolve, reject) => {
    archive.on('data', (chunk: Buffer) => chunks.push(chunk));
    archive.on('end', resolve);
    archive.on('error', reject);
    archive.on('warning', reject);
    documentXml.on('error', reject);
  });
  for (const [name, entry] of Object.entries(zip.files)) {
    if (entry.dir) continue;
    archive.append(name === 'word/document.xml' ? documentXml : await entry.async('nodebuffer'), { name });
  }
  void archive.finalize();
  await done;
  return Buffer.concat(chunks);
}
