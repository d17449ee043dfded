// The implementation before streaming and the national-scale cut (issue 17), kept as the oracle of
// test/report/streamed.test.ts: below the cut the streamed report must equal it byte for byte.
// The HTML report: one self-contained file a director can open from disk and print for the
// meeting. Inline CSS, inline SVG and one small inline script; a Content-Security-Policy that
// allows exactly those (by hash) and nothing else, so even a mistake in escaping could not run
// injected script or load anything from a network. Pure: model in, text out.
import { visibleData } from '../../../src/formatters/common/visible-text.js';
import { createHash } from 'node:crypto';
import { classificationLine } from '../../../src/classify/gap.js';
import type { Finding } from '../../../src/engine/finding.js';
import { figureCount, type Figure, type GapTotals, type LayerState } from '../../../src/gap/compute.js';
import { BASE_NOTES, figureTitleIn, legendIn, LAYER_SYMBOLS, SHORT_TITLES } from '../../../src/gap/messages.js';
import { interpolate, textIn, type Lang } from '../../../src/i18n/lang.js';
import { UI } from '../../../src/i18n/messages.js';
import { LAYERS } from '../../../src/model/vocabulary.js';
import { compareOwners } from '../../../src/model/owner.js';
import type { PlanItem } from '../../../src/plan/compute.js';
import { PLAN_UI } from '../../../src/plan/messages.js';
import type { Severity } from '../../../src/rules/rule.js';
import { displayDate, displayDatesIn, REPORT_UI } from '../../../src/report/messages.js';
import type { ReportModel, ReportPeriod } from '../../../src/report/model.js';
import { DOCUMENT_UI } from '../../../src/report/document-messages.js';
import { FIGURE_IDS, type FigureId } from '../../../src/rules/targets.js';
import { formatPercent } from '../../../src/formatters/gap/text.js';
import { hbarChart, meter, vbarChart, type Tone } from '../../../src/formatters/report/html/charts.js';
import { html, trusted, type SafeHtml } from '../../../src/formatters/report/html/escape.js';
import { FILTER_SCRIPT } from '../../../src/formatters/report/html/script.js';
import { REPORT_CSS } from '../../../src/formatters/report/html/style.js';

const T = REPORT_UI;
const D = DOCUMENT_UI;
const OWNER_CHART_MAX = 30;

function sha256(text: string): string {
  return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
}

/** Green when the target is met, red below half of it, amber in between; grey when not measured. */
function figureTone(figure: Pick<Figure, 'percent' | 'met' | 'target'>): Tone {
  if (figure.percent === null) return 'muted';
  if (figure.met === true) return 'ok';
  if (figure.target && figure.percent < figure.target.percent / 2) return 'bad';
  return figure.target ? 'warn' : 'a';
}

function ratioTone(count: number | null, of: number | null): string {
  if (count === null || of === null || of === 0) return 'cell-muted';
  if (count >= of) return 'cell-ok';
  return count * 2 < of ? 'cell-bad' : 'cell-warn';
}

function baseOf(totals: GapTotals, id: FigureId): number | null {
  return id === 'auditsCurrent' ? totals.auditsRequired : id === 'drillsCurrent' ? totals.drillsRequired : totals.operating;
}

/** "13/41"; "—" when the figure is not measured or nothing counts toward it (0/0). */
function ratio(count: number | null, of: number | null): string {
  return count === null || of === null || of === 0 ? '—' : `${count}/${of}`;
}

function percentText(percent: number | null, lang: Lang): string {
  return percent === null ? '—' : `${formatPercent(percent, lang)}%`;
}

function targetLabel(figure: Figure, lang: Lang): string {
  if (!figure.target) return T.figure.noTarget[lang];
  const p = `${formatPercent(figure.target.percent, lang)}%`;
  return figure.target.by ? interpolate(T.figure.targetBy[lang], { p, d: displayDate(figure.target.by, lang) }) : p;
}

function periodText(period: ReportPeriod, lang: Lang): string {
  return interpolate(D.period.value[lang], { q: period.quarter.quarter, y: period.quarter.year, from: displayDate(period.from, lang), to: displayDate(period.to, lang) });
}

function levelName(level: number | null, lang: Lang): string {
  return level === null ? T.level.none[lang] : interpolate(T.level.name[lang], { n: level });
}

