// What `attt-audit init` writes: a commented config and a one-system inventory whose dates are
// counted from today, so `attt-audit check` passes right after init and shows how time moves it.
import type { Lang } from '../i18n/lang.js';
import { addDays, type IsoDate } from '../util/date.js';

export const STARTER_INVENTORY_FILE = 'inventory/systems.yaml';

const CONFIG: Record<Lang, string> = {
  en: `# attt-audit configuration. Paths are relative to this file; command-line flags override every key.
# Found from the working directory upward, or named with --config FILE.

# Inventory files or directories read by \`check\`, \`validate\` and \`baseline\` when no PATH is given.
inventory:
  - inventory/

# Extra rule files or directories, added to the default rule pack.
# rules:
#   - rules/custom.yaml
# default_rules: true            # false: only the rules listed above

# Language of messages and reports: vi or en (default: from the locale).
lang: en

# Lowest severity that makes \`check\` exit 1: error, warning or none.
fail_on: error

# Time zone that decides "today" (dates are calendar dates there).
time_zone: Asia/Ho_Chi_Minh

# Only findings missing from this baseline fail \`check\` (create it with \`attt-audit baseline\`).
# baseline: .attt-baseline.json

# Waiver policy.
waivers:
  # file: waivers.yaml           # a separate waivers file: a "waivers:" list whose entries name their "system"
  inline: true                   # false: ignore waivers written in inventory files (as --no-waivers does)
  require_approved_by: false     # true: a waiver without approved_by does not apply (waiver/unapproved)

# Reports \`check\` writes when no --format is given (at most one without "file": the terminal).
# outputs:
#   - format: table
#   - format: sarif
#     file: reports/attt.sarif   # inside this directory; an existing file is never replaced

# Owner units written under several names: every figure by unit (gap, plan --owner, reports,
# rules' applies_to.owners) counts an alias under its unit's name. A name that only looks like a
# declared one (accents, case, an abbreviation such as CNTT) gets an inventory/owner-variant note.
# owners:
#   - name: Trung tâm Công nghệ thông tin
#     aliases: [Trung tâm CNTT, TTCNTT]
`,
  vi: `# Cấu hình attt-audit. Đường dẫn tính từ thư mục chứa tệp này; tùy chọn dòng lệnh được ưu tiên hơn mọi khóa.
# Tệp được tìm từ thư mục hiện tại trở lên, hoặc chỉ rõ bằng --config FILE.

# Tệp hoặc thư mục danh mục hệ thống thông tin mà \`check\`, \`validate\` và \`baseline\` đọc khi không truyền PATH.
inventory:
  - inventory/

# Thêm tệp hoặc thư mục quy tắc vào bộ quy tắc mặc định.
# rules:
#   - rules/custom.yaml
# default_rules: true            # false: chỉ dùng các quy tắc liệt kê ở trên

# Ngôn ngữ thông báo và báo cáo: vi hoặc en (mặc định theo locale).
lang: vi

# Mức độ thấp nhất làm \`check\` thoát với mã 1: error, warning hoặc none.
fail_on: error

# Múi giờ xác định "hôm nay".
time_zone: Asia/Ho_Chi_Minh

# Chỉ các phát hiện không có trong baseline này làm \`check\` thất bại (tạo bằng \`attt-audit baseline\`).
# baseline: .attt-baseline.json

# Chính sách ngoại lệ.
waivers:
  # file: waivers.yaml           # tệp ngoại lệ riêng: danh sách "waivers:", mỗi mục ghi rõ "system"
  inline: true                   # false: bỏ qua ngoại lệ ghi trong tệp danh mục (như --no-waivers)
  require_approved_by: false     # true: ngoại lệ thiếu approved_by không được áp dụng (waiver/unapproved)

# Báo cáo \`check\` ghi ra khi không có --format (tối đa một mục không có "file": màn hình).
# outputs:
#   - format: table
#   - format: sarif
#     file: reports/attt.sarif   # trong thư mục này; không bao giờ ghi đè tệp đã có

# Đơn vị được ghi dưới nhiều tên: mọi số liệu theo đơn vị (gap, plan --owner, báo cáo, applies_to.owners
# của quy tắc) tính tên gọi khác (aliases) vào tên chính của đơn vị. Tên chỉ gần giống một tên đã khai
# báo (khác dấu, chữ hoa/thường, viết tắt như CNTT) được nhắc bằng phát hiện inventory/owner-variant.
# owners:
#   - name: Trung tâm Công nghệ thông tin
#     aliases: [Trung tâm CNTT, TTCNTT]
`,
};

export function starterConfig(lang: Lang): string {
  return CONFIG[lang];
}

/** One level-2 system, approved, audited, plan deployed and all four layers in place on `today`. */
export function starterInventory(today: IsoDate, lang: Lang): string {
  const d = (days: number): IsoDate => addDays(today, days);
  const header =
    lang === 'vi'
      ? '# Tệp danh mục mẫu do "attt-audit init" tạo: thay bằng hệ thống thật của đơn vị.\n# Xem khóa hợp lệ bằng "attt-audit schema"; kiểm tra bằng "attt-audit check".\n'
      : '# Sample inventory written by "attt-audit init": replace it with your own systems.\n# "attt-audit schema" prints the accepted keys; "attt-audit check" audits it.\n';
  return `${header}organization: Đơn vị mẫu
systems:
  - id: cong-thong-tin
    name: Cổng thông tin điện tử
    owner: Trung tâm Công nghệ thông tin
    status: operating
    level: 2
    approval:
      decision: Quyết định số 01/QĐ-TTCNTT
      date: ${d(-120)}
    protection_plan: deployed
    go_live: ${d(-90)}
    security_conclusion: ${d(-100)}
    audits:
      - date: ${d(-30)}
        result: pass
    layers:
      onsite: { since: ${d(-120)} }
      monitoring: { since: ${d(-120)}, provider: Đơn vị giám sát }
      independent_audit: { since: ${d(-120)} }
      ncsc: { since: ${d(-120)} }
`;
}
