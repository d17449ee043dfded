// `classify --format table`: one line per system (level, minimum, deciding criterion, result),
// with what is missing or the legacy judgement dimmed beneath it.
import { visibleData } from '../common/visible-text.js';
import { CLASSIFY_UI } from '../../classify/messages.js';
import type { ClassifyReport } from '../../classify/report.js';
import { interpolate } from '../../i18n/lang.js';
import { alignRow, columnWidths, type Align } from '../common/columns.js';
import { classifyHeader, classifySummary, decidingText, judgedText, levelText, missingText, plain, resultWord } from './text.js';
import type { FormatContext } from '../types.js';

/** One line per system and what is missing beneath it, written in pieces (a national inventory makes ~90 MB). */
export function* formatClassifyTable(raw: ClassifyReport, ctx: FormatContext): Generator<string> {
  const report = visibleData(raw);
  const { lang, color } = ctx;
  const c = CLASSIFY_UI.col;
  const lines = classifyHeader(report, lang).map((l, i) => (i === 0 ? color.bold(l) : l));
  if (report.regime.warning) lines.push(color.yellow(report.regime.warning[lang]));
  if (report.invalid > 0) lines.push(color.yellow(interpolate(CLASSIFY_UI.invalid[lang], { n: report.invalid }, lang)));
  lines.push('');
  const head = [c.system, c.level, c.minimum, c.basis, c.status].map((h) => color.bold(h[lang]));
  const rows = report.systems.map((s) => {
    const word = resultWord(s);
    const tone = word === 'under' ? color.red : word === 'incomplete' || word === 'undetermined' ? color.yellow : word === 'ok' ? color.green : color.dim;
    return [plain(s.record.id), levelText(s, lang), s.result.minimumLevel === null ? '—' : String(s.result.minimumLevel), decidingText(s, lang), tone(CLASSIFY_UI.status[word][lang])];
  });
  const align: Align[] = ['left', 'left', 'right', 'left', 'left'];
  const widths = columnWidths([head, ...rows]);
  lines.push(alignRow(head, widths, align));
  const indent = ' '.repeat(2);
  for (let i = 0; i < report.systems.length; i += 1) {
    const s = report.systems[i]!;
    lines.push(alignRow(rows[i]!, widths, align));
    for (const extra of [judgedText(s, lang), missingText(s, lang)]) if (extra) lines.push(color.dim(`${indent}${extra}`));
    if (lines.length > 2000) {
      yield `${lines.map((l) => l.trimEnd()).join('\n')}\n`;
      lines.length = 0;
    }
  }
  lines.push('', color.bold(classifySummary(report, lang)));
  yield `${lines.map((l) => l.trimEnd()).join('\n')}\n`;
}
