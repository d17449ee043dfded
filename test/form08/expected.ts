// What the Form 08 of fixtures/form08/it-center-2026 must say on 14/12/2026, shared by the DOCX,
// XLSX, HTML and import tests. Part 3 is kept as a tab-separated file, one line per row.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { ROOT } from '../helpers.js';

export const CONFIG = 'fixtures/form08/it-center.config.yaml';
export const EXPECTED_PART3 = readFileSync(path.join(ROOT, 'test/form08/expected-part3.tsv'), 'utf8').replace(/\n$/, '').split('\n').map((line) => line.split('\t'));

/** Part 1, counted by hand from fixtures/form08/it-center-2026 on 14/12/2026. */
export const EXPECTED_PART1 = [
  ['Tổng số hệ thống thông tin thuộc phạm vi quản lý', '41'], // 41 systems, none retired
  ['Tổng số hệ thống thông tin đã được phân loại (đã xác định được loại hình hệ thống thông tin)', '41'], // every system has a level or a proposed one
  ['Tổng số hệ thống thông tin đã xây dựng hồ sơ đề xuất cấp độ', '35'], // 22 approved + 6 sent for appraisal + 7 appraised
  ['Tổng số hệ thống thông tin đã được thẩm định hồ sơ đề xuất cấp độ', '29'], // 22 approved + 7 appraised (one of them approved only on 18/12)
  ['Tổng số hệ thống thông tin đã được phê duyệt cấp độ', '22'], // 13 approved before 2025 + 9 in 2025–2026 (the 10th on 18/12/2026, after the cut-off)
  ['Tổng số hệ thống thông tin đã phê duyệt cấp độ được kiểm tra, đánh giá an ninh mạng định kỳ theo quy định', '12'], // 13 periodic assessments in the period, one on a system not approved
  [
    'Dự kiến thời gian hoàn thành phê duyệt đề xuất cấp độ hệ thống thông tin đối với tất cả các hệ thống thông tin thuộc phạm vi quản lý',
    '30/06/2027',
  ], // latest expected approval among the 19 not approved
];

