// Inline SVG charts: no script, no fonts, no network. Each chart scales with the page (viewBox),
// carries its numbers as text (nobody has to read a value off an axis), and has a <title> for
// screen readers and a tooltip on every bar. Colours come from the stylesheet's classes. Each chart
// gets an id from the caller, unique in the document, for aria-labelledby.
import { html, type SafeHtml } from './escape.js';

export type Tone = 'ok' | 'warn' | 'bad' | 'muted' | 'a' | 'b';

export interface HBar {
  /** 0–100; null draws an empty track. */
  percent: number | null;
  tone: Tone;
  /** Shown right of the bar, e.g. "13/41 · 31,7%". */
  text: string;
}

export interface HBarRow {
  label: string;
  bars: HBar[];
  /** Draws a vertical mark at this percentage. */
  target?: number;
}

export interface LegendItem {
  tone: Tone;
  text: string;
}

function truncate(text: string, max: number): string {
  const chars = Array.from(text);
  return chars.length <= max ? text : `${chars.slice(0, max - 1).join('')}…`;
}

function legendRow(items: readonly LegendItem[], x: number, y: number): SafeHtml {
  let offset = x;
  return html`${items.map((item) => {
    const at = offset;
    offset += 24 + Array.from(item.text).length * 7;
    return html`<rect class="fill-${item.tone}" x="${at}" y="${y - 9}" width="12" height="10" rx="2"/><text x="${at + 16}" y="${y}">${item.text}</text>`;
  })}`;
}

/** Horizontal bars, one row per label, one or more bars per row. */
export function hbarChart(options: { id: string; title: string; rows: readonly HBarRow[]; legend?: readonly LegendItem[]; labelWidth?: number; labelChars?: number }): SafeHtml {
  const id = `${options.id}-title`;
  const labelWidth = options.labelWidth ?? 250;
  const track = 400;
  const valueWidth = 120;
  const barHeight = 12;
  const gap = 4;
  const top = options.legend ? 24 : 6;
  const rowHeights = options.rows.map((row) => row.bars.length * (barHeight + gap) + 10);
  const height = top + rowHeights.reduce((a, b) => a + b, 0) + 4;
  const width = labelWidth + track + valueWidth;
  let y = top;
  const rows = options.rows.map((row, index) => {
    const rowTop = y;
    y += rowHeights[index]!;
    const middle = rowTop + (rowHeights[index]! - 10) / 2 + 4;
    const bars = row.bars.map((bar, i) => {
      const barTop = rowTop + i * (barHeight + gap);
      const filled = bar.percent === null ? 0 : (Math.max(0, Math.min(100, bar.percent)) / 100) * track;
      return html`<g><title>${row.label}: ${bar.text}</title><rect class="track" x="${labelWidth}" y="${barTop}" width="${track}" height="${barHeight}" rx="2"/><rect class="fill-${bar.tone}" x="${labelWidth}" y="${barTop}" width="${filled.toFixed(1)}" height="${barHeight}" rx="2"/><text class="value" x="${labelWidth + track + 6}" y="${barTop + barHeight - 2}">${bar.text}</text></g>`;
    });
    const target =
      row.target === undefined
        ? ''
        : html`<line class="target" x1="${(labelWidth + (Math.min(100, row.target) / 100) * track).toFixed(1)}" x2="${(labelWidth + (Math.min(100, row.target) / 100) * track).toFixed(1)}" y1="${rowTop - 3}" y2="${rowTop + row.bars.length * (barHeight + gap) - 1}"/>`;
    return html`<text class="label" x="${labelWidth - 8}" y="${middle}" text-anchor="end"><title>${row.label}</title>${truncate(row.label, options.labelChars ?? 40)}</text>${bars}${target}`;
  });
  return html`<svg class="chart" role="img" aria-labelledby="${id}" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}"><title id="${id}">${options.title}</title>${options.legend ? legendRow(options.legend, labelWidth, 14) : ''}${rows}</svg>`;
}

export interface VBar {
  /** One or two lines (split at "\n"). */
  label: string;
  value: number;
  tone: Tone;
  /** Tooltip; defaults to "label: value". */
  tooltip?: string;
}

/** Vertical bars with the value written on top of each. */
export function vbarChart(options: { id: string; title: string; bars: readonly VBar[]; barWidth?: number }): SafeHtml {
  const id = `${options.id}-title`;
  const barWidth = options.barWidth ?? 36;
  const slot = barWidth + 14;
  const plotHeight = 150;
  const top = 18;
  const left = 8;
  const width = left * 2 + slot * options.bars.length;
  const height = top + plotHeight + 34;
  const max = Math.max(1, ...options.bars.map((b) => b.value));
  const baseline = top + plotHeight;
  const bars = options.bars.map((bar, i) => {
    const x = left + i * slot + (slot - barWidth) / 2;
    const h = (bar.value / max) * plotHeight;
    const center = x + barWidth / 2;
    return html`<g><title>${bar.tooltip ?? `${bar.label}: ${bar.value}`}</title><rect class="fill-${bar.tone}" x="${x.toFixed(1)}" y="${(baseline - h).toFixed(1)}" width="${barWidth}" height="${h.toFixed(1)}" rx="2"/><text class="value" x="${center.toFixed(1)}" y="${(baseline - h - 4).toFixed(1)}" text-anchor="middle">${bar.value}</text><text class="axis-label" x="${center.toFixed(1)}" y="${baseline + 15}" text-anchor="middle">${bar.label.split('\n').map((line, n) => html`<tspan x="${center.toFixed(1)}" dy="${n === 0 ? 0 : 13}">${line}</tspan>`)}</text></g>`;
  });
  return html`<svg class="chart" role="img" aria-labelledby="${id}" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}"><title id="${id}">${options.title}</title><line class="axis" x1="${left}" x2="${width - left}" y1="${baseline}" y2="${baseline}"/>${bars}</svg>`;
}

/** A single thin progress bar with an optional target mark, for the key-figure cards. */
export function meter(percent: number | null, target: number | undefined, tone: Tone, label: string): SafeHtml {
  const filled = percent === null ? 0 : Math.max(0, Math.min(100, percent));
  const mark = target === undefined ? '' : html`<line class="target" x1="${Math.min(100, target)}" x2="${Math.min(100, target)}" y1="0" y2="8"/>`;
  return html`<svg class="meter" role="img" aria-label="${label}" viewBox="0 0 100 8" preserveAspectRatio="none"><rect class="track" x="0" y="1" width="100" height="6" rx="1"/><rect class="fill-${tone}" x="0" y="1" width="${filled}" height="6" rx="1"/>${mark}</svg>`;
}
