// Every user-facing text exists in Vietnamese and English; machine formats keep English ids.

export type Lang = 'vi' | 'en';
export const LANGS: readonly Lang[] = ['vi', 'en'];

/** A text in both languages. Rule titles, messages and UI strings all use this shape. */
export interface Localized {
  vi: string;
  en: string;
}

/** Text a rule pack may give once for both languages (a citation) or per language (a policy). */
export type TextOrLocalized = string | Localized;

/** The text of a TextOrLocalized in one language. */
export function textIn(text: TextOrLocalized, lang: Lang): string {
  return typeof text === 'string' ? text : text[lang];
}

/** Values for `{name}` placeholders; a Localized value is filled in the language being written. */
export type Params = Readonly<Record<string, string | number | undefined | Localized>>;

/**
 * Templates split once into text and placeholders: [text, name, one, other, text, …, text]. A
 * placeholder `{n:system|systems}` is a count with its noun ("1 system", "2 systems"): English
 * needs it, Vietnamese does not (nouns have no plural form); a plain `{n}` has `one` undefined.
 */
const compiled = new Map<string, (string | undefined)[]>();

function compile(template: string): (string | undefined)[] {
  let parts = compiled.get(template);
  if (!parts) {
    parts = template.split(/\{(\w+)(?::([^{}|]*)\|([^{}]*))?\}/);
    if (compiled.size < 10_000) compiled.set(template, parts);
  }
  return parts;
}

/** A count with its English noun: 1 takes the singular, every other count the plural. */
export function plural(n: number, one: string, other: string): string {
  return `${n} ${n === 1 ? one : other}`;
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})( \d{2}:\d{2})?$/;

/** Dates as people write them: 26/12/2024 (and 26/12/2024 08:30) in Vietnamese, ISO 2024-12-26 in English. */
export function displayDate(date: string, lang: Lang): string {
  // Slices, not replace(ISO_DATE, '$3/$2/$1$4'): a table of 100k systems fills ~500k parameters.
  if (lang !== 'vi' || (date.length !== 10 && date.length !== 16) || !ISO_DATE.test(date)) return date;
  return `${date.slice(8, 10)}/${date.slice(5, 7)}/${date.slice(0, 4)}${date.slice(10)}`;
}

/** ISO dates inside a text written by the tool, rewritten for Vietnamese readers. */
export function displayDatesIn(text: string, lang: Lang): string {
  return lang === 'vi' ? text.replace(/\b(\d{4})-(\d{2})-(\d{2})\b/g, '$3/$2/$1') : text;
}

/**
 * Replaces `{name}` placeholders; unknown names are left visible so a missing parameter shows in tests.
 * A parameter that is exactly an ISO date (or `YYYY-MM-DD HH:MM`) is written dd/mm/yyyy in Vietnamese,
 * so every message with a date reads as a Vietnamese document would write it.
 */
export function interpolate(template: string, params: Params = {}, lang: Lang = 'en', dates: 'display' | 'iso' = 'display'): string {
  const parts = compile(template);
  let out = parts[0]!;
  for (let i = 1; i < parts.length; i += 4) {
    const name = parts[i]!;
    const value = params[name];
    const one = parts[i + 1];
    let text: string;
    if (value === undefined) text = `{${name}}`;
    else if (one !== undefined) text = plural(Number(value), one, parts[i + 2]!);
    else if (typeof value === 'object') text = dates === 'iso' && value instanceof Interpolated ? value.iso(lang) : value[lang];
    else text = typeof value === 'string' && dates === 'display' ? displayDate(value, lang) : String(value);
    out += text + parts[i + 3]!;
  }
  return out;
}

/**
 * A message filled in when it is read, not when it is made: an audit of 100,000 systems makes
 * about 250,000 messages, usually printed in one language only, and holding both texts of each
 * until the report is written cost more than the audit itself (time and memory).
 */
class Interpolated implements Localized {
  constructor(
    private readonly template: Localized,
    private readonly params: Params | undefined,
  ) {}
  get vi(): string {
    return interpolate(this.template.vi, this.params, 'vi');
  }
  get en(): string {
    return interpolate(this.template.en, this.params, 'en');
  }
  /** The text in `lang` with dates as the parameters give them (ISO), for machine formats. */
  iso(lang: Lang): string {
    return interpolate(this.template[lang], this.params, lang, 'iso');
  }
  /** Serialised for machine formats: ISO dates in both languages. */
  toJSON(): Localized {
    return { vi: this.iso('vi'), en: this.iso('en') };
  }
}

/**
 * A message for a machine format (JSON, SARIF, JUnit, GitLab): in `lang`, but its dates stay ISO as
 * every date field of those formats is, whatever the language.
 */
export function machineText(text: Localized, lang: Lang): string {
  return text instanceof Interpolated ? text.iso(lang) : text[lang];
}

/** The text with its placeholders filled, in both languages. `params` must not change afterwards. */
export function localize(text: Localized, params?: Params): Localized {
  return new Interpolated(text, params);
}

/** Texts joined by `separator`, still filled when read (so machine formats keep ISO dates in each part). */
export function joined(separator: string, ...parts: Localized[]): Localized {
  // The template is made once per separator and count: rule kinds join texts for every system.
  const key = `${parts.length}${separator}`;
  let template = joinTemplates.get(key);
  if (template === undefined) {
    const text = parts.map((_, i) => `{p${i}}`).join(separator);
    template = { vi: text, en: text };
    if (joinTemplates.size < 100) joinTemplates.set(key, template);
  }
  const params: Record<string, Localized> = {};
  for (let i = 0; i < parts.length; i += 1) params[`p${i}`] = parts[i]!;
  return localize(template, params);
}

const joinTemplates = new Map<string, Localized>();

/** `vi` when the POSIX locale (LC_ALL, then LC_MESSAGES, then LANG) starts with `vi`, else `en`. */
export function langFromEnv(env: Readonly<Record<string, string | undefined>>): Lang {
  const locale = env.LC_ALL || env.LC_MESSAGES || env.LANG || '';
  return locale.toLowerCase().startsWith('vi') ? 'vi' : 'en';
}

export function isLang(value: string): value is Lang {
  return (LANGS as readonly string[]).includes(value);
}
