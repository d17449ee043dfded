// Bilingual wording for the YAML parser's error codes; the parser's own English text is the fallback.
// Also the excerpt of the offending line that the terminal table shows under a syntax error.
import type { Localized } from '../i18n/lang.js';
import type { Position, YamlProblem } from './yaml-source.js';

const BY_CODE: Record<string, Localized> = {
  DUPLICATE_KEY: { vi: 'khóa bị lặp lại trong cùng một ánh xạ', en: 'duplicate key in the same mapping' },
  TAB_AS_INDENT: { vi: 'không được dùng ký tự tab để thụt lề; hãy dùng dấu cách', en: 'tab characters must not be used for indentation; use spaces' },
  BAD_INDENT: { vi: 'thụt lề không đúng', en: 'bad indentation' },
  MULTILINE_IMPLICIT_KEY: { vi: 'khóa ngầm định không được trải trên nhiều dòng', en: 'implicit keys must be on a single line' },
  BLOCK_AS_IMPLICIT_KEY: { vi: 'khối không được dùng làm khóa ngầm định', en: 'a block cannot be an implicit key' },
  UNEXPECTED_TOKEN: { vi: 'ký hiệu không mong đợi', en: 'unexpected token' },
  BAD_DIRECTIVE: { vi: 'chỉ thị YAML không hợp lệ', en: 'invalid YAML directive' },
  MULTIPLE_DOCS: { vi: 'tệp chỉ được chứa một tài liệu YAML', en: 'the file must hold a single YAML document' },
  BAD_ALIAS: { vi: 'bí danh (alias) không hợp lệ', en: 'invalid alias' },
  MISSING_ANCHOR: { vi: 'bí danh trỏ tới neo (anchor) không tồn tại', en: 'alias refers to an anchor that does not exist' },
  BAD_SCALAR_START: { vi: 'giá trị bắt đầu bằng ký tự không hợp lệ', en: 'a plain value cannot start with this character' },
  KEY_OVER_1024_CHARS: { vi: 'khóa dài quá 1024 ký tự (dấu ":" phải nằm trong 1024 ký tự đầu của khóa)', en: 'key longer than 1024 characters (the ":" must come within 1024 characters of the key\'s start)' },
  BAD_DQ_ESCAPE: {
    vi: 'chuỗi trong nháy kép có chuỗi thoát (\\) không hợp lệ; viết \\\\ cho dấu \\ hoặc dùng nháy đơn',
    en: 'invalid escape (\\) in a double-quoted string; write \\\\ for a backslash, or use single quotes',
  },
  BLOCK_IN_FLOW: { vi: 'không được đặt khối trong ngoặc { } hoặc [ ]', en: 'block collections are not allowed inside flow { } or [ ]' },
};

/** Codes the parser uses for several situations, told apart by its own text. */
const BY_DETAIL: [RegExp, Localized][] = [
  [/closing "quote/, { vi: 'thiếu dấu nháy kép (") đóng chuỗi', en: 'unclosed double quote (")' }],
  [/closing 'quote/, { vi: "thiếu dấu nháy đơn (') đóng chuỗi", en: "unclosed single quote (')" }],
  [/without - indicator/, { vi: 'thụt lề không đúng: mục danh sách thiếu dấu "-" hoặc lệch cột', en: 'bad indentation: a list item without "-", or misaligned' }],
  [/same column/, { vi: 'thụt lề không đúng: các khóa của cùng một ánh xạ phải thẳng cột', en: 'bad indentation: keys of one mapping must start at the same column' }],
  [/end with a \]/, { vi: 'thiếu dấu "]" đóng danh sách', en: 'unclosed "[": a flow list must end with "]"' }],
  [/end with a \}/, { vi: 'thiếu dấu "}" đóng ánh xạ', en: 'unclosed "{": a flow mapping must end with "}"' }],
];