function header(model: ReportModel, lang: Lang): SafeHtml {
  const s = model.result.summary;
  const { date, time } = model.generated;
  const regime = model.result.regime;
  return html`<header>
<h1>${T.title[lang]}</h1>
<p class="org">${model.organization ?? T.header.unnamed[lang]}</p>
<dl class="meta">
${model.period ? html`<dt>${D.period.label[lang]}</dt><dd><strong>${periodText(model.period, lang)}</strong></dd>` : ''}
<dt>${T.header.asOf[lang]}</dt><dd><strong>${displayDate(model.asOf, lang)}</strong> (${interpolate(T.header.timeZone[lang], { z: model.timeZone })})</dd>
<dt>${T.header.systems[lang]}</dt><dd>${interpolate(T.header.scope[lang], { systems: s.systems, operating: s.operating })}</dd>
<dt>${T.header.files[lang]}</dt><dd><ul>${model.files.map((f) => html`<li><code>${f}</code></li>`)}</ul></dd>
${regime ? html`<dt>${T.header.regime[lang]}</dt><dd><strong>${regime.id}</strong>${regime.provisional ? ` (${T.header.provisional[lang]})` : ''} — ${displayDatesIn(regime.reason[lang], lang)}${regime.warning ? html`<div class="warning-line">${regime.warning[lang]}</div>` : ''}</dd>` : ''}
<dt>${T.header.rules[lang]}</dt><dd>${interpolate(T.header.ruleCount[lang], { n: model.result.rules.length })} <span class="note detail"> · ${model.ruleFiles.join(', ')}</span></dd>
<dt>${T.header.generated[lang]}</dt><dd>${displayDate(date, lang)} ${time} (${model.timeZone})</dd>
<dt>${T.header.tool[lang]}</dt><dd>${model.tool.name} ${model.tool.version}</dd>
</dl>
${s.invalid > 0 ? html`<p class="warning-line">${interpolate(T.header.invalid[lang], { n: s.invalid })}</p>` : ''}
<p class="print-choice" hidden><label><input type="checkbox" name="print-full"> ${D.print.full[lang]}</label></p>
<p class="note summary-only">${D.print.summaryNote[lang]}</p>
<nav class="toc" aria-label="${T.nav[lang]}">${(['figures', 'charts', 'targets', 'owners', 'matrix', 'findings', 'plan'] as const).map(
    (id) => html`<a href="#${id}">${T.section[id][lang]}</a>`,
  )}</nav>
</header>`;
}

function figureCard(figure: Figure, lang: Lang, layerNames?: ReportModel['gap']['layerNames']): SafeHtml {
  const tone = figureTone(figure);
  const title = figureTitleIn(figure.id, lang, layerNames);
  const status =
    figure.met === true
      ? html`<span class="status-ok">${T.figure.met[lang]}</span>`
      : figure.shortfall
        ? html`<span class="status-bad">${interpolate(T.figure.missing[lang], { n: figure.shortfall })}</span>`
        : '';
  const base = figure.base === 'operating' ? '' : html`<div class="note" title="${BASE_NOTES[figure.base][lang]}">${T.figure.base[figure.base][lang]}</div>`;
  return html`<div class="card ${tone}" data-figure="${figure.id}"${figure.target?.basis ? html` title="${figure.target.basis}"` : ''}>
<h3>${title}</h3>
<div><span class="big">${figure.count === null ? T.figure.notMeasured[lang] : ratio(figure.count, figure.of)}</span><span class="pct">${percentText(figure.percent, lang)}</span></div>
${meter(figure.percent, figure.target?.percent, tone, `${title}: ${percentText(figure.percent, lang)}`)}
<div class="target">${interpolate(T.figure.target[lang], { t: targetLabel(figure, lang) })}${status ? html` · ${status}` : ''}</div>
${base}
</div>`;
}

