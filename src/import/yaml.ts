// An imported table as an inventory file: a header comment saying where it came from, the owner
// (column 3) as the file's `organization:`, then the systems in the table's order.
import { stringify } from 'yaml';
import type { IsoDate } from '../util/date.js';
import type { ImportedFile } from './map.js';

export function renderImportYaml(file: ImportedFile, source: string, cutOff: IsoDate | undefined): string {
  const header = [
    `# Nhập bằng "attt-audit import" từ ${source}, trang "${file.sheet}", dòng ${file.rows[0]}–${file.rows[1]}.`,
    `# Imported by "attt-audit import" from ${source}, sheet "${file.sheet}", rows ${file.rows[0]}–${file.rows[1]}.`,
    ...(cutOff ? [`# Cột (12) không ghi ngày: các lần kiểm tra, đánh giá ghi ngày chốt số liệu ${cutOff}. Column (12) has no dates: assessments are dated on the cut-off.`] : []),
  ]
    .map((line) => line.replace(/[\r\n]/g, ' '))
    .join('\n');
  const body = stringify({ ...(file.organization ? { organization: file.organization } : {}), systems: file.systems }, { lineWidth: 0 });
  return `${header}\n${body}`;
}
