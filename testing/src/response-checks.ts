/**
 * What no answer of the hub may contain, whatever it was sent: an HTML page,
 * a stack frame, a file path, SQL or a database message.
 */
const LEAKS: Array<[string, RegExp]> = [
  ['HTML', /<html|<!doctype|<pre>/i],
  ['a stack frame', /\n?\s{2,}at\s+\S|\.[cm]?[jt]s:\d+/],
  ['a file path', /\/work\/|\/root\/|\/home\/|\/tmp\/|node_modules|[A-Z]:\\\\/],
  [
    'SQL',
    /\bselect\s.+\sfrom\s|\binsert into\b|\bupdate\s+"?\w+"?\s+set\b|\bdelete from\b|\brelation "|syntax error at or near|\bviolates\b|\bduplicate key\b|invalid byte sequence|\bpg_|\bmikro-?orm\b/i,
  ],
  [
    'an internal message',
    /TypeError|ReferenceError|RangeError|Cannot read propert|is not a function|undefined is not|ECONNREFUSED|ECONNRESET|socket hang up|`req\.body`/,
  ],
];

/** The kinds of leak found in a response body (empty when it is clean). */
export function leaksIn(text: string): string[] {
  return LEAKS.filter(([, pattern]) => pattern.test(text)).map(([name]) => name);
}

export interface ErrorShape {
  errors: Array<{ message: string; extensions: { code: string } }>;
}

/** Whether a body is JSON in the GraphQL shape with at least one coded error; returns what is wrong, or undefined. */
export function graphqlErrorShapeProblem(text: string): string | undefined {
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    return 'the body is not JSON';
  }
  const errors = (body as Partial<ErrorShape> | null)?.errors;
  if (!Array.isArray(errors) || errors.length === 0) return 'the body has no errors list';
  for (const error of errors) {
    if (typeof error?.message !== 'string') return 'an error has no message';
    if (typeof error?.extensions?.code !== 'string') return 'an error has no extensions.code';
  }
  return undefined;
}
