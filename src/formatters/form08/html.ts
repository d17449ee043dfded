// Form 08 as an HTML preview: one self-contained page laid out like the printed form (national
// heading block, parts 1 and 2, the 12-column table, annexes, findings). No script at all; inline
// CSS allowed by hash in a Content-Security-Policy; every inventory string escaped. Printing gives
// A4 portrait for parts 1–2 and landscape for the table, with the table header on every page.
import { createHash } from 'node:crypto';
import type { Lang } from '../../i18n/lang.js';
import { part1Lines, part2Items, rowCells } from '../../form08/cells.js';
import { COLUMN_HEADERS, DRAFT_STAMP, HEADING, PART1_LABELS, PART2, SECTIONS } from '../../form08/labels.js';
import type { Form08Document } from '../../form08/model.js';
import { html, trusted } from '../report/html/escape.js';
import { annexBlocks, appendixTitle, findingLine, periodLine, type Block } from './blocks.js';

const CSS = `
@page { size: A4 portrait; margin: 20mm 15mm 20mm 30mm; }
@page table { size: A4 landscape; margin: 15mm; }
body { font-family: "Times New Roman", Times, "Liberation Serif", serif; font-size: 13pt; color: #000; max-width: 1200px; margin: 1em auto; padding: 0 1em; }
.heading { display: grid; grid-template-columns: 1fr 1fr; text-align: center; margin-bottom: 1em; }
.heading p { margin: 0.1em 0; }
.upper { font-weight: bold; text-transform: none; }
.motto { font-weight: bold; }
.placedate { font-style: italic; }
.center { text-align: center; }
.period { text-align: center; font-style: italic; }
h2 { font-size: 13pt; margin: 1em 0 0.4em; }
h3 { font-size: 13pt; font-style: italic; margin: 0.6em 0 0.2em; }
p.item { margin: 0.15em 0; text-align: justify; }
.part3 { page: table; break-before: page; }
table { border-collapse: collapse; width: 100%; font-size: 10.5pt; }
th, td { border: 1px solid #000; padding: 3px 4px; vertical-align: top; }
th { text-align: center; vertical-align: middle; }
thead { display: table-header-group; }
tr { break-inside: avoid; }
td.n { text-align: center; }
.note { font-style: italic; }
.draft { position: fixed; top: 4mm; left: 0; right: 0; text-align: center; color: #c00000; font-weight: bold; font-size: 14pt; }
.findings li { font-size: 11pt; }
`;

function sha256(text: string): string {
  return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
}

/** One annex block in pieces: a table comes row by row (an annex can list every system). */
function* block(b: Block): Generator<string> {
  if (b.kind === 'heading') yield html`<h3>${b.text}</h3>`.value;
  else if (b.kind === 'note') yield html`<p class="note">${b.text}</p>`.value;
  else {
    yield html`<table><thead><tr>${b.headers.map((h) => html`<th>${h}</th>`)}</tr></thead><tbody>`.value;
    for (const r of b.rows) yield html`<tr>${r.map((c) => html`<td>${c}</td>`)}</tr>`.value;
    yield '</tbody></table>';
  }
}

/**
 * The page in pieces, in order: at a national inventory's size (issue 17) the page is ~1 GB, more
 * than one JavaScript string can hold, so the part-3 rows, the annex rows and the findings come one
 * by one. Joined, the pieces are the page the single-string template used to print.
 */
export function* form08HtmlChunks(doc: Form08Document, options: { lang: Lang; draft: boolean }): Generator<string> {
  // One write per ~256 KB, not per row: a write per piece cost as much system time as the rendering.
  const SIZE = 1 << 18;
  let pending: string[] = [];
  let length = 0;
  for (const piece of pagePieces(doc, options)) {
    pending.push(piece);
    length += piece.length;
    if (length >= SIZE) {
      yield pending.join('');
      pending = [];
      length = 0;
    }
  }
  if (length > 0) yield pending.join('');
}

function* pagePieces(doc: Form08Document, options: { lang: Lang; draft: boolean }): Generator<string> {
  const csp = `default-src 'none'; style-src ${sha256(CSS)}; img-src 'none'; base-uri 'none'; form-action 'none'`;
  const issuer = doc.organization.owner?.name ?? HEADING.issuerPlaceholder;
  const centered = new Set([0, 4, 8, 10]);
  const findings = [...doc.findings.filter((f) => f.severity === 'error'), ...doc.findings.filter((f) => f.severity === 'warning')];
  yield html`<!doctype html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<title>Mẫu số 08 · ${issuer} · ${doc.period.year}</title>
<style>${trusted(CSS)}</style>
</head>
<body>
${options.draft ? html`<div class="draft">${DRAFT_STAMP}</div>` : ''}
<div class="heading">
<div><p class="upper">${issuer.toLocaleUpperCase('vi')}</p><p>${HEADING.number}</p><p>${HEADING.subject}</p></div>
<div><p class="upper">${HEADING.nation}</p><p class="motto">${HEADING.motto}</p><p class="placedate">${HEADING.placeDate}</p></div>
</div>
<p class="center">${HEADING.addressee}</p>
<p class="period">${periodLine(doc)}</p>
<h2>${SECTIONS.part1}</h2>
${part1Lines(doc.part1).map(({ key, value }) => html`<p class="item" data-part1="${key}">- ${PART1_LABELS[key]}: <b>${value}</b></p>`)}
<h2>${SECTIONS.part2}</h2>
${(['owner', 'dedicatedUnit'] as const).map(
  (party) =>
    html`<h3>${PART2[party].heading}</h3>${part2Items(party === 'owner' ? doc.organization.owner : doc.organization.dedicated_unit, PART2[party].labels).map(
      (item) => html`<p class="item">${item.label}: ${item.value}</p>`,
    )}`,
)}
<section class="part3">
<h2>${SECTIONS.part3}</h2>
<table id="part3">
<thead><tr>${COLUMN_HEADERS.map((h) => html`<th>${h}</th>`)}</tr><tr>${COLUMN_HEADERS.map((_, i) => html`<th>(${i + 1})</th>`)}</tr></thead>
<tbody>
`.value;
  for (const row of doc.rows) yield html`<tr>${rowCells(row).map((c, i) => html`<td${centered.has(i) ? trusted(' class="n"') : ''}>${c}</td>`)}</tr>\n`.value;
  yield '\n</tbody>\n</table>\n';
  for (const b of annexBlocks(doc)) yield* block(b);
  yield '\n';
  if (findings.length > 0) {
    yield html`<h3>${appendixTitle(options.lang)}</h3><ul class="findings">`.value;
    for (const f of findings) yield html`<li>${findingLine(f, options.lang)}</li>`.value;
    yield '</ul>';
  }
  yield '\n</section>\n</body>\n</html>\n';
}
