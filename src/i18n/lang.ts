// Every user-facing text exists in Vietnamese and English; machine formats keep English ids.

export type Lang = 'vi' | 'en';
export const LANGS: readonly Lang[] = ['vi', 'en'];

/** A text in both languages. Rule titles, messages and UI strings all use this shape. */
export interface Localized {
  vi: string;
  en: string;
}

export type Params = Readonly<Record<string, string | number | undefined>>;

/** Replaces `{name}` placeholders; unknown names are left visible so a missing parameter shows in tests. */
export function interpolate(template: string, params: Params = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = params[name];
    return value === undefined ? whole : String(value);
  });
}

export function localize(text: Localized, params?: Params): Localized {
  return { vi: interpolate(text.vi, params), en: interpolate(text.en, params) };
}

/** `vi` when the POSIX locale (LC_ALL, then LC_MESSAGES, then LANG) starts with `vi`, else `en`. */
export function langFromEnv(env: Readonly<Record<string, string | undefined>>): Lang {
  const locale = env.LC_ALL || env.LC_MESSAGES || env.LANG || '';
  return locale.toLowerCase().startsWith('vi') ? 'vi' : 'en';
}

export function isLang(value: string): value is Lang {
  return (LANGS as readonly string[]).includes(value);
}
