// Messages are filled in when read; they must read, compare and serialise like plain { vi, en } objects.
import { describe, expect, it } from 'vitest';
import { localize, machineText } from '../../src/i18n/lang.js';

describe('localize', () => {
  const basis = localize({ vi: 'lần kiểm tra gần nhất {d}', en: 'last audit {d}' }, { d: '2024-01-02' });
  const message = localize({ vi: 'quá hạn từ {due} ({basis}); {missing}', en: 'overdue since {due} ({basis}); {missing}' }, { due: '2025-01-02', basis });

  it('fills placeholders in each language, a localized parameter in the same language, and leaves unknown names visible', () => {
    expect(message.vi).toBe('quá hạn từ 02/01/2025 (lần kiểm tra gần nhất 02/01/2024); {missing}');
    expect(message.en).toBe('overdue since 2025-01-02 (last audit 2024-01-02); {missing}');
  });

  it('keeps ISO dates for machine formats, nested messages included', () => {
    expect(machineText(message, 'vi')).toBe('quá hạn từ 2025-01-02 (lần kiểm tra gần nhất 2024-01-02); {missing}');
    expect(machineText(message, 'en')).toBe(message.en);
  });

  it('serialises as both texts', () => {
    expect(JSON.parse(JSON.stringify({ message: basis }))).toEqual({ message: { vi: 'lần kiểm tra gần nhất 2024-01-02', en: 'last audit 2024-01-02' } });
  });
});
