// What each `inventory/…` problem id means, for reports that describe every rule they mention
// (SARIF `tool.driver.rules`, JUnit suites). These are not rules of the pack: the loader reports them.
import type { Localized, TextOrLocalized } from '../i18n/lang.js';
import type { Severity } from '../rules/rule.js';
import type { InventoryRuleId } from './inventory.js';

export interface RuleDescriptor {
  id: string;
  severity: Severity;
  title: Localized;
  description?: Localized;
  basis: TextOrLocalized;
  regime?: string;
  effective?: { from?: string; until?: string };
  provisional?: boolean;
}

const BASIS: Localized = {
  vi: 'Định dạng tệp danh mục hệ thống thông tin của attt-audit (README: Inventory files)',
  en: 'attt-audit inventory format (README: Inventory files)',
};

const TITLES: Record<InventoryRuleId, Localized> = {
  'inventory/yaml-syntax': { vi: 'Tệp danh mục có lỗi cú pháp YAML', en: 'Inventory file has a YAML syntax error' },
  'inventory/duplicate-key': { vi: 'Khóa bị lặp lại trong một ánh xạ', en: 'Duplicate key in a mapping' },
  'inventory/encoding': { vi: 'Tệp danh mục không phải văn bản UTF-8', en: 'Inventory file is not UTF-8 text' },
  'inventory/unreadable': { vi: 'Không đọc được tệp danh mục', en: 'Inventory file cannot be read' },
  'inventory/structure': { vi: 'Tệp không đúng cấu trúc tệp danh mục (cần danh sách "systems:")', en: 'File is not shaped like an inventory (needs a "systems:" list)' },
  'inventory/schema': { vi: 'Giá trị không đúng lược đồ tệp danh mục', en: 'Value does not match the inventory schema' },
  'inventory/unknown-key': { vi: 'Khóa không được lược đồ tệp danh mục chấp nhận', en: 'Key not accepted by the inventory schema' },
  'inventory/invalid-date': { vi: 'Ngày không hợp lệ (viết YYYY-MM-DD hoặc DD/MM/YYYY)', en: 'Invalid date (write YYYY-MM-DD or DD/MM/YYYY)' },
  'inventory/duplicate-id': { vi: 'Mã hệ thống bị trùng', en: 'Duplicate system id' },
  'inventory/limit': { vi: 'Tệp vượt giới hạn an toàn (bí danh YAML)', en: 'File exceeds a safety limit (YAML aliases)' },
};

/** Checks made while auditing (src/model/evidence-dates.ts, src/model/owner.ts): the system is still audited. */
const DATE_RULES: readonly RuleDescriptor[] = [
  {
    id: 'inventory/future-date',
    severity: 'warning',
    title: { vi: 'Bằng chứng có ngày sau ngày hôm nay', en: 'Evidence dated after today' },
    basis: BASIS,
  },
  {
    id: 'inventory/date-order',
    severity: 'error',
    title: { vi: 'Ngày kết thúc của lớp bảo vệ trước ngày bắt đầu', en: 'Layer evidence ends before it starts' },
    basis: BASIS,
  },
  {
    // src/model/owner.ts: with `owners:` declared in the config.
    id: 'inventory/owner-variant',
    severity: 'info',
    title: { vi: 'Tên đơn vị gần giống một đơn vị đã khai báo nhưng không phải tên gọi của đơn vị đó', en: 'Owner unit looks like a declared unit but is not one of its names' },
    basis: BASIS,
  },
];

export const INVENTORY_RULES: readonly RuleDescriptor[] = [
  ...(Object.keys(TITLES) as InventoryRuleId[]).map((id): RuleDescriptor => ({
    id,
    severity: 'error',
    title: TITLES[id],
    basis: BASIS,
  })),
  ...DATE_RULES,
];
