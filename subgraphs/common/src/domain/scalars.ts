import { GraphQLError, GraphQLScalarType, Kind } from 'graphql';
import { LocalDateResolver } from 'graphql-scalars';
import { GraphQLISODateTime } from 'type-graphql';
import { badInput } from '../errors';
import { isUuid, UUID_LITERAL_MESSAGE } from './uuid';

const UUID_MESSAGE = 'must be a UUID';

/**
 * Every id a caller sends (arguments and input fields) is a UUID: GraphQL refuses a
 * malformed one with BAD_USER_INPUT before any resolver runs. Unlike graphql-scalars'
 * UUIDResolver, the refusal does not repeat the value, and ids are taken in any case
 * and handed to resolvers in lower case, as PostgreSQL prints them.
 */
export const Uuid = new GraphQLScalarType<string, string>({
  name: 'UUID',
  description: 'A UUID (RFC 9562), e.g. 0f8fad5b-d9cb-469f-a165-70867728950e.',
  specifiedByURL: 'https://www.rfc-editor.org/rfc/rfc9562',
  serialize(value) {
    if (!isUuid(value)) throw new TypeError('not a UUID');
    return value.toLowerCase();
  },
  parseValue(value) {
    if (!isUuid(value)) throw badInput(UUID_MESSAGE);
    return value.toLowerCase();
  },
  parseLiteral(ast) {
    if (ast.kind !== Kind.STRING || !isUuid(ast.value)) {
      throw new GraphQLError(UUID_LITERAL_MESSAGE, { nodes: ast, extensions: { code: 'BAD_USER_INPUT' } });
    }
    return ast.value.toLowerCase();
  },
});

/** Scalars every subgraph uses under the same names. */
export const LocalDate = LocalDateResolver; // "2026-11-28"
export const DateTime = GraphQLISODateTime; // ISO-8601 instant, UTC
