// The rules reference: a terminal table, JSON, or the Markdown section kept in the README.
import { visibleData } from '../common/visible-text.js';
import type { ChalkInstance } from 'chalk';
import { displayDate, displayDatesIn, textIn, type Lang, type Localized } from '../../i18n/lang.js';
import { regimeLines } from '../../regime/describe.js';
import type { AppliedRegime } from '../../regime/resolve.js';
import { UI } from '../../i18n/messages.js';
import type { Rule } from '../../rules/rule.js';
import { RULE_FORMATS } from './formats.js';
import { boxTable, type BoxCell } from '../common/box-table.js';

export { RULE_FORMATS };

const REGIME_COLUMN: Localized = { vi: 'Chế độ pháp lý', en: 'Regime' };
const IN_FORCE_COLUMN: Localized = { vi: 'Hiệu lực', en: 'In force' };

function scope(rule: Rule, lang: Lang): string {
  const parts = [`${UI.status[lang]}: ${rule.appliesTo.status.join(', ')}`];
  if (rule.appliesTo.levels) parts.push(`${UI.levels[lang]}: ${rule.appliesTo.levels.join(', ')}`);
  if (rule.appliesTo.owners) parts.push(`${UI.owners[lang]}: ${rule.appliesTo.owners.join(', ')}`);
  return parts.join('; ');
}

const ALL: Localized = { vi: 'mọi chế độ', en: 'every regime' };
const PROVISIONAL: Localized = { vi: 'tạm thời', en: 'provisional' };

/** `current (provisional)`, or "every regime" for custom and waiver rules. */
function regimeText(rule: Rule, lang: Lang): string {
  return `${rule.regime ?? ALL[lang]}${rule.provisional ? ` (${PROVISIONAL[lang]})` : ''}`;
}

/** `2026-07-01 – 2026-08-18`, `from 2026-08-19`, or "always". */
export function windowText(rule: Rule, lang: Lang): string {
  const w = rule.effective;
  // Dates as people write them: dd/mm/yyyy in Vietnamese.
  const d = (date: string): string => displayDate(date, lang);
  if (!w || (w.from === undefined && w.until === undefined)) return lang === 'vi' ? 'theo chế độ' : 'with its regime';
  if (w.until === undefined) return lang === 'vi' ? `từ ${d(w.from!)}` : `from ${w.from}`;
  if (w.from === undefined) return lang === 'vi' ? `đến ${d(w.until)}` : `until ${w.until}`;
  return `${d(w.from)} – ${d(w.until)}`;
}

function basisText(rule: Rule, lang: Lang): string {
  const basis = textIn(rule.basis, lang);
  return rule.provisional && rule.note ? `${basis} — ${PROVISIONAL[lang]}: ${rule.note[lang]}` : basis;
}

export function formatRules(rules: readonly Rule[], format: (typeof RULE_FORMATS)[number], lang: Lang, color: ChalkInstance, regime?: AppliedRegime): string {
  if (format === 'json') {
    return `${JSON.stringify(
      rules.map((r) => ({
        id: r.id,
        severity: r.severity,
        title: r.title,
        basis: r.basis,
        appliesTo: r.appliesTo,
        check: r.check,
        source: r.source,
        regime: r.regime ?? null,
        effective: r.effective ?? {},
        provisional: r.provisional === true,
        ...(r.note ? { note: r.note } : {}),
      })),
      null,
      2,
    )}\n`;
  }
  const c = UI.column;
  // Rule files come from pull requests too: their text is shown with control characters visible.
  rules = visibleData(rules);
  if (format === 'markdown') {
    const escape = (text: string): string => text.replace(/\|/g, '\\|');
    const rows = rules.map(
      (r) =>
        `| \`${r.id}\` | ${UI.severity[r.severity][lang]} | ${escape(regimeText(r, lang))} | ${escape(windowText(r, lang))} | ${escape(displayDatesIn(r.title[lang], lang))} | ${escape(displayDatesIn(r.kind.describe(r.check, lang), lang))} | ${escape(scope(r, lang))} | ${escape(basisText(r, lang))} |`,
    );
    return [
      `| ${c.rule[lang]} | ${c.severity[lang]} | ${REGIME_COLUMN[lang]} | ${IN_FORCE_COLUMN[lang]} | ${c.title[lang]} | ${c.check[lang]} | ${c.appliesTo[lang]} | ${c.basis[lang]} |`,
      '|---|---|---|---|---|---|---|---|',
      ...rows,
      ...(regime ? ['', ...regimeLines(regime, lang).map(escape)] : []),
      '',
    ].join('\n');
  }
  const head = [c.rule[lang], c.severity[lang], REGIME_COLUMN[lang], c.title[lang], c.basis[lang]].map((h): BoxCell => [{ text: h, paint: color.bold }]);
  const rows = rules.map((r): BoxCell[] => [
    [{ text: r.id }],
    [{ text: UI.severity[r.severity][lang] }],
    [{ text: regimeText(r, lang) }, { text: windowText(r, lang), paint: color.dim }],
    [{ text: displayDatesIn(r.title[lang], lang) }, { text: displayDatesIn(r.kind.describe(r.check, lang), lang), paint: color.dim }],
    [{ text: basisText(r, lang) }],
  ]);
  const table = boxTable(head, rows, [31, 10, 18, 40, 40]);
  const footer = regime ? `${regimeLines(regime, lang).map((line) => color.dim(line)).join('\n')}\n` : '';
  return `${color.bold(`${UI.rulesHeader[lang].replace('{n}', String(rules.length))}`)}\n${table}${footer}`;
}
