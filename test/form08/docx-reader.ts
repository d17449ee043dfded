// A small DOCX reader for the tests: unzips with jszip (exceljs's dependency) and parses
// word/document.xml with fast-xml-parser, keeping document order. It returns the body as blocks —
// paragraphs (their text, line breaks as "\n") and tables (rows of cell texts, with whether the
// row repeats as a header) — and each section's page size, so tests read what Word would show.
import JSZip from 'jszip';
import { XMLParser } from 'fast-xml-parser';

type Node = Record<string, unknown>;

export interface DocxParagraph {
  kind: 'p';
  text: string;
  fonts: string[];
}
export interface DocxTable {
  kind: 'table';
  rows: { header: boolean; cells: string[] }[];
}
export interface DocxSection {
  width: number;
  height: number;
  orient: string;
  headerIds: string[];
}
export interface DocxContent {
  blocks: (DocxParagraph | DocxTable)[];
  sections: DocxSection[];
  /** Text of every header part (word/header*.xml). */
  headers: Record<string, string>;
  /** Header part file for each relationship id. */
  relationships: Record<string, string>;
  documentXml: string;
}

const parser = new XMLParser({ preserveOrder: true, ignoreAttributes: false, attributeNamePrefix: '@', trimValues: false });

function children(node: Node, tag: string): Node[] {
  const list = node[tag];
  return Array.isArray(list) ? (list as Node[]) : [];
}

function attrs(node: Node): Record<string, string> {
  return (node[':@'] as Record<string, string> | undefined) ?? {};
}

function tagOf(node: Node): string {
  return Object.keys(node).find((k) => k !== ':@')!;
}

/** Text of a paragraph: w:t content, w:br and w:tab as "\n" and "\t". */
function paragraphText(p: Node[], fonts: Set<string>): string {
  let text = '';
  for (const item of p) {
    const tag = tagOf(item);
    if (tag === 'w:r') {
      for (const part of children(item, 'w:r')) {
        const t = tagOf(part);
        if (t === 'w:t') text += children(part, 'w:t').map((x) => String(x['#text'] ?? '')).join('');
        else if (t === 'w:br') text += '\n';
        else if (t === 'w:tab') text += '\t';
        else if (t === 'w:rPr') for (const prop of children(part, 'w:rPr')) if (tagOf(prop) === 'w:rFonts') fonts.add(attrs(prop)['@w:ascii'] ?? '');
      }
    } else if (tag === 'w:hyperlink' || tag === 'w:ins') {
      text += paragraphText(children(item, tag), fonts);
    }
  }
  return text;
}

function sectionOf(sectPr: Node[]): DocxSection {
  const out: DocxSection = { width: 0, height: 0, orient: 'portrait', headerIds: [] };
  for (const item of sectPr) {
    const tag = tagOf(item);
    const a = attrs(item);
    if (tag === 'w:pgSz') {
      out.width = Number(a['@w:w']);
      out.height = Number(a['@w:h']);
      out.orient = a['@w:orient'] ?? 'portrait';
    }
    if (tag === 'w:headerReference') out.headerIds.push(a['@r:id']!);
  }
  return out;
}

export async function readDocx(bytes: Uint8Array): Promise<DocxContent> {
  const zip = await JSZip.loadAsync(bytes);
  const documentXml = await zip.file('word/document.xml')!.async('string');
  const tree = parser.parse(documentXml) as Node[];
  const document = tree.find((n) => tagOf(n) === 'w:document')!;
  const body = children(document, 'w:document').find((n) => tagOf(n) === 'w:body')!;
  const blocks: (DocxParagraph | DocxTable)[] = [];
  const sections: DocxSection[] = [];
  for (const item of children(body, 'w:body')) {
    const tag = tagOf(item);
    if (tag === 'w:p') {
      const fonts = new Set<string>();
      const content = children(item, 'w:p');
      blocks.push({ kind: 'p', text: paragraphText(content, fonts), fonts: [...fonts] });
      const pPr = content.find((n) => tagOf(n) === 'w:pPr');
      const sect = pPr ? children(pPr, 'w:pPr').find((n) => tagOf(n) === 'w:sectPr') : undefined;
      if (sect) sections.push(sectionOf(children(sect, 'w:sectPr')));
    } else if (tag === 'w:tbl') {
      const rows = children(item, 'w:tbl')
        .filter((n) => tagOf(n) === 'w:tr')
        .map((tr) => {
          const parts = children(tr, 'w:tr');
          const trPr = parts.find((n) => tagOf(n) === 'w:trPr');
          const header = trPr ? children(trPr, 'w:trPr').some((n) => tagOf(n) === 'w:tblHeader') : false;
          const cells = parts
            .filter((n) => tagOf(n) === 'w:tc')
            .map((tc) =>
              children(tc, 'w:tc')
                .filter((n) => tagOf(n) === 'w:p')
                .map((p) => paragraphText(children(p, 'w:p'), new Set()))
                .join('\n'),
            );
          return { header, cells };
        });
      blocks.push({ kind: 'table', rows });
    } else if (tag === 'w:sectPr') {
      sections.push(sectionOf(children(item, 'w:sectPr')));
    }
  }
  const headers: Record<string, string> = {};
  for (const name of Object.keys(zip.files).filter((n) => /^word\/header\d+\.xml$/.test(n))) {
    const xml = await zip.file(name)!.async('string');
    headers[name.slice('word/'.length)] = [...xml.matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('');
  }
  const relsXml = await zip.file('word/_rels/document.xml.rels')!.async('string');
  const relationships: Record<string, string> = {};
  for (const m of relsXml.matchAll(/<Relationship [^>]*Id="([^"]+)"[^>]*Target="([^"]+)"/g)) relationships[m[1]!] = m[2]!;
  for (const m of relsXml.matchAll(/<Relationship [^>]*Target="([^"]+)"[^>]*Id="([^"]+)"/g)) relationships[m[2]!] = m[1]!;
  return { blocks, sections, headers, relationships, documentXml };
}
