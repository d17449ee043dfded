// Obligations already past say so: an expired waiver or ended layer evidence is not "active until".
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers.js';

interface Item {
  system: string;
  kind: string;
  subject: string;
  due: string;
  detail: string;
}

async function items(asOf: string, lang = 'en'): Promise<Item[]> {
  const { stdout } = await runCli(['plan', 'fixtures/most', '--as-of', asOf, '--within', '1y', '--format', 'json', '--lang', lang]);
  return (JSON.parse(stdout) as { items: Item[] }).items;
}

describe('plan wording follows the evaluation date', () => {
  it('past and future waiver expiries and layer ends', async () => {
    const pick = (list: Item[], system: string, kind: string, subject?: string): string | undefined =>
      list.find((i) => i.system === system && i.kind === kind && (subject === undefined || i.subject === subject))?.detail;
    const after = await items('2024-12-26');
    expect(pick(after, 'most-lgsp', 'waiver')).toMatch(/^waiver for "layers\/missing \(independent_audit\)" expired after 2024-09-30: /);
    expect(pick(after, 'most-tdc-truy-xuat', 'layer', 'ncsc')).toBe('layer "connection to the national monitoring system (NCSC)" (ncsc) was covered only until 2024-06-30');
    const before = await items('2024-06-01');
    expect(pick(before, 'most-lgsp', 'waiver')).toMatch(/^waiver for "layers\/missing \(independent_audit\)" is active until 2024-09-30: /);
    expect(pick(before, 'most-tdc-truy-xuat', 'layer', 'ncsc')).toBe('layer "connection to the national monitoring system (NCSC)" (ncsc) is covered until 2024-06-30');
    const vi = await items('2024-12-26', 'vi');
    expect(pick(vi, 'most-lgsp', 'waiver')).toMatch(/^ngoại lệ cho "layers\/missing \(independent_audit\)" đã hết hạn sau ngày 2024-09-30: /);
  });
});
