import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import {
  coerceInputValue,
  getNamedType,
  getNullableType,
  isInputObjectType,
  isInputType,
  isListType,
  Kind,
  typeFromAST,
  visit,
  type ASTNode,
  type DocumentNode,
  type GraphQLFormattedError,
  type GraphQLInputType,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SourceLocation,
} from 'graphql';
import { UUID_LITERAL_MESSAGE } from '../domain/uuid';

/**
 * GraphQL itself refuses a value its type does not take (a malformed UUID or
 * LocalDate, in a variable or written in the document), before any resolver
 * runs. graphql-js words that with the value in it, and Apollo answers a
 * literal as GRAPHQL_VALIDATION_FAILED. This plugin makes such a refusal read
 * like every other input error: BAD_USER_INPUT, `extensions.argument` and
 * `extensions.field` (the dotted path inside the argument), a message naming
 * the field and what it must be, and never the value (it may be client data).
 */
export function inputErrorsPlugin<TContext extends BaseContext>(): ApolloServerPlugin<TContext> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ response, document, request, schema }) {
          if (response.body.kind !== 'single' || !document) return;
          const errors = response.body.singleResult.errors;
          if (!errors?.length) return;
          const operation = operationOf(document, request.operationName);
          if (!operation) return;
          response.body.singleResult.errors = errors.map(
            (error) => variableError(error, operation, schema, request.variables ?? {}) ?? literalError(error, operation) ?? error,
          );
        },
      };
    },
  };
}

function operationOf(document: DocumentNode, name: string | null | undefined): OperationDefinitionNode | undefined {
  const operations = document.definitions.filter((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION);
  return name ? operations.find((o) => o.name?.value === name) : operations.length === 1 ? operations[0] : undefined;
}

interface Place {
  argument: string;
  /** Object fields between the argument and the value, when the value sits inside an input object literal. */
  prefix: string[];
}

/** Where in the operation a node sits: the field argument it belongs to and the object fields above it. */
function placeOf(operation: OperationDefinitionNode, matches: (node: ASTNode) => boolean): Place | undefined {
  let found: Place | undefined;
  const path: string[] = [];
  let argument: string | undefined;
  visit(operation, {
    Argument: {
      enter(node) {
        argument = node.name.value;
      },
      leave() {
        argument = undefined;
      },
    },
    ObjectField: {
      enter(node) {
        path.push(node.name.value);
      },
      leave() {
        path.pop();
      },
    },
    enter(node) {
      if (!found && argument !== undefined && matches(node)) found = { argument, prefix: [...path] };
    },
  });
  return found;
}

const located = (place: Place, path: ReadonlyArray<string | number>) => {
  const inside = [...place.prefix, ...path.map(String)];
  return { argument: place.argument, field: inside.length ? inside.join('.') : place.argument };
};

function typeAt(type: GraphQLInputType, path: ReadonlyArray<string | number>): string {
  let current: GraphQLInputType = getNullableType(type);
  for (const step of path) {
    if (isListType(current)) current = getNullableType(current.ofType);
    else if (isInputObjectType(current)) {
      const field = current.getFields()[String(step)];
      if (!field) break;
      current = getNullableType(field.type);
    }
  }
  return getNamedType(current).name;
}

const VARIABLE_ERROR = /^Variable "\$(\w+)" got invalid value/;
const MISSING_FIELD = /^Field "(\w+)" of required type .* was not provided\.$/;

/** A variable's value its type refused: re-coerced here to learn the path, which graphql-js prints only inside the message. */
function variableError(
  error: GraphQLFormattedError,
  operation: OperationDefinitionNode,
  schema: GraphQLSchema,
  variables: Record<string, unknown>,
): GraphQLFormattedError | undefined {
  const name = VARIABLE_ERROR.exec(error.message)?.[1];
  const definition = name ? operation.variableDefinitions?.find((d) => d.variable.name.value === name) : undefined;
  if (!name || !definition) return undefined;
  const type = typeFromAST(schema, definition.type);
  if (!type || !isInputType(type)) return undefined;
  let failure: { path: ReadonlyArray<string | number>; reason: string } | undefined;
  coerceInputValue(variables[name], type, (path, invalid, cause) => {
    if (failure) return;
    const ours = (cause as { extensions?: { code?: unknown } }).extensions?.code === 'BAD_USER_INPUT';
    // A missing required field has no value to repeat; any other refusal is told by the type it wanted.
    const missing = MISSING_FIELD.exec(cause.message)?.[1];
    if (missing) failure = { path: [...path, missing], reason: 'is required' };
    else if (ours) failure = { path, reason: cause.message };
    else failure = { path, reason: invalid === undefined ? 'is required' : `must be a valid ${typeAt(type, path)}` };
  });
  if (!failure) return undefined;
  const place = placeOf(operation, (node) => node.kind === Kind.VARIABLE && node.name.value === name);
  const where = place ? located(place, failure.path) : { argument: name, field: [name, ...failure.path.map(String)].join('.') };
  return {
    message: `${where.field} ${failure.reason}`,
    locations: error.locations,
    extensions: { code: 'BAD_USER_INPUT', ...where },
  };
}

const at = (location: SourceLocation | undefined) => (node: ASTNode) =>
  node.kind === Kind.STRING && node.loc?.startToken.line === location?.line && node.loc?.startToken.column === location?.column;

/** A malformed UUID written in the document itself: the scalar refused it during validation. */
function literalError(error: GraphQLFormattedError, operation: OperationDefinitionNode): GraphQLFormattedError | undefined {
  if (error.message !== UUID_LITERAL_MESSAGE) return undefined;
  const place = placeOf(operation, at(error.locations?.[0]));
  const where = place ? located(place, []) : undefined;
  return {
    message: `${where?.field ?? 'an id'} must be a UUID`,
    locations: error.locations,
    extensions: { code: 'BAD_USER_INPUT', ...(where ?? {}) },
  };
}
