import { ApolloGateway } from '@apollo/gateway';
import { apiObjectTypes, markSecurityFeaturesHandled, supergraphRules, supergraphSchema } from './supergraph-rules';

/** The head of a supergraph as composition writes it, with the links under test in between. */
const schemaWith = (...links: string[]) => `schema
  @link(url: "https://specs.apollo.dev/link/v1.0")
  @link(url: "https://specs.apollo.dev/join/v0.5", for: EXECUTION)
${links.map((link) => `  ${link}\n`).join('')}{
  query: Query
}
`;

/** A whole supergraph, small enough to read: one subgraph, a public and a guarded field. */
const SUPERGRAPH = `${schemaWith(
  '@link(url: "https://specs.apollo.dev/requiresScopes/v0.1", for: SECURITY)',
  '@link(url: "https://specs.apollo.dev/authenticated/v0.1", for: SECURITY)',
)}
directive @authenticated on FIELD_DEFINITION | OBJECT | INTERFACE | SCALAR | ENUM

directive @join__directive(graphs: [join__Graph!], name: String!, args: join__DirectiveArguments) repeatable on SCHEMA | OBJECT | INTERFACE | FIELD_DEFINITION

directive @join__enumValue(graph: join__Graph!) repeatable on ENUM_VALUE

directive @join__field(graph: join__Graph, requires: join__FieldSet, provides: join__FieldSet, type: String, external: Boolean, override: String, usedOverridden: Boolean, overrideLabel: String, contextArguments: [join__ContextArgument!]) repeatable on FIELD_DEFINITION | INPUT_FIELD_DEFINITION

directive @join__graph(name: String!, url: String!) on ENUM_VALUE

directive @join__implements(graph: join__Graph!, interface: String!) repeatable on OBJECT | INTERFACE

directive @join__type(graph: join__Graph!, key: join__FieldSet, extension: Boolean! = false, resolvable: Boolean! = true, isInterfaceObject: Boolean! = false) repeatable on OBJECT | INTERFACE | UNION | ENUM | INPUT_OBJECT | SCALAR

directive @join__unionMember(graph: join__Graph!, member: String!) repeatable on UNION

directive @link(url: String, as: String, for: link__Purpose, import: [link__Import]) repeatable on SCHEMA

directive @requiresScopes(scopes: [[requiresScopes__Scope!]!]!) on FIELD_DEFINITION | OBJECT | INTERFACE | SCALAR | ENUM

input join__ContextArgument {
  name: String!
  type: String!
  context: String!
  selection: join__FieldValue!
}

scalar join__DirectiveArguments

scalar join__FieldSet

scalar join__FieldValue

enum join__Graph {
  CLIENTS @join__graph(name: "clients", url: "http://localhost:4001/graphql")
}

scalar link__Import

enum link__Purpose {
  SECURITY
  EXECUTION
}

scalar requiresScopes__Scope

type Query
  @join__type(graph: CLIENTS)
{
  shelterCount: Int @authenticated
  confidentialAddress(clientId: ID!): String @requiresScopes(scopes: [["staff"], ["shelter"]])
}
`;

describe('markSecurityFeaturesHandled', () => {
  it('drops `for: SECURITY` from the authorization links and nothing else', () => {
    const before = schemaWith(
      '@link(url: "https://specs.apollo.dev/requiresScopes/v0.1", for: SECURITY)',
      '@link(url: "https://specs.apollo.dev/policy/v0.1", for: SECURITY)',
      '@link(url: "https://specs.apollo.dev/authenticated/v0.1", for: SECURITY)',
      '@link(url: "https://specs.apollo.dev/cost/v0.1", import: ["@listSize"])',
    );
    const after = schemaWith(
      '@link(url: "https://specs.apollo.dev/requiresScopes/v0.1")',
      '@link(url: "https://specs.apollo.dev/policy/v0.1")',
      '@link(url: "https://specs.apollo.dev/authenticated/v0.1")',
      '@link(url: "https://specs.apollo.dev/cost/v0.1", import: ["@listSize"])',
    );
    expect(markSecurityFeaturesHandled(before)).toBe(after);
  });

  it('keeps the other arguments of a link', () => {
    const before = schemaWith('@link(url: "https://specs.apollo.dev/requiresScopes/v0.1", import: ["@requiresScopes"], for: SECURITY)');
    const after = schemaWith('@link(url: "https://specs.apollo.dev/requiresScopes/v0.1", import: ["@requiresScopes"])');
    expect(markSecurityFeaturesHandled(before)).toBe(after);
  });

  it('leaves a SECURITY feature it does not enforce alone, so @apollo/gateway still refuses it', () => {
    const unknown = schemaWith(
      '@link(url: "https://specs.apollo.dev/somethingNew/v0.1", for: SECURITY)',
      '@link(url: "https://example.org/requiresScopes/v0.1", for: SECURITY)',
    );
    expect(markSecurityFeaturesHandled(unknown)).toBe(unknown);
  });

  it('changes nothing in a supergraph without authorization links', () => {
    const plain = schemaWith();
    expect(markSecurityFeaturesHandled(plain)).toBe(plain);
  });

  it('is what makes @apollo/gateway accept the supergraph', async () => {
    process.env.APOLLO_TELEMETRY_DISABLED = '1';
    const load = (supergraphSdl: string) => {
      const gateway = new ApolloGateway({ supergraphSdl, logger: { debug() {}, info() {}, warn() {}, error() {} } });
      return gateway.load().finally(() => gateway.stop());
    };
    await expect(load(SUPERGRAPH)).rejects.toThrow(/for: SECURITY but is unsupported/);
    const { schema } = await load(markSecurityFeaturesHandled(SUPERGRAPH));
    expect(Object.keys(schema.getQueryType()!.getFields()).sort()).toEqual(['confidentialAddress', 'shelterCount']);
  });
});

describe('the rules read from a supergraph', () => {
  it('are the field directives of the API types, federation types left out', () => {
    expect(apiObjectTypes(supergraphSchema(SUPERGRAPH)).map((type) => type.name)).toEqual(['Query']);
    expect(supergraphRules(SUPERGRAPH)).toEqual(
      new Map([
        ['Query.shelterCount', { authenticated: true }],
        ['Query.confidentialAddress', { authenticated: false, scopes: [['staff'], ['shelter']] }],
      ]),
    );
  });

  it('are the same before and after the links are marked handled', () => {
    expect(supergraphRules(markSecurityFeaturesHandled(SUPERGRAPH))).toEqual(supergraphRules(SUPERGRAPH));
  });
});