/** Problems found by the limits and checks of yaml-source.ts; `{n}` is the problem's detail. */
const OWN: Record<string, Localized> = {
  LIMIT_DEPTH: { vi: 'dữ liệu lồng nhau quá sâu (giới hạn {n} cấp{flag})', en: 'data nested too deeply (limit {n} levels{flag})' },
  LIMIT_STACK: {
    vi: 'dữ liệu lồng nhau quá sâu đối với trình đọc YAML (hãy giảm --max-depth hoặc bớt cấp lồng nhau)',
    en: 'data nested too deeply for the YAML parser (lower --max-depth, or nest less)',
  },
  LIMIT_KEYS: { vi: 'ánh xạ có quá nhiều khóa (giới hạn {n} khóa trong một ánh xạ)', en: 'too many keys in one mapping (limit {n})' },
  LIMIT_ALIASES: {
    vi: 'tệp dùng quá nhiều bí danh YAML (giới hạn {n}{flag}); có thể là tấn công "billion laughs"',
    en: 'too many YAML alias expansions (limit {n}{flag}); possibly a "billion laughs" attack',
  },
  LIMIT_ALIAS_NODES: {
    vi: 'bí danh YAML sao chép quá nhiều dữ liệu (giới hạn {n} nút thêm vào)',
    en: 'YAML aliases copy too much data (limit {n} added nodes)',
  },
  ALIAS_WITHOUT_ANCHOR: { vi: 'bí danh "*{n}" không có neo "&{n}" nào phía trước', en: 'alias "*{n}" has no anchor "&{n}" before it' },
  ALIAS_CYCLE: { vi: 'bí danh "*{n}" nằm trong chính neo của nó (vòng lặp vô tận)', en: 'alias "*{n}" is inside its own anchor (an endless loop)' },
  UNSUPPORTED_TAG: {
    vi: 'thẻ YAML "{n}" không được hỗ trợ; hãy xóa thẻ (giá trị chỉ là văn bản, số, true/false, danh sách hoặc ánh xạ)',
    en: 'unsupported YAML tag "{n}"; remove it (values are text, numbers, true/false, lists or mappings)',
  },
};

/** The command-line flag that raises each limit, for inventories (other files have fixed limits). */
const FLAGS: Record<string, string> = { LIMIT_DEPTH: '--max-depth', LIMIT_ALIASES: '--max-aliases' };

/** Characters of a duplicate key named in its message. */
const KEY_SHOWN = 60;

/**
 * The offending line split at the problem's column, for a code frame: `before` and `after` are at
 * most EXCERPT_SIDE characters each (cut with "…"), so a minified 10 MB line stays one short line.
 * Raw file text: whoever shows it makes it visible (formatters/common/visible-text.ts) and puts
 * the caret under the first character of `after`.
 */
export interface SourceExcerpt {
  before: string;
  after: string;
}

export const EXCERPT_SIDE = 60;

export function sourceExcerpt(text: string, position: Position): SourceExcerpt | undefined {
  let start = 0;
  for (let line = 1; line < position.line; line += 1) {
    const next = text.indexOf('\n', start);
    if (next < 0) return undefined;
    start = next + 1;
  }
  let end = text.indexOf('\n', start);
  if (end < 0) end = text.length;
  if (end > start && text[end - 1] === '\r') end -= 1;
  const at = Math.min(start + Math.max(0, position.column - 1), end);
  const before = text.slice(Math.max(start, at - EXCERPT_SIDE), at);
  const after = text.slice(at, Math.min(end, at + EXCERPT_SIDE));
  if (before.trim() === '' && after.trim() === '') return undefined;
  return {
    before: (at - start > EXCERPT_SIDE ? '…' : '') + before,
    after: after + (end - at > EXCERPT_SIDE ? '…' : ''),
  };
}

export function yamlProblemMessage(problem: YamlProblem, options: { flags?: boolean } = {}): Localized {
  const own = OWN[problem.code];
  if (own) {
    const flag = options.flags && FLAGS[problem.code] ? `, ${FLAGS[problem.code]}` : '';
    const fill = (text: string): string => text.replaceAll('{n}', () => problem.detail).replace('{flag}', () => flag);
    const message = { vi: fill(own.vi), en: fill(own.en) };
    if (problem.code.startsWith('LIMIT_')) return message;
    return { vi: `lỗi YAML: ${message.vi}`, en: `YAML error: ${message.en}` };
  }
  if (problem.code === 'DUPLICATE_KEY') {
    // The key is file text: quoted as JSON (control characters escaped) and cut to a readable length.
    const key = JSON.stringify(problem.detail.length > KEY_SHOWN ? `${problem.detail.slice(0, KEY_SHOWN)}…` : problem.detail);
    return { vi: `lỗi cú pháp YAML: khóa ${key} bị lặp lại trong cùng một ánh xạ`, en: `YAML syntax error: duplicate key ${key} in the same mapping` };
  }
  const byDetail = BY_DETAIL.find(([pattern]) => pattern.test(problem.detail))?.[1];
  const known = byDetail ?? BY_CODE[problem.code];
  const prefix = { vi: 'lỗi cú pháp YAML', en: 'YAML syntax error' };
  if (!known) return { vi: `${prefix.vi}: ${problem.detail}`, en: `${prefix.en}: ${problem.detail}` };
  return { vi: `${prefix.vi}: ${known.vi}`, en: `${prefix.en}: ${known.en}` };
}
