import { buildSchema, type GraphQLFieldResolver, type GraphQLObjectType, type GraphQLResolveInfo } from 'graphql';
import { hubError } from '../errors';
import type { RequestContext } from '../server/request-context';
import { recordClientAccess } from './access-middleware';
import { AccessRecorder } from './access-recorder';

const C1 = '11111111-1111-4111-8111-111111111111';
const base = { action: 'READ' as const, caller: undefined, sourceService: 'clients', requestId: 'r' };
const row = { id: C1, name: 'N', later: 'L', hidden: 'H', refused: 'R' };

/** A client-linked type whose fields answer in each way a field can: at once, later, with an error value, by throwing. */
function clientField(name: keyof typeof row) {
  const schema = buildSchema('type Client { id: ID! name: String later: String hidden: String refused: String } type Query { client: Client }');
  const client = schema.getType('Client') as GraphQLObjectType;
  const fields = client.getFields();
  fields.later.resolve = async (parent: typeof row) => parent.later;
  fields.hidden.resolve = () => hubError('FORBIDDEN', 'access denied to Client.hidden');
  fields.refused.resolve = () => {
    throw hubError('FORBIDDEN', 'access denied to Client.refused');
  };
  const wrapped = recordClientAccess(schema, { Client: (parent: { id: string }) => parent.id });
  const type = wrapped.getType('Client') as GraphQLObjectType;
  const info = { fieldName: name, parentType: type, path: { prev: { prev: undefined, key: 'client', typename: 'Query' }, key: name, typename: 'Client' } };
  const access = new AccessRecorder();
  const context = { access } as unknown as RequestContext;
  const resolve = type.getFields()[name].resolve as GraphQLFieldResolver<unknown, RequestContext>;
  return { call: () => resolve(row, {}, context, info as unknown as GraphQLResolveInfo), events: () => access.events(base) };
}

describe('recordClientAccess: the fields of a client-linked type', () => {
  it('answers a field that has its value at once without a promise, and records it', () => {
    const field = clientField('name');
    const value = field.call();
    expect(value).toBe('N');
    expect(field.events()).toEqual([expect.objectContaining({ outcome: 'ALLOWED', clientIds: [C1], fields: ['Client.name'], objects: [`Client:${C1}`] })]);
  });

  it('records a field whose value comes later once it has come', async () => {
    const field = clientField('later');
    const value = field.call();
    expect(value).toBeInstanceOf(Promise);
    expect(field.events()).toEqual([]);
    await expect(value).resolves.toBe('L');
    expect(field.events()).toEqual([expect.objectContaining({ outcome: 'ALLOWED', fields: ['Client.later'] })]);
  });

  it('records a refusal answered as an error value, and one thrown', () => {
    const hidden = clientField('hidden');
    expect(hidden.call()).toMatchObject({ extensions: { code: 'FORBIDDEN' } });
    expect(hidden.events()).toEqual([expect.objectContaining({ outcome: 'DENIED', clientIds: [C1], fields: ['Client.hidden'] })]);
    const refused = clientField('refused');
    expect(() => refused.call()).toThrow('access denied to Client.refused');
    expect(refused.events()).toEqual([expect.objectContaining({ outcome: 'DENIED', clientIds: [C1], fields: ['Client.refused'] })]);
  });
});