function figuresSection(model: ReportModel, lang: Lang): SafeHtml {
  const f = model.gap.totals.findings;
  const findingsTone = f.errors > 0 ? 'bad' : f.warnings > 0 ? 'warn' : 'ok';
  return html`<section id="figures">
<h2>${T.section.figures[lang]}</h2>
<div class="cards">
${model.gap.figures.map((figure) => figureCard(figure, lang, model.gap.layerNames))}
<div class="card ${findingsTone}" data-figure="findings">
<h3>${T.figure.openFindings[lang]}</h3>
<div><span class="big">${f.errors}</span><span class="pct">${T.figure.errorsUnit[lang]}</span></div>
<div class="target">${interpolate(T.figure.findingsDetail[lang], { errors: f.errors, warnings: f.warnings, suppressed: f.suppressed })}</div>
</div>
${classificationCard(model, lang)}
</div>
</section>`;
}

/** Classification (issue #15): systems whose level is settled by known facts, and those under the minimum. */
function classificationCard(model: ReportModel, lang: Lang): SafeHtml {
  const c = model.gap.classification;
  const tone = c.underLevel ? 'bad' : c.classified === c.operating ? 'ok' : 'warn';
  return html`<div class="card ${tone}" data-figure="classification">
<h3>${lang === 'vi' ? 'Phân loại cấp độ theo tiêu chí' : 'Classified by the legal criteria'}</h3>
<div><span class="big">${c.classified}/${c.operating}</span></div>
<div class="target">${classificationLine(c, lang)}</div>
</div>`;
}

function targetsSection(model: ReportModel, lang: Lang): SafeHtml {
  return html`<section id="targets">
<h2>${T.section.targets[lang]}</h2>
<table class="data figures">
<thead><tr><th>${T.col.figure[lang]}</th><th class="num">${T.col.systems[lang]}</th><th class="num">${T.col.percent[lang]}</th><th>${T.col.targetPercent[lang]}</th><th class="num">${T.col.missing[lang]}</th><th>${T.col.basis[lang]}</th></tr></thead>
<tbody>${model.gap.figures.map(
    (figure) =>
      html`<tr><td>${figureTitleIn(figure.id, lang, model.gap.layerNames)}</td><td class="num">${ratio(figure.count, figure.of)}</td><td class="num">${percentText(figure.percent, lang)}</td><td class="nowrap">${targetLabel(figure, lang)}</td><td class="num">${figure.shortfall ?? '—'}</td><td class="note">${figure.target?.basis ?? ''}</td></tr>`,
  )}</tbody>
</table>
</section>`;
}

function monthLabel(month: string, lang: Lang): string {
  const m = Number(month.slice(5, 7));
  const mon = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'][m - 1]!;
  return interpolate(T.chart.month[lang], { m, yyyy: month.slice(0, 4), mon });
}

