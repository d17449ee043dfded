// The report's only stylesheet, inlined: system fonts that cover Vietnamese (no web fonts, the
// file must open on a closed network), colours that survive black-and-white printing (every
// state also has a symbol or a word), and a print layout for A4.
export const REPORT_CSS = `
:root {
  --ink: #1b2430; --muted: #5b6675; --line: #d5dbe3; --paper: #fff; --band: #f4f6f9; --accent: #1f3a5f;
  --ok: #2e7d32; --ok-bg: #e6f4e7; --warn: #b26a00; --warn-bg: #fff3d6; --bad: #c62828; --bad-bg: #fde8e8;
  --a: #1f5fa8; --b: #7aa7d8;
}
* { box-sizing: border-box; }
[hidden] { display: none !important; }
html { -webkit-text-size-adjust: 100%; }
body {
  margin: 0; color: var(--ink); background: var(--band);
  font: 14px/1.45 system-ui, "Segoe UI", Roboto, "Noto Sans", "Helvetica Neue", "Liberation Sans", "DejaVu Sans", Arial, sans-serif;
}
main { max-width: 1160px; margin: 0 auto; padding: 24px 28px 40px; background: var(--paper); }
h1 { font-size: 24px; margin: 0 0 4px; color: var(--accent); }
h2 { font-size: 19px; margin: 32px 0 12px; padding-bottom: 4px; border-bottom: 2px solid var(--accent); color: var(--accent); }
h3 { font-size: 15px; margin: 20px 0 8px; }
p.note, .note { color: var(--muted); font-size: 12.5px; }
.org { font-size: 17px; font-weight: 600; margin: 0 0 14px; }
dl.meta { display: grid; grid-template-columns: max-content 1fr; gap: 3px 14px; margin: 0 0 8px; font-size: 13px; }
dl.meta dt { color: var(--muted); }
dl.meta dd { margin: 0; }
dl.meta ul { margin: 0; padding: 0; list-style: none; }
code, .mono { font-family: ui-monospace, "DejaVu Sans Mono", "Liberation Mono", Menlo, Consolas, monospace; font-size: 12px; }
nav.toc { margin: 12px 0 0; font-size: 13px; }
nav.toc a { color: var(--accent); margin-right: 14px; text-decoration: none; }
nav.toc a:hover { text-decoration: underline; }
.warning-line { background: var(--warn-bg); border-left: 4px solid var(--warn); padding: 6px 10px; margin: 8px 0; }

.cards { display: grid; grid-template-columns: repeat(auto-fill, minmax(240px, 1fr)); gap: 12px; }
.card { border: 1px solid var(--line); border-left: 5px solid var(--muted); border-radius: 6px; padding: 10px 12px; break-inside: avoid; }
.card.ok { border-left-color: var(--ok); } .card.warn { border-left-color: var(--warn); } .card.bad { border-left-color: var(--bad); }
.card h3 { margin: 0 0 6px; font-size: 13px; font-weight: 600; min-height: 2.6em; }
.card .big { font-size: 26px; font-weight: 700; line-height: 1.1; }
.card .pct { font-size: 15px; color: var(--muted); margin-left: 6px; }
.card .target { font-size: 12px; color: var(--muted); margin-top: 4px; }
.card .status-ok { color: var(--ok); font-weight: 600; } .card .status-bad { color: var(--bad); font-weight: 600; }
svg.meter { display: block; width: 100%; height: 8px; margin-top: 6px; }

.charts { display: grid; grid-template-columns: repeat(2, minmax(0, 1fr)); gap: 16px 24px; }
.charts figure { margin: 0; break-inside: avoid; }
.charts figure.wide { grid-column: 1 / -1; }
.charts figcaption { font-weight: 600; margin-bottom: 6px; font-size: 13.5px; }
svg.chart { display: block; max-width: 100%; height: auto; font-size: 12px; font-family: inherit; }
figure.wide svg.chart { margin-left: 0; }
svg.chart text { fill: var(--ink); }
svg.chart text.value { fill: var(--muted); font-size: 11.5px; }
svg.chart text.axis-label { font-size: 11px; }
svg .track { fill: #e9edf2; }
svg .axis { stroke: var(--line); stroke-width: 1; }
svg .target { stroke: var(--ink); stroke-width: 2; }
.fill-ok { fill: var(--ok); } .fill-warn { fill: #e39a0b; } .fill-bad { fill: var(--bad); }
.fill-muted { fill: #9aa5b1; } .fill-a { fill: var(--a); } .fill-b { fill: var(--b); }

table.data { width: 100%; border-collapse: collapse; font-size: 12.5px; margin: 4px 0 8px; }
table.data th, table.data td { border-bottom: 1px solid var(--line); padding: 4px 6px; text-align: left; vertical-align: top; }
table.data thead th { background: var(--band); font-weight: 600; position: sticky; top: 0; z-index: 1; }
table.data td.num, table.data th.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
table.data td.nowrap { white-space: nowrap; }
table.data tr.group th { background: #e8eef6; color: var(--accent); font-size: 13px; text-align: left; }
table.data tr.overdue td { background: var(--bad-bg); }
.sys-name { color: var(--muted); font-size: 11.5px; }
.cell-ok { background: var(--ok-bg); color: var(--ok); } .cell-warn { background: var(--warn-bg); color: var(--warn); }
.cell-bad { background: var(--bad-bg); color: var(--bad); } .cell-muted { color: var(--muted); }
table.matrix td.layer { text-align: center; font-weight: 700; }
table.matrix th.layer { text-align: center; width: 7.5em; }
table.plan, table.findings { table-layout: fixed; }
table.findings col.severity { width: 7.5em; } table.findings col.rule { width: 12.5em; } table.findings col.location { width: 17em; }
table.findings td.location code { word-break: break-all; font-size: 11px; }
table.plan col.due { width: 6.6em; } table.plan col.status { width: 11.5em; } table.plan col.system { width: 24%; }
table.plan col.owner { width: 15%; } table.plan col.level { width: 4.5em; }
table.heat td.num { min-width: 3.6em; }
table.heat td:first-child, table.figures td:first-child { min-width: 13em; }
table.figures { break-inside: avoid; }

.badge { display: inline-block; padding: 0 6px; border-radius: 9px; font-size: 11px; font-weight: 600; white-space: nowrap; border: 1px solid transparent; }
.badge.error { background: var(--bad-bg); color: var(--bad); border-color: #f3b7b7; }
.badge.warning { background: var(--warn-bg); color: var(--warn); border-color: #f1d08a; }
.badge.info { background: #e7f0fb; color: var(--a); border-color: #b9d2ee; }
.badge.suppressed { background: #eef0f3; color: var(--muted); border-color: var(--line); }
.badge.overdue { background: var(--bad); color: #fff; }
.waiver { color: var(--muted); font-size: 11.5px; }

.filters { display: flex; flex-wrap: wrap; gap: 10px 18px; align-items: end; margin: 8px 0 6px; padding: 8px 10px; background: var(--band); border-radius: 6px; }
.filters label { display: flex; flex-direction: column; font-size: 12px; color: var(--muted); gap: 2px; }
.filters select, .filters input { font: inherit; font-size: 13px; padding: 3px 6px; min-width: 160px; }
.filters output { margin-left: auto; font-size: 12.5px; }
.print-choice { font-size: 12.5px; margin: 8px 0 0; }
.summary-only { display: none; }
footer { margin-top: 36px; padding-top: 8px; border-top: 1px solid var(--line); color: var(--muted); font-size: 12px; }

@media (max-width: 760px) {
  main { padding: 14px; }
  .charts { grid-template-columns: 1fr; }
}

@page { size: A4; margin: 12mm 11mm 14mm; }
@media print {
  body { background: #fff; font-size: 10pt; }
  main { max-width: none; padding: 0; }
  * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  nav.toc, .filters, .print-choice, .no-print { display: none !important; }
  /* The summary printout (the default): what a director reads, without file positions, rule ids,
     the per-system matrix and every finding; the checkbox on screen prints the full detail. */
  body.print-summary .detail { display: none !important; }
  body.print-summary .summary-only { display: block; }
  body.print-summary section.page { break-before: auto; }
  body.print-summary section#owners { break-before: page; }
  h2 { break-after: avoid; margin-top: 18px; }
  h3 { break-after: avoid; }
  section.page { break-before: page; }
  table.data { font-size: 8.5pt; }
  table.data thead th { position: static; }
  table.data th, table.data td { padding: 3px 4px; }
  table.heat td.num { min-width: 0; }
  table.heat th.num { white-space: normal; }
  table.data tr { break-inside: avoid; }
  .cards { grid-template-columns: repeat(3, 1fr); gap: 8px; }
  .card .big { font-size: 20px; }
  .charts { gap: 10px 18px; }
}
`;
