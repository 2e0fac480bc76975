import { exceededShapeLimits } from './operation-gate';
import { countTokens } from './operation-shape';
import { ROLE_LIMITS } from './role-limits';

const staff = ROLE_LIMITS.staff.operation;
const partner = ROLE_LIMITS['partner:ggz'].operation;

describe('exceededShapeLimits on a document seen before', () => {
  // Between the partner's token limit and staff's: staff may send it, a partner may not.
  const fields = Array.from({ length: 1500 }, () => 'x').join(' ');
  const long = `{ a { ${fields} } }`;

  it('refuses a text for a tighter caller after a more generous one sent it, and the reverse', () => {
    const tokens = countTokens(long);
    expect(tokens).toBeGreaterThan(partner.tokens);
    expect(tokens).toBeLessThanOrEqual(staff.tokens);
    const refusal = [{ limit: 'tokens', measured: tokens, maximum: partner.tokens }];
    expect(exceededShapeLimits(staff, { query: long })).toEqual([]);
    expect(exceededShapeLimits(partner, { query: long })).toEqual(refusal);
    expect(exceededShapeLimits(staff, { query: long })).toEqual([]);
    const other = `${long} `;
    expect(exceededShapeLimits(partner, { query: other })).toEqual(refusal);
    expect(exceededShapeLimits(staff, { query: other })).toEqual([]);
    expect(exceededShapeLimits(partner, { query: other })).toEqual(refusal);
  });

  it('measures the variables of every request, whatever was measured for the same text before', () => {
    const query = 'query ($ids: [ID!]) { a(ids: $ids) { id } }';
    expect(exceededShapeLimits(partner, { query, variables: { ids: ['1'] } })).toEqual([]);
    const many = Array.from({ length: partner.listArgumentItems + 1 }, (_, i) => String(i));
    expect(exceededShapeLimits(partner, { query, variables: { ids: many } })).toEqual([
      { limit: 'listArgumentItems', measured: many.length, maximum: partner.listArgumentItems },
    ]);
    expect(exceededShapeLimits(partner, { query, variables: { ids: ['1'] } })).toEqual([]);
  });

  it('measures each operation of a document by its name', () => {
    const query = 'query A { a { id } } query B { a { x: id y: id z: id u: id v: id w: id p: id q: id r: id s: id t: id } }';
    expect(exceededShapeLimits(partner, { query, operationName: 'A' })).toEqual([]);
    expect(exceededShapeLimits(partner, { query, operationName: 'B' })).toEqual([{ limit: 'aliases', measured: 11, maximum: partner.aliases }]);
    expect(exceededShapeLimits(partner, { query, operationName: 'A' })).toEqual([]);
  });
});