function chartsSection(model: ReportModel, lang: Lang): SafeHtml {
  const coverage = hbarChart({
    id: 'chart-coverage',
    title: T.chart.coverage[lang],
    rows: model.gap.figures.map((figure) => ({
      label: figureTitleIn(figure.id, lang, model.gap.layerNames),
      bars: [{ percent: figure.percent, tone: figureTone(figure), text: `${ratio(figure.count, figure.of)} · ${percentText(figure.percent, lang)}` }],
      ...(figure.target ? { target: figure.target.percent } : {}),
    })),
    labelWidth: 340,
    labelChars: 48,
  });
  // A national inventory has hundreds of units: chart the largest, the table lists them all.
  const chartedOwners =
    model.gap.byOwner.length <= OWNER_CHART_MAX
      ? model.gap.byOwner
      : [...model.gap.byOwner].sort((a, b) => b.totals.operating - a.totals.operating).slice(0, OWNER_CHART_MAX).sort((a, b) => compareOwners(a.owner, b.owner));
  const owners = hbarChart({
    id: 'chart-owners',
    title: T.chart.owners[lang],
    legend: [
      { tone: 'a', text: T.chart.approved[lang] },
      { tone: 'b', text: T.chart.allLayers[lang] },
    ],
    rows: chartedOwners.map(({ owner, totals }) => ({
      label: owner,
      bars: [
        { percent: pct(totals.approved, totals.operating), tone: 'a' as const, text: `${ratio(totals.approved, totals.operating)} · ${percentText(pct(totals.approved, totals.operating), lang)}` },
        { percent: pct(totals.layers.all, totals.operating), tone: 'b' as const, text: `${ratio(totals.layers.all, totals.operating)} · ${percentText(pct(totals.layers.all, totals.operating), lang)}` },
      ],
    })),
    labelWidth: 340,
    labelChars: 48,
  });
  const levels = vbarChart({
    id: 'chart-levels',
    title: T.chart.levels[lang],
    bars: model.levels.map(({ level, count }) => ({
      label: level === null ? T.level.noneShort[lang] : levelName(level, lang),
      tooltip: `${levelName(level, lang)}: ${count} ${T.chart.systemsUnit[lang]}`,
      value: count,
      tone: level === null ? ('bad' as const) : ('a' as const),
    })),
    barWidth: 50,
  });
  const audits = vbarChart({
    id: 'chart-audits',
    title: T.chart.auditsDue[lang],
    bars: [
      { label: T.chart.overdue[lang], value: model.auditsDue.overdue, tone: 'bad' as const },
      ...model.auditsDue.months.map((m) => ({ label: monthLabel(m.month, lang), value: m.count, tone: 'a' as const })),
    ],
    barWidth: 34,
  });
  return html`<section id="charts">
<h2>${T.section.charts[lang]}</h2>
<div class="charts">
<figure class="wide"><figcaption>${T.chart.coverage[lang]} <span class="note">(${T.chart.coverageNote[lang]})</span></figcaption>${coverage}</figure>
<figure class="wide"><figcaption>${T.chart.owners[lang]}${
    chartedOwners.length < model.gap.byOwner.length
      ? html` <span class="note">(${interpolate(T.chart.largestOwners[lang], { n: chartedOwners.length, total: model.gap.byOwner.length })})</span>`
      : ''
  }</figcaption>${owners}</figure>
<figure><figcaption>${T.chart.levels[lang]}</figcaption>${levels}</figure>
<figure><figcaption>${T.chart.auditsDue[lang]}</figcaption>${audits}</figure>
</div>
</section>`;
}

function pct(count: number, of: number): number | null {
  return of === 0 ? null : Math.round((count * 1000) / of) / 10;
}

function ownersSection(model: ReportModel, lang: Lang): SafeHtml {
  const row = (label: SafeHtml | string, totals: GapTotals, strong = false): SafeHtml =>
    html`<tr${strong ? html` class="total"` : ''}><td>${strong ? html`<strong>${label}</strong>` : label}</td><td class="num">${totals.operating}</td>${FIGURE_IDS.map((id) => {
      const count = figureCount(totals, id);
      const of = baseOf(totals, id);
      return html`<td class="num ${ratioTone(count, of)}">${ratio(count, of)}</td>`;
    })}<td class="num">${totals.findings.errors}</td><td class="num">${totals.findings.warnings}</td></tr>`;
  return html`<section id="owners" class="page">
<h2>${T.section.owners[lang]}</h2>
<table class="data heat">
<thead><tr><th>${T.col.owner[lang]}</th><th class="num">${T.owners.operating[lang]}</th>${FIGURE_IDS.map(
    (id) => html`<th class="num" title="${figureTitleIn(id, lang, model.gap.layerNames)}">${SHORT_TITLES[id][lang]}</th>`,
  )}<th class="num">${T.col.errors[lang]}</th><th class="num">${T.col.warnings[lang]}</th></tr></thead>
<tbody>${model.gap.byOwner.map(({ owner, totals }) => row(owner, totals))}${row(T.owners.total[lang], model.gap.totals, true)}</tbody>
</table>
<p class="note">${legendIn(T.owners.note[lang], lang, model.gap.layerNames)}</p>
</section>`;
}

const STATE_CLASS: Record<LayerState, string> = { 'in-place': 'cell-ok', missing: 'cell-bad', ended: 'cell-warn', 'not-yet': 'cell-warn' };

