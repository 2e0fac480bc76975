import { buildSchema, execute, parse, type GraphQLSchema } from 'graphql';
import { shieldSchema, type Policies } from './subgraph-shield';

const SDL = `
  directive @requiresScopes(scopes: [[String!]!]!) repeatable on FIELD_DEFINITION | OBJECT
  directive @policy(policies: [[String!]!]!) on FIELD_DEFINITION
  type Query { units: [Unit!]! @requiresScopes(scopes: [["staff"], ["shelter"]]) }
  type Unit {
    name: String @requiresScopes(scopes: [["staff"], ["shelter"]])
    capacity: Int @requiresScopes(scopes: [["staff"]])
    secret: String
    own: String @requiresScopes(scopes: [["staff"], ["shelter"]]) @policy(policies: [["own"]])
    either: String @requiresScopes(scopes: [["staff"], ["shelter"]]) @policy(policies: [["never", "own"], ["own", "later"]])
    late: String @requiresScopes(scopes: [["staff"], ["shelter"]]) @policy(policies: [["later"]])
  }
`;

const units = [
  { name: 'a', capacity: 1, secret: 's', own: 'mine', either: 'e', late: 'l' },
  { name: 'b', capacity: 2, secret: 's', own: 'theirs', either: 'e', late: 'l' },
];

/** Policies answering as a real one may: at once, with a promise, or with some other thenable. */
const policies: Policies = {
  own: (unit) => (unit as { own: string }).own === 'mine',
  never: () => Promise.resolve(false),
  later: (unit) => ({ then: (done: (ok: boolean) => void) => done((unit as { own: string }).own === 'mine') }) as unknown as Promise<boolean>,
};

const run = (schema: GraphQLSchema, roles: string[], fields: string) =>
  execute({
    schema,
    document: parse(`{ units { ${fields} } }`),
    rootValue: { units },
    contextValue: { caller: { userId: 'u', roles } },
  });

const errorsAt = (result: Awaited<ReturnType<typeof run>>) =>
  (result.errors ?? []).map((error) => `${error.path?.join('.')} ${String(error.extensions?.code)}`).sort();

describe('shieldSchema', () => {
  const schema = shieldSchema(buildSchema(SDL), policies);

  it('leaves unwrapped only a field every caller who reaches it may see', () => {
    const fields = schema.getType('Unit')!.toConfig() as unknown as { fields: Record<string, { resolve?: unknown }> };
    expect(fields.fields.name.resolve).toBeUndefined();
    for (const field of ['capacity', 'secret', 'own', 'either', 'late']) expect(fields.fields[field].resolve).toBeDefined();
    expect((schema.getType('Query')!.toConfig() as unknown as { fields: Record<string, { resolve?: unknown }> }).fields.units.resolve).toBeDefined();
  });

  it('serves an unwrapped field to whoever reached it', async () => {
    for (const roles of [['staff'], ['shelter']]) {
      const result = await run(schema, roles, 'name');
      expect(result).toEqual({ data: { units: [{ name: 'a' }, { name: 'b' }] } });
    }
  });

  it('refuses what the caller may not see at its path, and the root without a scope', async () => {
    const result = await run(schema, ['shelter'], 'name capacity secret');
    expect(result.data).toEqual({
      units: [
        { name: 'a', capacity: null, secret: null },
        { name: 'b', capacity: null, secret: null },
      ],
    });
    expect(errorsAt(result)).toEqual(['units.0.capacity FORBIDDEN', 'units.0.secret FORBIDDEN', 'units.1.capacity FORBIDDEN', 'units.1.secret FORBIDDEN']);
    const outsider = await run(schema, ['partner:ggz'], 'name');
    expect(outsider.data).toBeNull();
    expect(errorsAt(outsider)).toEqual(['units FORBIDDEN']);
  });

  it('applies policies answered at once, by a promise or by another thenable', async () => {
    const result = await run(schema, ['shelter'], 'own either late');
    expect(result.data).toEqual({
      units: [
        { own: 'mine', either: 'e', late: 'l' },
        { own: null, either: null, late: null },
      ],
    });
    expect(errorsAt(result)).toEqual(['units.1.either FORBIDDEN', 'units.1.late FORBIDDEN', 'units.1.own FORBIDDEN']);
  });
});
