// The table's width fast path must agree with string-width everywhere.
import stringWidth from 'string-width';
import { describe, expect, it } from 'vitest';
import { displayWidth } from '../../src/util/display-width.js';

describe('displayWidth', () => {
  it('equals string-width for every character below U+2800, alone and next to a letter', () => {
    const differences: string[] = [];
    for (let code = 0; code < 0x2800; code += 1) {
      const c = String.fromCharCode(code);
      for (const text of [c, `a${c}`, `${c}b`]) if (displayWidth(text) !== stringWidth(text)) differences.push(JSON.stringify(text));
    }
    expect(differences).toEqual([]);
  });

  it.each(['Việt Nam', 'Vie\u0323\u0302t Nam', '\u0301abc', 'lớp "giám sát" ≥ 3 — x', 'emoji 😀', '\u001b[31mred\u001b[0m', '中文', ''])(
    'equals string-width on %j',
    (text) => {
      expect(displayWidth(text)).toBe(stringWidth(text));
    },
  );
});
