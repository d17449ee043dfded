// The rules reference: a terminal table, JSON, or the Markdown section kept in the README.
import { visibleData } from './visible-text.js';
import type { ChalkInstance } from 'chalk';
import Table from 'cli-table3';
import type { Lang } from '../i18n/lang.js';
import { UI } from '../i18n/messages.js';
import type { Rule } from '../rules/rule.js';
import { RULE_FORMATS } from './rule-formats.js';

export { RULE_FORMATS };

function scope(rule: Rule, lang: Lang): string {
  const parts = [`${UI.status[lang]}: ${rule.appliesTo.status.join(', ')}`];
  if (rule.appliesTo.levels) parts.push(`${UI.levels[lang]}: ${rule.appliesTo.levels.join(', ')}`);
  if (rule.appliesTo.owners) parts.push(`${UI.owners[lang]}: ${rule.appliesTo.owners.join(', ')}`);
  return parts.join('; ');
}

export function formatRules(rules: readonly Rule[], format: (typeof RULE_FORMATS)[number], lang: Lang, color: ChalkInstance): string {
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
      (r) => `| \`${r.id}\` | ${UI.severity[r.severity][lang]} | ${escape(r.title[lang])} | ${escape(r.kind.describe(r.check, lang))} | ${escape(scope(r, lang))} | ${escape(r.basis)} |`,
    );
    return [
      `| ${c.rule[lang]} | ${c.severity[lang]} | ${c.title[lang]} | ${c.check[lang]} | ${c.appliesTo[lang]} | ${c.basis[lang]} |`,
      '|---|---|---|---|---|---|',
      ...rows,
      '',
    ].join('\n');
  }
  const table = new Table({
    head: [c.rule[lang], c.severity[lang], c.title[lang], c.basis[lang]].map((h) => color.bold(h)),
    colWidths: [20, 10, 48, 44],
    wordWrap: true,
    style: { head: [], border: [] },
  });
  for (const r of rules) table.push([r.id, UI.severity[r.severity][lang], `${r.title[lang]}\n${color.dim(r.kind.describe(r.check, lang))}`, r.basis]);
  return `${color.bold(`${UI.rulesHeader[lang].replace('{n}', String(rules.length))}`)}\n${table.toString()}\n`;
}
