// Seeded variations of inventory-like YAML, mixing ordinary and awkward constructs, for comparing
// the fast path with the precise parser.
import { prng } from '../../bench/generate.mjs';

const KEYS = ['id', 'name', 'owner', 'level', 'a', '"quoted key"', "'single'", '1', 'true', '~', 'x y', 'k-1', 'ư', 'Ngày', 'null', 'url'];
/** Keys at and over the 1,024-character limit of implicit keys, keys typed in NFD, and keys that look like document markers. */
const AWKWARD_KEYS = [
  'k'.repeat(1022), 'k'.repeat(1030), `"${'q'.repeat(1030)}"`, 'Ngày'.normalize('NFD'), '"Tên hệ thống"'.normalize('NFD'), '...', '---', '... x', '--- x', '...x',
];
/** Document markers, written at column 0 between lines. */
const MARKERS = ['...', '---', '... # end', '--- # start', '... x: 1'];
const SCALARS = [
  'plain text', 'Hệ thống thông tin', 'Hệ thống thông tin', '12', '+3', '0o17', '0x1F', '1.5', '.5', '1e3', '1.', '-.inf', '.NaN',
  'true', 'False', 'TRUE', 'yes', '~', 'null', 'Null', '', '2024-01-31', '31/01/2024', "'it''s'", '"dq"', '"a # b"', "'x: y'",
  'a # comment', 'http://x.vn/a#b', 'x:y', 'a:b c', '-5', '- x', '[a, b]', '[ ]', '{}', '{ a: 1, b: [x, "y"] }', '{x: }', '[a, b,]',
  '{a: 1,}', '"unterminated', "'bad", 'x: y', '&anchor v', '*alias', '!tag v', '|', '>', '@x', '`x', '%x', 'a  b', 'trailing   ',
  '{a: {b: [1, {c: d}]}}', '[[1, 2], [3]]', 'ä\u0308', '"\\n"', "''", '""', ': x', '? x', '#', 'a #', 'a#b', '{ a: b } x', '[a]x',
];
const COMMENTS = ['', '', '', ' # note', '  #x', '#bad'];

export function yamlVariation(seed: number): string {
  const random = prng(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
  const lines: string[] = [];
  const blank = (): void => {
    if (random() < 0.01) lines.push(pick(MARKERS));
    if (random() < 0.1) lines.push(random() < 0.5 ? '' : `${' '.repeat(Math.floor(random() * 6))}# comment`);
  };
  const map = (indent: number, depth: number, first?: string): void => {
    const n = 1 + Math.floor(random() * 4);
    for (let i = 0; i < n; i += 1) {
      const pad = i === 0 && first !== undefined ? first : ' '.repeat(indent);
      const key = random() < 0.05 ? pick(AWKWARD_KEYS) : pick(KEYS);
      const sep = random() < 0.05 ? ' :' : ':';
      const r = random();
      if (depth < 4 && r < 0.25) {
        lines.push(`${pad}${key}${sep}${pick(COMMENTS)}`);
        blank();
        map(indent + (random() < 0.1 ? 1 : 2), depth + 1);
      } else if (depth < 4 && r < 0.45) {
        lines.push(`${pad}${key}${sep}${pick(COMMENTS)}`);
        blank();
        seq(indent + (random() < 0.4 ? 0 : 2), depth + 1);
      } else if (r < 0.5) {
        lines.push(`${pad}${key}${sep}${random() < 0.5 ? '' : '   '}${pick(COMMENTS)}`);
      } else {
        lines.push(`${pad}${key}${sep} ${pick(SCALARS)}${pick(COMMENTS)}`);
        if (random() < 0.03) lines.push(`${' '.repeat(indent + 2)}continued`);
      }
      blank();
    }
  };
  const seq = (indent: number, depth: number): void => {
    const n = 1 + Math.floor(random() * 3);
    for (let i = 0; i < n; i += 1) {
      const r = random();
      const pad = ' '.repeat(indent);
      if (depth < 4 && r < 0.5) {
        map(indent + 2, depth + 1, `${pad}- `);
      } else if (depth < 4 && r < 0.6) {
        lines.push(`${pad}-${pick(COMMENTS)}`);
        map(indent + 2, depth + 1);
      } else if (r < 0.7) {
        lines.push(`${pad}-${random() < 0.5 ? '' : ' '}`);
      } else {
        lines.push(`${pad}- ${pick(SCALARS)}${pick(COMMENTS)}`);
      }
      blank();
    }
  };
  if (random() < 0.3) lines.push('# header comment');
  map(0, 0);
  return `${lines.join(random() < 0.1 ? '\r\n' : '\n')}${random() < 0.9 ? '\n' : ''}`;
}
