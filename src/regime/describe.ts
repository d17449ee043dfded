// How every output states the regime it applied: one line for text outputs, an object for machine
// formats (JSON `regime: { id, reason, effective, … }`, SARIF run properties).
import { displayDate, type Lang, type Localized } from '../i18n/lang.js';
import type { AppliedRegime } from './resolve.js';

const LABEL: Localized = { vi: 'Chế độ pháp lý', en: 'Legal regime' };
const PROVISIONAL: Localized = { vi: 'tạm thời', en: 'provisional' };
const WARNING: Localized = { vi: 'cảnh báo', en: 'warning' };

/** `Legal regime: current (provisional) — <reason>`, then the warning of a forced regime, if any. */
export function regimeLines(regime: AppliedRegime, lang: Lang): string[] {
  const mark = regime.provisional ? ` (${PROVISIONAL[lang]})` : '';
  const lines = [`${LABEL[lang]}: ${regime.id}${mark} — ${regime.reason[lang]}`];
  if (regime.warning) lines.push(`${LABEL[lang]}: ${WARNING[lang]}: ${regime.warning[lang]}`);
  return lines;
}

export interface RegimeJson {
  id: string;
  reason: string;
  effective: { from: string; until?: string };
  provisional: boolean;
  forced: boolean;
  warning?: string;
}

/** The machine-readable record: stable English keys, texts in the output's language. */
export function regimeJson(regime: AppliedRegime, lang: Lang): RegimeJson {
  return {
    id: regime.id,
    reason: regime.reason[lang],
    effective: { ...regime.effective },
    provisional: regime.provisional,
    forced: regime.forced,
    ...(regime.warning ? { warning: regime.warning[lang] } : {}),
  };
}

const COMPARED: Localized = { vi: 'So sánh với ngày {d}', en: 'Compared with {d}' };

/** The regime lines of a comparison: the report's, then the compared date's (a comparison across the change states both). */
export function comparisonRegimeLines(now: AppliedRegime | undefined, before: { asOf: string; regime?: AppliedRegime } | undefined, lang: Lang): string[] {
  const lines = now ? regimeLines(now, lang) : [];
  if (before?.regime) {
    const label = COMPARED[lang].replace('{d}', displayDate(before.asOf, lang));
    for (const line of regimeLines(before.regime, lang)) lines.push(`${label} — ${line}`);
  }
  return lines;
}
