// HTML built so that escaping cannot be forgotten: the `html` template tag escapes every
// interpolated value unless it is already `SafeHtml` (markup this code built). Inventory strings
// are plain strings, so a system named `<img src=x onerror=alert(1)>` always comes out as text.
// Attribute values must be quoted in the templates; quotes are escaped too.

export class SafeHtml {
  constructor(readonly value: string) {}
  toString(): string {
    return this.value;
  }
}

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ENTITIES[c]!);
}

export type HtmlValue = SafeHtml | string | number | null | undefined | false | readonly HtmlValue[];

function render(value: HtmlValue): string {
  if (value instanceof SafeHtml) return value.value;
  if (Array.isArray(value)) return value.map(render).join('');
  if (value === null || value === undefined || value === false) return '';
  return escapeHtml(String(value));
}

export function html(strings: TemplateStringsArray, ...values: HtmlValue[]): SafeHtml {
  let out = strings[0]!;
  values.forEach((value, i) => {
    out += render(value) + strings[i + 1]!;
  });
  return new SafeHtml(out);
}

/** Markup this code wrote itself (the stylesheet, the script). Never pass user data here. */
export function trusted(markup: string): SafeHtml {
  return new SafeHtml(markup);
}
