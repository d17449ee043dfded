// A fast, position-free YAML read for `validate`. js-yaml builds plain data about ten times faster
// than the position-tracking parser, which only matters when there is something to point at. The
// scalar types below are exactly the `yaml` library's YAML 1.2 core schema (the loader's), so both
// read the same values; anything the fast read cannot vouch for (an error, an alias, a tag, several
// documents) returns undefined and the caller falls back to the full parser.
import jsYaml from 'js-yaml';

function scalar(tag: string, test: RegExp, construct: (text: string) => unknown): jsYaml.Type {
  return new jsYaml.Type(`tag:yaml.org,2002:${tag}`, {
    kind: 'scalar',
    resolve: (data: unknown) => (data === null ? tag === 'null' : typeof data === 'string' && test.test(data)),
    construct: (data: unknown) => (data === null ? null : construct(data as string)),
  });
}

const sign = (text: string): number => (text.startsWith('-') ? -1 : 1);

const CORE = jsYaml.FAILSAFE_SCHEMA.extend({
  implicit: [
    scalar('null', /^(?:~|[Nn]ull|NULL)?$/, () => null),
    scalar('bool', /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/, (t) => t[0] === 't' || t[0] === 'T'),
    scalar('int', /^(?:[-+]?[0-9]+|0o[0-7]+|0x[0-9a-fA-F]+)$/, (t) =>
      t.startsWith('0o') ? parseInt(t.slice(2), 8) : t.startsWith('0x') ? parseInt(t.slice(2), 16) : sign(t) * parseInt(t.replace(/^[-+]/, ''), 10),
    ),
    scalar('float', /^(?:[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+|[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)|[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/, (t) =>
      /nan$/i.test(t) ? NaN : /inf$/i.test(t) ? sign(t) * Infinity : parseFloat(t),
    ),
  ],
});

/** Anything that may be an alias, a tag or a directive: the full parser decides those. */
const NEEDS_FULL_PARSER = /(?:^|[\s[{,:-])[*!]|^%/m;

export function fastYamlData(text: string): unknown {
  if (NEEDS_FULL_PARSER.test(text)) return undefined;
  try {
    return jsYaml.load(text, { schema: CORE, json: false });
  } catch {
    return undefined;
  }
}
