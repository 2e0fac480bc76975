import { stripVTControlCharacters } from 'node:util';

/**
 * Reduces free text (an error message, a PostgreSQL server line, a message
 * Apollo or knex hands the logger) to its shape: what went wrong, without
 * what it was handed. Quoted, bracketed and numeric parts are where messages
 * carry values (`invalid input syntax for type uuid: "…"`, `Key (name)=(…)`,
 * `Failing row contains (…)`, an inlined statement), so each is replaced, from
 * its first opening to its last closing character: a value that itself holds
 * a quote or bracket cannot end the replacement early. An opening without a
 * closing replaces everything after it.
 */
const PAIRS: [open: string, close: string, shown: string][] = [
  ['"\'`', '"\'`', '"…"'],
  ['(', ')', '(…)'],
  ['[', ']', '[…]'],
  ['{', '}', '{…}'],
  ['<', '>', '<…>'],
];

/** A detail, hint, statement or context part quotes rows and statements: nothing after its label is kept. */
const TAIL = /(?:^|\n|\s-\s)\s*(?:detail|hint|where|statement|context|query|parameters|bindings)\s*:[\s\S]*$/i;

const UUID = /\b[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\b/gi;

function replaceSpan(text: string, open: string, close: string, shown: string): string {
  let first = -1;
  for (let i = 0; i < text.length; i += 1) {
    if (open.includes(text[i])) {
      first = i;
      break;
    }
  }
  if (first < 0) return text;
  let last = -1;
  for (let i = text.length - 1; i > first; i -= 1) {
    if (close.includes(text[i])) {
      last = i;
      break;
    }
  }
  return last < 0 ? `${text.slice(0, first)}${shown.slice(0, -1)}` : `${text.slice(0, first)}${shown}${text.slice(last + 1)}`;
}

const SCRUBBED_TEXT_MAX = 300;

export function scrubText(text: unknown, max = SCRUBBED_TEXT_MAX): string {
  // MikroORM colours its own messages; the escape codes' brackets would read as an opening.
  let shape = stripVTControlCharacters(String(text)).replace(TAIL, '');
  for (const [open, close, shown] of PAIRS) shape = replaceSpan(shape, open, close, shown);
  shape = shape.replace(UUID, '#').replace(/\d+/g, '#').replace(/\s+/g, ' ').trim();
  return shape.length > max ? `${shape.slice(0, max)}…` : shape;
}

/**
 * SQL as the query log may hold it: placeholders stay, while any literal an
 * ORM or a hand-written statement inlined (strings, dollar-quoted bodies,
 * numbers) becomes `?`. Identifiers ("double-quoted") are schema, not data.
 */
export function scrubSql(sql: unknown, max = 4_000): string {
  const shape = String(sql)
    .replace(/\$([A-Za-z_]\w*)?\$[\s\S]*?(?:\$\1\$|$)/g, '?')
    .replace(/'(?:[^']|'')*(?:'|$)/g, '?')
    .replace(/(?<![\w$".])\d+(?:\.\d+)?(?:e[+-]?\d+)?\b/gi, '?');
  return shape.length > max ? `${shape.slice(0, max)}…` : shape;
}
