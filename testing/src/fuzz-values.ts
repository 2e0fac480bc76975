import { DEMO_CLIENTS, DEMO_PARTNERS, DEMO_REFERRERS, KADERA } from '@hub/common';
import fc from 'fast-check';

/**
 * Values a hostile or careless caller sends: odd unicode, NUL bytes, overlong
 * strings, huge numbers, wrong types. None of them looks like a leak the
 * checks look for (SQL, paths, stack frames), since error messages may echo them.
 */
const ODD_STRINGS = [
  '',
  ' ',
  '\u0000',
  'Jan\u0000Jansen',
  '\\u0000',
  '%00',
  '\uD800',
  '\uDFFF',
  'a\uDBFFb',
  '\u202Eevil\u202C',
  '\u200F\u200E',
  '\u200B\u2060\uFEFF',
  '👩‍👩‍👧‍👦',
  '🏳️‍🌈',
  'e\u0301\u0301\u0301\u0301\u0301',
  'Z\u0337\u0322\u031Ba\u0336l\u0335g\u0338o',
  'ﷺ',
  '𝕏𝕐𝕫',
  '\u0085\u2028\u2029',
  '\u00A0',
  '\r\n\t',
  '"',
  "'",
  '\\',
  "' OR '1'='1",
  "'; DROP TABLE client; --",
  '$1',
  '%s%s%n',
  '${process.env}',
  '{{7*7}}',
  '<script>alert(1)</script>',
  '../../../etc/passwd',
  'null',
  'NaN',
  '-0',
  '2026-02-30',
  '0000-00-00',
  '99999-12-31',
  '2026-01-01T25:61:61Z',
  'GM0193',
  'GM9999',
];

const HUGE_NUMBERS = [0, -1, 1, 2147483647, 2147483648, -2147483649, 2 ** 53 + 1, -(2 ** 53) - 2, 1e308, -1e308, 5e-324, 0.5, -0.0001, 1e21];

/** Ids that exist in the demo world, so some requests go past "not found". */
export const KNOWN_IDS = [
  ...DEMO_CLIENTS.slice(0, 6).map((client) => client.id),
  ...DEMO_PARTNERS.slice(0, 3).map((partner) => partner.id),
  DEMO_REFERRERS[0].id,
  KADERA.id,
];

export const hostileString: fc.Arbitrary<string> = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...ODD_STRINGS) },
  { weight: 3, arbitrary: fc.string({ unit: 'grapheme', maxLength: 24 }) },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 24 }) },
  { weight: 1, arbitrary: fc.tuple(fc.constantFrom('x', 'é', '😀', '\u202E', 'a\u0301'), fc.integer({ min: 300, max: 40_000 })).map(([s, n]) => s.repeat(n)) },
  { weight: 2, arbitrary: fc.constantFrom(...KNOWN_IDS) },
  { weight: 1, arbitrary: fc.uuid() },
);

export const hugeNumber: fc.Arbitrary<number> = fc.oneof(fc.constantFrom(...HUGE_NUMBERS), fc.integer(), fc.double({ noNaN: true, noDefaultInfinity: true }));

/** A GraphQL name: aliases, variables, fragments, unknown arguments. */
export const graphqlName: fc.Arbitrary<string> = fc
  .tuple(fc.constantFrom('a', 'b', 'x', 'q', 'f', 'v'), fc.nat({ max: 999 }))
  .map(([head, n]) => `${head}${n}`);

/** Any JSON value, with hostile leaves. */
export const hostileJson: fc.Arbitrary<unknown> = fc.letrec<{ value: unknown }>((tie) => ({
  value: fc.oneof(
    { depthSize: 'small', maxDepth: 4 },
    hostileString,
    hugeNumber,
    fc.boolean(),
    fc.constant(null),
    fc.array(tie('value'), { maxLength: 4 }),
    fc.dictionary(graphqlName, tie('value'), { maxKeys: 4 }),
  ),
})).value;

/** Literal text for a GraphQL number that JSON cannot carry. */
export const oddNumberLiteral = fc.constantFrom('99999999999999999999999', '1e999', '-1e999', '0.0000001', '-0', '007', '1.', '.5', '0x10', '1_000');
