// Who appraises (thẩm định) and who approves (phê duyệt) a level dossier, by level and regime:
// Decree 331 Art 18 and 20.4 (current), Decree 85 Art 12 (legacy). See current-law §B.1.
import type { Localized } from '../i18n/lang.js';
import type { RegimeId } from './criteria.js';

export interface Authority {
  appraises: Localized;
  approves: Localized;
}

const DEDICATED_CURRENT: Localized = {
  vi: 'Đơn vị chuyên trách về an ninh mạng của chủ quản hệ thống thông tin',
  en: "the owner's dedicated cybersecurity unit",
};
const DEDICATED_LEGACY: Localized = {
  vi: 'Đơn vị chuyên trách về an toàn thông tin của chủ quản hệ thống thông tin',
  en: "the owner's dedicated information-security unit",
};

const CURRENT: Record<'low' | 'three' | 'four' | 'five', Authority> = {
  low: {
    appraises: { vi: `${DEDICATED_CURRENT.vi} (khoản 1 Điều 18 Nghị định số 331/2026/NĐ-CP)`, en: `${DEDICATED_CURRENT.en} (Decree 331 Art 18.1)` },
    approves: {
      vi: 'Đơn vị chuyên trách về an ninh mạng, báo cáo chủ quản hệ thống thông tin (khoản 1 Điều 18, điểm a khoản 3 Điều 20 Nghị định số 331/2026/NĐ-CP)',
      en: 'the same dedicated unit, reporting to the owner (Decree 331 Art 18.1, 20.3.a)',
    },
  },
  three: {
    appraises: { vi: `${DEDICATED_CURRENT.vi} (điểm a khoản 2 Điều 18 Nghị định số 331/2026/NĐ-CP)`, en: `${DEDICATED_CURRENT.en} (Decree 331 Art 18.2.a)` },
    approves: { vi: 'Chủ quản hệ thống thông tin (điểm b khoản 2 Điều 18 Nghị định số 331/2026/NĐ-CP)', en: 'the owner (Decree 331 Art 18.2.b)' },
  },
  four: {
    appraises: {
      vi: 'Bộ Công an chủ trì, phối hợp với chủ quản hệ thống thông tin và các bộ, ngành có liên quan; Bộ Quốc phòng đối với hệ thống thông tin quân sự; Ban Cơ yếu Chính phủ đối với hệ thống thông tin cơ yếu (khoản 3 Điều 18 Nghị định số 331/2026/NĐ-CP), sau khi có ý kiến chuyên môn của đơn vị chuyên trách về an ninh mạng (điểm d khoản 1 Điều 20)',
      en: 'the Ministry of Public Security with the owner and related ministries (Ministry of Defence for military systems, Government Cipher Committee for its cipher systems) (Decree 331 Art 18.3), after the dedicated unit\'s expert opinion (Art 20.1.d)',
    },
    approves: { vi: 'Chủ quản hệ thống thông tin (điểm d khoản 3 Điều 18 Nghị định số 331/2026/NĐ-CP)', en: 'the owner (Decree 331 Art 18.3.d)' },
  },
  five: {
    appraises: {
      vi: 'Bộ Công an chủ trì, phối hợp với chủ quản hệ thống thông tin và các bộ, ngành có liên quan; Bộ Quốc phòng đối với hệ thống thông tin quân sự; Ban Cơ yếu Chính phủ đối với hệ thống thông tin cơ yếu (khoản 3 Điều 18 Nghị định số 331/2026/NĐ-CP), sau khi có ý kiến chuyên môn của đơn vị chuyên trách về an ninh mạng (điểm d khoản 1 Điều 20)',
      en: 'the Ministry of Public Security with the owner and related ministries (Ministry of Defence for military systems, Government Cipher Committee for its cipher systems) (Decree 331 Art 18.3), after the dedicated unit\'s expert opinion (Art 20.1.d)',
    },
    approves: {
      vi: 'Thủ tướng Chính phủ phê duyệt Danh mục hệ thống thông tin quan trọng về an ninh quốc gia (điểm đ khoản 3 Điều 18); chủ quản hệ thống thông tin phê duyệt phương án bảo đảm an ninh mạng (điểm d khoản 3 Điều 18 Nghị định số 331/2026/NĐ-CP)',
      en: 'the Prime Minister approves the list of systems critical to national security (Art 18.3.đ); the owner approves the protection plan (Decree 331 Art 18.3.d)',
    },
  },
};

