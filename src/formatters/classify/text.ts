// What the classify formats share: the header, the level and result words, the summary.
import { cite } from '../../classify/citation.js';
import { missingFacts } from '../../classify/evaluate.js';
import { CLASSIFY_UI, FACT_NAMES } from '../../classify/messages.js';
import type { ClassifiedSystem, ClassifyReport } from '../../classify/report.js';
import { displayDate, interpolate, type Lang } from '../../i18n/lang.js';

/** Inventory text for a terminal or a document: no control characters (escape sequences, bells). */
export function plain(text: string): string {
  return text.replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g, '').replace(/[\r\n\t]+/g, ' ');
}


export function dateText(date: string, lang: Lang): string {
  return displayDate(date, lang);
}

export function classifyHeader(report: ClassifyReport, lang: Lang): string[] {
  const { regime } = report;
  const lines = [
    `${CLASSIFY_UI.title[lang]} — ${CLASSIFY_UI.asOf[lang].toLowerCase()} ${dateText(report.asOf, lang)}`,
    `${CLASSIFY_UI.regime[lang]}: ${regime.id} (${regime.name[lang]})${regime.provisional ? ` — ${CLASSIFY_UI.provisional[lang]}` : ''}; ${CLASSIFY_UI.criteria[lang].toLowerCase()}: ${CLASSIFY_UI.criteriaName[report.criteria][lang]}`,
  ];
  return lines;
}

export function levelText(s: ClassifiedSystem, lang: Lang): string {
  if (s.approvedLevel !== null) return `${s.approvedLevel} (${CLASSIFY_UI.approved[lang]})`;
  if (s.proposedLevel !== null) return `${s.proposedLevel} (${CLASSIFY_UI.proposed[lang]})`;
  return '—';
}

export type ResultWord = keyof typeof CLASSIFY_UI.status;

export function resultWord(s: ClassifiedSystem): ResultWord {
  if (!s.hasFacts) return 'noFacts';
  if (s.underLevel) return 'under';
  if (missingFacts(s.result)) return 'incomplete';
  if (s.result.minimumLevel === null) return 'undetermined';
  if (s.judgedLevel === null) return 'noLevel';
  return s.currentHigher ? 'currentHigher' : 'ok';
}

export function decidingText(s: ClassifiedSystem, lang: Lang): string {
  const deciding = s.result.matched[0];
  return deciding ? cite(deciding.basis, lang) : '—';
}

export function missingText(s: ClassifiedSystem, lang: Lang): string | undefined {
  const missing = missingFacts(s.result);
  if (!missing) return undefined;
  return interpolate(CLASSIFY_UI.unknownLine[lang], { level: missing.upTo, facts: missing.facts.map((f) => `${f} (${FACT_NAMES[f][lang]})`).join(', ') }, lang);
}

/** The legacy judgement beside the current minimum (Law 116 Art 45.1), when it differs. */
export function judgedText(s: ClassifiedSystem, lang: Lang): string | undefined {
  // Shown when the level is held to other criteria than the minimum's and they disagree.
  if (!s.hasFacts || s.judged.criteria === s.criteria || s.judged.minimumLevel === s.result.minimumLevel) return undefined;
  return interpolate(CLASSIFY_UI.judged[lang], {
    level: s.judgedLevel ?? '—',
    criteria: CLASSIFY_UI.criteriaName[s.judged.criteria][lang],
    min: s.judged.minimumLevel === null ? '—' : `${s.judged.minimumLevel}${s.judged.deciding ? ` (${cite(s.judged.deciding.basis, lang)})` : ''}`,
  }, lang);
}

export function classifySummary(report: ClassifyReport, lang: Lang): string {
  const { summary } = report;
  return interpolate(CLASSIFY_UI.summary[lang], {
    n: summary.systems,
    facts: summary.withFacts,
    classified: summary.classified,
    incomplete: summary.incomplete,
    under: summary.underLevel,
  }, lang);
}
