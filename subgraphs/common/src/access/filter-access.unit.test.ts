import { buildSchema, type GraphQLResolveInfo } from 'graphql';
import type { Caller } from '../domain/caller';
import { requireFilterAccess } from './filter-access';

const schema = buildSchema(`
  directive @requiresScopes(scopes: [[String!]!]!) repeatable on FIELD_DEFINITION | OBJECT
  directive @policy(policies: [[String!]!]!) on FIELD_DEFINITION
  type Client {
    name: String @requiresScopes(scopes: [["staff"], ["partner:ggz"]]) @policy(policies: [["consent:IDENTITY"]])
    address: String @requiresScopes(scopes: [["staff"]])
    secret: String
  }
  type Query { search(name: String, address: String, secret: String): [Client] @requiresScopes(scopes: [["staff"], ["intake"], ["partner:ggz"]]) }
`);
const info = { schema } as GraphQLResolveInfo;
const FILTERS = { name: 'Client.name', address: 'Client.address', secret: 'Client.secret', nowhere: 'Client.nowhere' };
const as = (...roles: string[]) => ({ userId: 'u', roles }) as unknown as Caller;

describe('requireFilterAccess: a filter only from a role that may select the field it filters on', () => {
  it('accepts a filter the roles may select, and ignores filters left out', () => {
    expect(() => requireFilterAccess(info, as('staff'), FILTERS, { name: 'Iris', address: 'Dorpsstraat' })).not.toThrow();
    expect(() => requireFilterAccess(info, as('partner:ggz'), FILTERS, { name: 'Iris', address: null })).not.toThrow();
    expect(() => requireFilterAccess(info, as('intake'), FILTERS, {})).not.toThrow();
  });

  it.each([
    ['intake', { name: 'Iris' }, 'name'],
    ['partner:ggz', { address: 'Dorpsstraat' }, 'address'],
    ['staff', { secret: 'x' }, 'secret'],
    ['staff', { nowhere: 'x' }, 'nowhere'],
  ])('%s is refused the filter in %j with FORBIDDEN naming the argument', (role, args, argument) => {
    expect(() => requireFilterAccess(info, as(role), FILTERS, args)).toThrow(expect.objectContaining({ extensions: { code: 'FORBIDDEN', argument } }));
  });

  it('refuses every filter to a caller without roles', () => {
    expect(() => requireFilterAccess(info, undefined, FILTERS, { name: 'Iris' })).toThrow(/name/);
  });
});