function matrixSection(model: ReportModel, lang: Lang): SafeHtml {
  const rows = model.gap.matrix;
  const groups = new Map<string, typeof rows>();
  for (const row of rows) {
    const group = groups.get(row.owner);
    if (group) group.push(row);
    else groups.set(row.owner, [row]);
  }
  const columns = 3 + LAYERS.length;
  return html`<section id="matrix" class="page detail">
<h2>${T.section.matrix[lang]}</h2>
<p class="note">${legendIn(T.matrix.legend[lang], lang, model.gap.layerNames)}</p>
${
  rows.length === 0
    ? html`<p>${T.matrix.empty[lang]}</p>`
    : html`<table class="data matrix">
<thead><tr><th>${T.col.system[lang]}</th><th class="num">${T.col.level[lang]}</th>${LAYERS.map((layer) => html`<th class="layer" title="${figureTitleIn(`layers.${layer}`, lang, model.gap.layerNames)}">${model.gap.layerNames?.[layer] ? T.layerShort[layer][lang].split(' · ')[0] : T.layerShort[layer][lang]}</th>`)}<th class="layer">${T.col.all4[lang]}</th></tr></thead>
${[...groups].map(
  ([owner, members]) => html`<tbody><tr class="group"><th colspan="${columns}">${owner}</th></tr>${members.map(
    (m) =>
      html`<tr data-system="${m.system}"><td><code>${m.system}</code><div class="sys-name">${m.name}</div></td><td class="num">${m.level ?? '—'}</td>${LAYERS.map(
        (layer) => html`<td class="layer ${STATE_CLASS[m.layers[layer]]}" title="${T.layerState[m.layers[layer]][lang]}">${LAYER_SYMBOLS[m.layers[layer]]}</td>`,
      )}<td class="layer ${m.all ? 'cell-ok' : 'cell-bad'}">${m.all ? '✓' : '✗'}</td></tr>`,
  )}</tbody>`,
)}
</table>`
}
</section>`;
}

