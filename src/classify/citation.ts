// Legal citations as data, written the way each language writes them: Vietnamese from the
// smallest unit up ("điểm b khoản 2 Điều 13 Nghị định số 331/2026/NĐ-CP"), English as "Art 13.2.b".
import type { Lang } from '../i18n/lang.js';

export const INSTRUMENTS = {
  ND331: { vi: 'Nghị định số 331/2026/NĐ-CP', en: 'Decree 331/2026/NĐ-CP' },
  ND85: { vi: 'Nghị định số 85/2016/NĐ-CP', en: 'Decree 85/2016/NĐ-CP' },
  TT12: { vi: 'Thông tư số 12/2022/TT-BTTTT', en: 'Circular 12/2022/TT-BTTTT' },
  L116: { vi: 'Luật An ninh mạng số 116/2025/QH15', en: 'Law on Cybersecurity 116/2025/QH15' },
} as const;
export type Instrument = keyof typeof INSTRUMENTS;

export interface Citation {
  instrument: Instrument;
  article: number;
  clause?: number;
  /** Vietnamese point letter: a, b, c, d, đ, e, g… */
  point?: string;
}

/** The article part alone: "điểm b khoản 2 Điều 13" / "Art 13.2.b". */
export function articleOf(c: Citation, lang: Lang): string {
  if (lang === 'vi') {
    return [c.point !== undefined ? `điểm ${c.point}` : '', c.clause !== undefined ? `khoản ${c.clause}` : '', `Điều ${c.article}`].filter(Boolean).join(' ');
  }
  return `Art ${[c.article, c.clause, c.point].filter((part) => part !== undefined).join('.')}`;
}

function joinList(parts: readonly string[], lang: Lang): string {
  if (parts.length <= 1) return parts.join('');
  const and = lang === 'vi' ? ' và ' : ' and ';
  return `${parts.slice(0, -1).join(', ')}${and}${parts[parts.length - 1]}`;
}

/**
 * Several citations in one phrase, grouped by instrument in first-seen order:
 * "Điều 16 và khoản 4 Điều 20 Nghị định số 331/2026/NĐ-CP" / "Decree 331/2026/NĐ-CP Art 16 and Art 20.4".
 */
export function cite(citations: readonly Citation[], lang: Lang): string {
  const groups = new Map<Instrument, string[]>();
  for (const c of citations) {
    const list = groups.get(c.instrument) ?? [];
    list.push(articleOf(c, lang));
    groups.set(c.instrument, list);
  }
  const phrases = [...groups].map(([instrument, articles]) =>
    lang === 'vi' ? `${joinList(articles, lang)} ${INSTRUMENTS[instrument].vi}` : `${INSTRUMENTS[instrument].en} ${joinList(articles, lang)}`,
  );
  return phrases.join('; ');
}
