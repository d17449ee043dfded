// `classify --format markdown`: the table, then one section per system with every criterion met,
// what is undetermined, the notes and who appraises and approves. With --justify: the dossier's
// justification paragraphs instead, in Vietnamese, ready to paste.
import { visibleData } from '../common/visible-text.js';
import { cite } from '../../classify/citation.js';
import { justify } from '../../classify/justify.js';
import { CLASSIFY_UI, FACT_NAMES } from '../../classify/messages.js';
import type { ClassifyReport } from '../../classify/report.js';
import { interpolate } from '../../i18n/lang.js';
import { mdCell, mdTable } from '../common/markdown-text.js';
import { classifyHeader, classifySummary, decidingText, judgedText, levelText, plain, resultWord } from './text.js';
import type { FormatContext } from '../types.js';

/** Prose from the inventory inside Markdown: escaped like a cell, so it cannot inject markup. */
const md = (text: string): string => mdCell(plain(text));

export function formatClassifyMarkdown(raw: ClassifyReport, ctx: FormatContext): string {
  const report = visibleData(raw);
  const { lang } = ctx;
  const [title, regime] = classifyHeader(report, lang);
  const lines = [`# ${md(title!)}`, '', md(regime!)];
  if (report.regime.warning) lines.push('', `> ${md(report.regime.warning[lang])}`);
  lines.push('');
  const c = CLASSIFY_UI.col;
  lines.push(
    ...mdTable(
      [c.system, c.level, c.minimum, c.basis, c.status].map((h) => h[lang]),
      report.systems.map((s) => [md(s.record.id), levelText(s, lang), s.result.minimumLevel === null ? '—' : String(s.result.minimumLevel), md(decidingText(s, lang)), CLASSIFY_UI.status[resultWord(s)][lang]]),
      ['left', 'left', 'right', 'left', 'left'],
    ),
  );
  lines.push('', `**${md(classifySummary(report, lang))}**`);
  for (const s of report.systems) {
    if (!s.hasFacts) continue;
    lines.push('', `## ${md(s.record.id)} — ${md(s.record.name)}`, '');
    lines.push(`- ${CLASSIFY_UI.col.level[lang]}: ${levelText(s, lang)}; ${CLASSIFY_UI.col.minimum[lang].toLowerCase()}: ${s.result.minimumLevel ?? '—'}`);
    const judged = judgedText(s, lang);
    if (judged) lines.push(`- ${md(judged)}`);
    if (s.result.matched.length > 0) {
      lines.push(`- ${CLASSIFY_UI.matched[lang]}:`);
      for (const m of s.result.matched) {
        lines.push(`  - ${lang === 'vi' ? 'cấp độ' : 'level'} ${m.level}: ${md(cite(m.basis, lang))} — ${md(m.text[lang])} (\`${m.fact.replace(/`/g, "'")}\`)${m.provisional ? ` — ${CLASSIFY_UI.provisional[lang]}` : ''}`);
      }
    }
    if (s.result.unknown.length > 0) {
      lines.push(`- ${CLASSIFY_UI.unknown[lang]}:`);
      for (const u of s.result.unknown) {
        lines.push(`  - ${lang === 'vi' ? 'cấp độ' : 'level'} ${u.level}: ${md(cite(u.basis, lang))} — ${u.facts.map((f) => `\`${f}\` (${FACT_NAMES[f][lang]})`).join(', ')}`);
      }
    }
    if (s.notes.length > 0) {
      lines.push(`- ${CLASSIFY_UI.notes[lang]}:`);
      for (const n of s.notes) lines.push(`  - ${n.id}: ${md(n.text[lang])}`);
    }
    if (s.authority) {
      lines.push(`- ${interpolate(CLASSIFY_UI.authority[lang], { level: s.authorityLevel ?? '—' }, lang)}:`);
      lines.push(`  - ${CLASSIFY_UI.appraises[lang]}: ${md(s.authority.appraises[lang])}`);
      lines.push(`  - ${CLASSIFY_UI.approves[lang]}: ${md(s.authority.approves[lang])}`);
    }
  }
  return `${lines.join('\n')}\n`;
}

/** `--justify`: per system with facts, its heading and the paragraphs of the dossier, then remarks as a quote. */
export function formatClassifyJustifyMarkdown(raw: ClassifyReport, ctx: FormatContext): string {
  const report = visibleData(raw);
  const lines = [`# ${CLASSIFY_UI.justifyTitle.vi}`, '', md(classifyHeader(report, 'vi')[1]!)];
  if (ctx.lang === 'en') lines.push('', `_${CLASSIFY_UI.justifyInVietnamese.en}_`);
  for (const s of report.systems) {
    if (!s.hasFacts) continue;
    const j = justify(s);
    lines.push('', `## ${md(j.title)}`, '');
    lines.push(j.paragraphs.map(md).join('\n\n'));
    if (j.remarks.length > 0) lines.push('', ...j.remarks.map((r) => `> - ${md(r)}`));
  }
  const missing = report.systems.filter((s) => !s.hasFacts).map((s) => md(s.record.id));
  if (missing.length > 0) lines.push('', `> ${ctx.lang === 'vi' ? 'Chưa có dữ kiện phân loại' : 'No classification facts'}: ${missing.join(', ')}`);
  return `${lines.join('\n')}\n`;
}
