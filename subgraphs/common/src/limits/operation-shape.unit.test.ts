import { getOperationAST, parse } from 'graphql';
import { countTokens, measureOperation } from './operation-shape';

const measure = (query: string, variables: Record<string, unknown> = {}) => {
  const document = parse(query);
  return measureOperation(document, getOperationAST(document)!, variables, query);
};

describe('measureOperation', () => {
  it('counts depth through fields, inline and named fragments', () => {
    expect(measure('{ a }').depth).toBe(1);
    expect(measure('{ a { b { c } } }').depth).toBe(3);
    expect(measure('{ a { ... on T { b { c { d } } } } }').depth).toBe(4);
    expect(measure('{ a { ...F } } fragment F on T { b { c } }').depth).toBe(3);
  });

  it('counts aliases once per use, also inside fragments spread twice', () => {
    expect(measure('{ x: a y: a a }').aliases).toBe(2);
    // `same: same` is no alias: it adds no response key.
    expect(measure('{ a: a }').aliases).toBe(0);
    expect(measure('{ p: a { ...F } q: a { ...F } } fragment F on T { u: b v: b }').aliases).toBe(6);
  });

  it('counts root fields without __typename, fragments unfolded', () => {
    expect(measure('{ a b __typename ... on Query { c } ...R } fragment R on Query { d e }').rootFields).toBe(5);
  });

  it('counts directives on fields, fragments and the operation', () => {
    expect(measure('query Q @x { a @skip(if: true) b @include(if: false) @y ...F @z } fragment F on T @w { c @v }').directives).toBe(7);
  });

  it.each(['{ a(first: 10) { b } }', '# a comment\n{ a }', 'query Q($v: [Int!] = [1, 2]) { a(v: $v) @skip(if: false) { ...F } } fragment F on T { b }'])(
    'counts the tokens of %j as the parser does, comments aside',
    (query) => {
      const tokens = countTokens(query);
      // The parser's own ceiling is the oracle: it accepts exactly `tokens` and not one fewer.
      expect(() => parse(query, { maxTokens: tokens })).not.toThrow();
      expect(() => parse(query, { maxTokens: tokens - 1 })).toThrow(/Document contains more/);
    },
  );

  it('finds the longest list argument, in literals, input objects and variables', () => {
    expect(measure('{ a(ids: [1, 2, 3]) }').listArgumentItems).toBe(3);
    expect(measure('{ a(input: { ids: [1, 2], nested: { more: [1, 2, 3, 4] } }) }').listArgumentItems).toBe(4);
    expect(measure('query ($s: [S!]) { a(status: $s) }', { s: Array(60).fill('X') }).listArgumentItems).toBe(60);
    expect(measure('query ($i: In) { a(input: $i) }', { i: { ids: Array(7).fill(1) } }).listArgumentItems).toBe(7);
  });

  it('leaves the representations of a federation entity fetch to the cost', () => {
    expect(measure('query ($r: [_Any!]!) { _entities(representations: $r) { __typename } }', { r: Array(500).fill({}) }).listArgumentItems).toBe(0);
  });

  it('measures a fragment bomb in linear time while adding up every use', () => {
    // Each level spreads the one below ten times: 10^6 leaf uses from a few lines.
    const levels = 6;
    const fragments = Array.from({ length: levels }, (_, i) =>
      i === levels - 1
        ? `fragment F${i} on T { x: a }`
        : `fragment F${i} on T { ${Array(10)
            .fill(`...F${i + 1}`)
            .join(' ')} }`,
    ).join('\n');
    const shape = measure(`{ root { ...F0 } } ${fragments}`);
    expect(shape.aliases).toBe(10 ** (levels - 1));
    expect(shape.depth).toBe(2);
  });

  it('does not loop on a fragment cycle (validation refuses it later)', () => {
    expect(measure('{ a { ...A } } fragment A on T { b { ...B } } fragment B on T { c { ...A } }').depth).toBe(3);
  });
});
