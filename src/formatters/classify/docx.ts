// `classify --format docx`: the justification paragraphs as a Word document for the dossier
// (Times New Roman 13 pt, justified, first-line indent, as administrative documents are set).
import * as docxModule from 'docx';
import { justify } from '../../classify/justify.js';
import { CLASSIFY_UI } from '../../classify/messages.js';
import type { ClassifyReport } from '../../classify/report.js';
import { classifyHeader, plain } from './text.js';
import type { FormatContext } from '../types.js';

// docx's own typings do not resolve under NodeNext (its .d.ts files import each other without
// extensions), so the few constructors used here are declared; the tests read the document back.
type Options = Record<string, unknown>;
interface DocxNode {
  readonly __docxNode?: never;
}
type Ctor = new (options: Options) => DocxNode;
interface DocxApi {
  AlignmentType: Record<'CENTER' | 'JUSTIFIED', string>;
  HeadingLevel: Record<'TITLE' | 'HEADING_2', string>;
  Document: Ctor;
  Paragraph: Ctor;
  TextRun: Ctor;
  Packer: { toBuffer(document: DocxNode): Promise<Buffer> };
}
const { AlignmentType, HeadingLevel, Document, Packer, Paragraph, TextRun } = docxModule as unknown as DocxApi;
type Paragraph = DocxNode;

const FONT = 'Times New Roman';
/** docx sizes are half-points: 26 = 13 pt. */
const SIZE = 26;
/** 1 cm in twentieths of a point (twips) ≈ 567. */
const INDENT = 567;

function body(text: string): Paragraph {
  return new Paragraph({
    alignment: AlignmentType.JUSTIFIED,
    indent: { firstLine: INDENT },
    spacing: { after: 120, line: 312 },
    children: [new TextRun({ text: plain(text), font: FONT, size: SIZE })],
  });
}

function remark(text: string): Paragraph {
  return new Paragraph({ spacing: { after: 120 }, children: [new TextRun({ text: plain(text), font: FONT, size: 22, italics: true, color: '7F7F7F' })] });
}

export async function formatClassifyDocx(report: ClassifyReport, ctx: Pick<FormatContext, 'lang' | 'tool'>): Promise<Uint8Array> {
  const children: Paragraph[] = [
    new Paragraph({ heading: HeadingLevel.TITLE, alignment: AlignmentType.CENTER, children: [new TextRun({ text: CLASSIFY_UI.justifyTitle.vi.toUpperCase(), font: FONT, size: 28, bold: true })] }),
    remark(classifyHeader(report, 'vi')[1]!),
  ];
  if (ctx.lang === 'en') children.push(remark(CLASSIFY_UI.justifyInVietnamese.en));
  let n = 0;
  for (const s of report.systems) {
    if (!s.hasFacts) continue;
    n += 1;
    const j = justify(s);
    children.push(new Paragraph({ heading: HeadingLevel.HEADING_2, spacing: { before: 240, after: 120 }, children: [new TextRun({ text: `${n}. ${plain(j.title)}`, font: FONT, size: SIZE, bold: true })] }));
    for (const p of j.paragraphs) children.push(body(p));
    for (const r of j.remarks) children.push(remark(`(${r})`));
  }
  if (n === 0) children.push(remark('Chưa có hệ thống nào có dữ kiện phân loại (khóa classification:).'));
  const doc = new Document({
    creator: `${ctx.tool.name} ${ctx.tool.version}`,
    title: CLASSIFY_UI.justifyTitle.vi,
    styles: { default: { document: { run: { font: FONT, size: SIZE } } } },
    sections: [{ properties: { page: { margin: { top: 1134, bottom: 1134, left: 1701, right: 1134 } } }, children }],
  });
  return new Uint8Array(await Packer.toBuffer(doc));
}
