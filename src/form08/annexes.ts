// Annexes for the content of Decree 331 Art 36 that the form has no column for (current-law.md
// §C.6; attaching them is a guide's suggestion): systems with grounds for the national-security-
// critical list (36.3), the security regulation of each system (36.7), the status of each plan
// requirement (36.9–36.10). An annex is built only when the inventory holds its facts; otherwise
// it is omitted and the document says why, rather than printing an empty table.
import type { Localized } from '../i18n/lang.js';
import type { LoadedSystem } from '../loading/inventory.js';
import type { IsoDate } from '../util/date.js';
import { classificationOf, isApprovedOn, regulationOf, type Decision } from './facts.js';

export interface AnnexTitle {
  id: 'national-security-critical' | 'regulation' | 'plan-requirements';
  /** Vietnamese: the annex is part of the document. */
  title: string;
}

export interface CriticalRow {
  name: string;
  level?: number;
}

export interface RegulationRow {
  name: string;
  regulation: Decision;
  approval?: IsoDate;
  /** Issued on or before the approval (Decree 331 Art 30.7); undefined when not approved. */
  beforeApproval?: boolean;
}

export type Annex<Row> = (AnnexTitle & { rows: Row[] }) | (AnnexTitle & { omitted: Localized });

export interface Annexes {
  nationalCritical: Annex<CriticalRow>;
  regulation: Annex<RegulationRow>;
  planRequirements: Annex<never>;
}

export const ANNEX_TITLES = {
  nationalCritical: 'Phụ lục 1. Danh sách hệ thống thông tin có căn cứ đề xuất đưa vào Danh mục hệ thống thông tin quan trọng về an ninh quốc gia',
  regulation: 'Phụ lục 2. Quy chế bảo đảm an ninh mạng của các hệ thống thông tin và việc tuân thủ',
  planRequirements: 'Phụ lục 3. Tình hình đáp ứng từng yêu cầu của phương án bảo đảm an ninh mạng',
} as const;

export function buildAnnexes(systems: readonly LoadedSystem[], period: { to: IsoDate }): Annexes {
  const recordsCritical = systems.filter((s) => classificationOf(s.record)?.national_security_critical !== undefined);
  const withRegulation = systems.filter((s) => regulationOf(s.record) !== undefined && regulationOf(s.record)!.date <= period.to);
  return {
    nationalCritical:
      recordsCritical.length === 0
        ? {
            id: 'national-security-critical',
            title: ANNEX_TITLES.nationalCritical,
            omitted: {
              vi: 'bỏ qua: không hệ thống nào ghi classification.national_security_critical',
              en: 'omitted: no system records classification.national_security_critical',
            },
          }
        : {
            id: 'national-security-critical',
            title: ANNEX_TITLES.nationalCritical,
            rows: recordsCritical
              .filter((s) => classificationOf(s.record)?.national_security_critical === true)
              .map((s) => ({ name: s.record.name, ...(s.record.level != null ? { level: s.record.level } : s.record.proposed_level ? { level: s.record.proposed_level } : {}) })),
          },
    regulation:
      withRegulation.length === 0
        ? {
            id: 'regulation',
            title: ANNEX_TITLES.regulation,
            omitted: { vi: 'bỏ qua: không hệ thống nào ghi quy chế (regulation)', en: 'omitted: no system records its regulation' },
          }
        : {
            id: 'regulation',
            title: ANNEX_TITLES.regulation,
            rows: withRegulation.map((s) => {
              const regulation = regulationOf(s.record)!;
              const approved = isApprovedOn(s.record, period.to) ? s.record.approval!.date : undefined;
              return {
                name: s.record.name,
                regulation,
                ...(approved !== undefined ? { approval: approved, beforeApproval: regulation.date <= approved } : {}),
              };
            }),
          },
    planRequirements: {
      id: 'plan-requirements',
      title: ANNEX_TITLES.planRequirements,
      omitted: {
        vi: 'bỏ qua: tệp danh mục không có trường ghi tình trạng từng yêu cầu của phương án',
        en: 'omitted: the inventory has no field for the status of each plan requirement',
      },
    },
  };
}