function findingsSection(model: ReportModel, lang: Lang): SafeHtml {
  const findings = model.result.findings;
  const ruleTitles = new Map(model.result.rules.map((rule) => [rule.id, rule.title[lang]]));
  const byRule = new Map<string, { severity: Severity; open: number; suppressed: number; systems: Set<string> }>();
  for (const f of findings) {
    const entry = byRule.get(f.rule) ?? { severity: f.severity, open: 0, suppressed: 0, systems: new Set<string>() };
    if (f.suppressed) entry.suppressed += 1;
    else entry.open += 1;
    if (f.system !== null) entry.systems.add(f.system);
    byRule.set(f.rule, entry);
  }
  const ruleRows = [...byRule].sort(([a, x], [b, y]) => y.open - x.open || (a < b ? -1 : 1));

  // Groups: one per system, ordered by owner unit then system id; problems of whole files last.
  const groups = new Map<string, Finding[]>();
  for (const f of findings) {
    const key = f.system ?? `\u0000${f.file}`;
    const group = groups.get(key);
    if (group) group.push(f);
    else groups.set(key, [f]);
  }
  const ownerOf = (key: string): string => model.ownerOf.get(key) ?? '';
  const ordered = [...groups].sort(
    ([a], [b]) => Number(a.startsWith('\u0000')) - Number(b.startsWith('\u0000')) || compareOwners(ownerOf(a), ownerOf(b)) || (a < b ? -1 : a > b ? 1 : 0),
  );
  const systems = new Map(model.systems.map((s) => [s.id, s]));
  const owners = model.gap.byOwner.map((o) => o.owner);

  const groupHead = (key: string, first: Finding): SafeHtml => {
    if (key.startsWith('\u0000')) return html`${T.findings.inventoryProblems[lang]} · <code>${first.file}</code>`;
    const system = systems.get(key);
    if (!system) return html`<code>${key}</code> · ${T.findings.inventoryProblems[lang]}`;
    return html`<code>${system.id}</code> ${system.name} · <span class="note">${system.owner} · ${levelName(system.level, lang)}</span>`;
  };
  const row = (f: Finding): SafeHtml => {
    const badge = f.suppressed ? html`<span class="badge suppressed">${UI.suppressed[lang]}</span>` : html`<span class="badge ${f.severity}">${UI.severity[f.severity][lang]}</span>`;
    const waiver = f.waiver
      ? html`<div class="waiver">↳ ${displayDatesIn(interpolate(UI.waivedUntil[lang], { d: f.waiver.expires, reason: f.waiver.reason }), lang)}${f.waiver.approved_by ? ` (${f.waiver.approved_by})` : ''}</div>`
      : '';
    return html`<tr class="finding" data-severity="${f.severity}" data-suppressed="${f.suppressed ? '1' : '0'}" data-owner="${f.system === null ? '' : ownerOf(f.system)}"><td class="nowrap">${badge}</td><td>${displayDatesIn(f.message[lang], lang)}${waiver}</td><td><code>${f.rule}</code></td><td class="location"><code>${f.file}:${f.line}:${f.column}</code></td></tr>`;
  };
  const showing = T.findings.showing[lang];
  return html`<section id="findings" class="page">
<h2>${T.section.findings[lang]}</h2>
<h3>${T.findings.byRule[lang]}</h3>
${
  findings.length === 0
    ? html`<p>${T.findings.none[lang]}</p>`
    : html`<table class="data">
<thead><tr><th class="detail">${T.col.rule[lang]}</th><th>${T.col.ruleTitle[lang]}</th><th>${T.col.severity[lang]}</th><th class="num">${T.findings.open[lang]}</th><th class="num">${T.col.suppressed[lang]}</th><th class="num">${T.findings.systems[lang]}</th></tr></thead>
<tbody>${ruleRows.map(
        ([id, e]) =>
          html`<tr><td class="detail"><code>${id}</code></td><td>${ruleTitles.get(id) ?? ''}</td><td><span class="badge ${e.severity}">${UI.severity[e.severity][lang]}</span></td><td class="num">${e.open}</td><td class="num">${e.suppressed}</td><td class="num">${e.systems.size}</td></tr>`,
      )}</tbody>
</table>
<div class="detail">
<h3>${T.findings.list[lang]}</h3>
<div class="filters" hidden>
<label>${T.findings.filterSeverity[lang]}<select name="severity"><option value="">${T.findings.all[lang]}</option>${(['error', 'warning', 'info'] as const).map(
        (s) => html`<option value="${s}">${UI.severity[s][lang]}</option>`,
      )}<option value="suppressed">${UI.suppressed[lang]}</option></select></label>
<label>${T.findings.filterOwner[lang]}<select name="owner"><option value="">${T.findings.all[lang]}</option>${owners.map((o) => html`<option value="${o}">${o}</option>`)}</select></label>
<label>${T.findings.filterText[lang]}<input name="q" type="search" autocomplete="off" placeholder="${D.search.placeholder[lang]}"></label>
<output data-template="${showing}">${interpolate(showing, { n: findings.length, total: findings.length })}</output>
</div>
<table class="data findings">
<colgroup><col class="severity"><col><col class="rule"><col class="location"></colgroup>
<thead><tr><th>${T.col.severity[lang]}</th><th>${T.findings.message[lang]}</th><th>${T.col.rule[lang]}</th><th>${T.findings.location[lang]}</th></tr></thead>
${ordered.map(([key, list]) => html`<tbody class="group"><tr class="group"><th colspan="4">${groupHead(key, list[0]!)}</th></tr>${list.map(row)}</tbody>`)}
</table>
</div>`
}
</section>`;
}

function planTable(items: readonly PlanItem[], lang: Lang): SafeHtml {
  if (items.length === 0) return html`<p class="note">${T.plan.nothing[lang]}</p>`;
  const status = (item: PlanItem): SafeHtml =>
    item.daysLeft === null
      ? html`<span class="badge overdue">${PLAN_UI.status.undated[lang]}</span>`
      : item.daysLeft < 0
      ? html`<span class="badge overdue">${item.daysLeft === -1 ? T.plan.dayOverdue[lang] : interpolate(T.plan.daysOverdue[lang], { n: -item.daysLeft })}</span>`
      : html`${item.daysLeft === 0 ? T.plan.today[lang] : item.daysLeft === 1 ? T.plan.dayLeft[lang] : interpolate(T.plan.daysLeft[lang], { n: item.daysLeft })}`;
  return html`<table class="data plan">
<colgroup><col class="due"><col class="status"><col class="system"><col class="owner"><col class="level"><col></colgroup>
<thead><tr><th>${T.col.due[lang]}</th><th>${T.plan.status[lang]}</th><th>${T.col.system[lang]}</th><th>${T.col.owner[lang]}</th><th class="num">${T.col.level[lang]}</th><th>${T.col.kind[lang]}</th></tr></thead>
<tbody>${items.map(
    (item) =>
      html`<tr class="${item.overdue ? 'overdue' : ''}" data-kind="${item.kind}"><td class="nowrap">${item.due === null ? '—' : displayDate(item.due, lang)}</td><td class="nowrap">${status(item)}</td><td><code class="detail">${item.system}</code><div class="sys-name">${item.name}</div></td><td>${item.owner}</td><td class="num">${item.level ?? '—'}</td><td><strong>${item.title[lang]}</strong><div class="detail">${displayDatesIn(item.detail[lang], lang)}</div><div class="note detail">${textIn(item.basis, lang)}</div></td></tr>`,
  )}</tbody>
</table>`;
}