const LEGACY: Record<'low' | 'three' | 'four' | 'five', Authority> = {
  low: {
    appraises: { vi: `${DEDICATED_LEGACY.vi} (Điều 12 Nghị định số 85/2016/NĐ-CP)`, en: `${DEDICATED_LEGACY.en} (Decree 85 Art 12)` },
    approves: { vi: 'Đơn vị chuyên trách về an toàn thông tin, báo cáo chủ quản hệ thống thông tin (Điều 12 Nghị định số 85/2016/NĐ-CP)', en: 'the same dedicated unit, reporting to the owner (Decree 85 Art 12)' },
  },
  three: {
    appraises: { vi: `${DEDICATED_LEGACY.vi} (Điều 12 Nghị định số 85/2016/NĐ-CP)`, en: `${DEDICATED_LEGACY.en} (Decree 85 Art 12)` },
    approves: { vi: 'Chủ quản hệ thống thông tin (Điều 12 Nghị định số 85/2016/NĐ-CP)', en: 'the owner (Decree 85 Art 12)' },
  },
  four: {
    appraises: {
      vi: 'Bộ Thông tin và Truyền thông (Điều 12 Nghị định số 85/2016/NĐ-CP); chức năng này do Bộ Công an thực hiện từ 01/03/2025',
      en: 'the Ministry of Information and Communications (Decree 85 Art 12); this function sits with the Ministry of Public Security since 01/03/2025',
    },
    approves: { vi: 'Chủ quản hệ thống thông tin (Điều 12 Nghị định số 85/2016/NĐ-CP)', en: 'the owner (Decree 85 Art 12)' },
  },
  five: {
    appraises: {
      vi: 'Bộ Thông tin và Truyền thông (Điều 12 Nghị định số 85/2016/NĐ-CP); chức năng này do Bộ Công an thực hiện từ 01/03/2025',
      en: 'the Ministry of Information and Communications (Decree 85 Art 12); this function sits with the Ministry of Public Security since 01/03/2025',
    },
    approves: {
      vi: 'Thủ tướng Chính phủ phê duyệt danh mục hệ thống thông tin quan trọng quốc gia; chủ quản hệ thống thông tin phê duyệt phương án bảo đảm an toàn hệ thống thông tin (Điều 12 Nghị định số 85/2016/NĐ-CP)',
      en: 'the Prime Minister approves the list of national critical systems; the owner approves the protection plan (Decree 85 Art 12)',
    },
  },
};

/** Who appraises when the dedicated unit also operates the system (Decree 331 Art 18.4; Circular 12 Art 6). */
export const CONFLICT_APPRAISER: Readonly<Record<RegimeId, Localized>> = {
  current: {
    vi: 'Đơn vị trực thuộc có đủ năng lực do chủ quản hệ thống thông tin giao, hoặc Hội đồng thẩm định độc lập (khoản 4 Điều 18 Nghị định số 331/2026/NĐ-CP)',
    en: 'a capable subordinate unit assigned by the owner, or an independent appraisal council (Decree 331 Art 18.4)',
  },
  legacy: {
    vi: 'Đơn vị trực thuộc có đủ năng lực do chủ quản hệ thống thông tin giao, hoặc Hội đồng thẩm định độc lập (Điều 6 Thông tư số 12/2022/TT-BTTTT)',
    en: 'a capable subordinate unit assigned by the owner, or an independent appraisal council (Circular 12 Art 6)',
  },
};

/**
 * Who appraises and approves a dossier proposing `level`. A level 3–4 system on the
 * national-security-critical list follows the level-5 procedure (Decree 331 Art 20.4).
 */
export function authorityFor(level: number, regime: RegimeId, options: { nationalSecurityCritical?: boolean; conflicted?: boolean } = {}): Authority {
  const table = regime === 'current' ? CURRENT : LEGACY;
  const band = level <= 2 ? 'low' : level === 3 ? 'three' : level === 4 ? 'four' : 'five';
  const asLevel5 = regime === 'current' && options.nationalSecurityCritical === true && level >= 3;
  const base = asLevel5 ? table.five : table[band];
  // The conflict concerns the dedicated unit's own appraisal: levels 1–3 not on the critical list.
  if (options.conflicted && level <= 3 && !asLevel5) return { ...base, appraises: CONFLICT_APPRAISER[regime] };
  return base;
}
