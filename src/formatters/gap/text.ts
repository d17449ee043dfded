// Pieces shared by the human-readable gap formats (table, markdown, csv headers).
import { figureCount, type Figure, type GapTotals } from '../../gap/compute.js';
import { figureTitleIn, GAP_UI } from '../../gap/messages.js';
import { interpolate, type Lang, type Localized } from '../../i18n/lang.js';
import type { FigureId } from '../../rules/targets.js';

/** 31.7 → "31.7" (en) or "31,7" (vi: decimal comma); null → "—". */
export function formatPercent(percent: number | null, lang: Lang): string {
  if (percent === null) return '—';
  const text = String(percent);
  return lang === 'vi' ? text.replace('.', ',') : text;
}

export function ratio(count: number | null, of: number | null): string {
  return count === null || of === null ? '—' : `${count}/${of}`;
}

export function targetText(figure: Figure, lang: Lang): string {
  if (!figure.target) return '—';
  const p = formatPercent(figure.target.percent, lang);
  return figure.target.by ? interpolate(GAP_UI.by[lang], { p, d: figure.target.by }, lang) : `${p}%`;
}

/** "+4", "−2", "0"; null → "—". A real minus sign reads better than a hyphen in a report. */
export function signed(value: number | null, lang: Lang, suffix = ''): string {
  if (value === null) return '—';
  const text = formatPercent(Math.abs(value), lang);
  return `${value > 0 ? '+' : value < 0 ? '−' : '±'}${text}${suffix}`;
}

/** "+1 (+6.7 pts)"; a figure that did not move is just "0". */
export function changeText(count: number | null, points: number | null, lang: Lang): string {
  if (count === 0 && (points === 0 || points === null)) return '0';
  return `${signed(count, lang)} (${signed(points, lang, ` ${GAP_UI.points[lang]}`)})`;
}

export function figureTitle(id: FigureId, lang: Lang, layerNames?: Partial<Record<string, Localized>>): string {
  return figureTitleIn(id, lang, layerNames);
}

/** "13/41": a figure's count over its denominator, for the whole inventory or a group. */
export function groupRatio(totals: GapTotals, id: FigureId): string {
  const base = id === 'auditsCurrent' ? totals.auditsRequired : id === 'drillsCurrent' ? totals.drillsRequired : totals.operating;
  return ratio(figureCount(totals, id), base);
}

export function levelLabel(level: number | null, lang: Lang): string {
  return level === null ? GAP_UI.notApproved[lang] : interpolate(GAP_UI.levelName[lang], { n: level }, lang);
}