/** The summary printout's overdue list: one line per system, its overdue tasks together. */
function overdueBySystem(items: readonly PlanItem[], lang: Lang): SafeHtml {
  if (items.length === 0) return html``;
  const systems = new Map<string, { item: PlanItem; titles: string[]; oldest: string | null }>();
  for (const item of items) {
    const entry = systems.get(item.system) ?? { item, titles: [], oldest: null };
    if (!entry.titles.includes(item.title[lang])) entry.titles.push(item.title[lang]);
    if (item.due !== null && (entry.oldest === null || item.due < entry.oldest)) entry.oldest = item.due;
    systems.set(item.system, entry);
  }
  const rows = [...systems.values()].sort((a, b) => compareOwners(a.item.owner, b.item.owner) || (a.item.system < b.item.system ? -1 : 1));
  return html`<div class="summary-only"><table class="data plan-summary">
<thead><tr><th>${T.col.owner[lang]}</th><th>${T.col.name[lang]}</th><th class="num">${T.col.level[lang]}</th><th>${T.col.kind[lang]}</th><th>${D.col.overdueSince[lang]}</th></tr></thead>
<tbody>${rows.map(
    ({ item, titles, oldest }) =>
      html`<tr><td>${item.owner}</td><td>${item.name}</td><td class="num">${item.level ?? '—'}</td><td>${titles.join('; ')}</td><td class="nowrap">${oldest === null ? '—' : displayDate(oldest, lang)}</td></tr>`,
  )}</tbody>
</table></div>`;
}

function planSection(model: ReportModel, lang: Lang): SafeHtml {
  const { plan } = model;
  const quarter = interpolate(T.plan.quarter[lang], { q: plan.quarter.quarter, y: plan.quarter.year });
  return html`<section id="plan" class="page">
<h2>${T.section.plan[lang]}</h2>
<p>${interpolate(T.plan.window[lang], { q: quarter, from: displayDate(plan.window.from, lang), to: displayDate(plan.window.to, lang) })}</p>
<h3>${interpolate(T.plan.upcoming[lang], { n: plan.upcoming.length })}</h3>
${planTable(plan.upcoming, lang)}
<h3>${interpolate(T.plan.overdue[lang], { n: plan.overdue.length })}</h3>
<div class="detail">${planTable(plan.overdue, lang)}</div>
${overdueBySystem(plan.overdue, lang)}
</section>`;
}

export function renderHtmlReport(raw: ReportModel, lang: Lang): string {
  // Markup is escaped by the template tag; control and bidi characters are shown too, so that
  // U+202E cannot show a name in another order than it is stored.
  const model = visibleData(raw);
  const css = REPORT_CSS;
  const script = FILTER_SCRIPT;
  const csp = `default-src 'none'; style-src ${sha256(css)}; script-src ${sha256(script)}; img-src 'none'; base-uri 'none'; form-action 'none'`;
  const title = [T.title[lang], model.organization, displayDate(model.asOf, lang)].filter(Boolean).join(' · ');
  const page = html`<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="generator" content="${model.tool.name} ${model.tool.version}">
<title>${title}</title>
<style>${trusted(css)}</style>
</head>
<body class="print-summary">
<main>
${header(model, lang)}
${figuresSection(model, lang)}
${chartsSection(model, lang)}
${targetsSection(model, lang)}
${ownersSection(model, lang)}
${matrixSection(model, lang)}
${findingsSection(model, lang)}
${planSection(model, lang)}
<footer>${interpolate(T.footer[lang], { tool: model.tool.name, version: model.tool.version })}</footer>
</main>
<script>${trusted(script)}</script>
</body>
</html>
`;
  return page.value;
}
