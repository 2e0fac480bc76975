import type { GraphQLResolveInfo, GraphQLSchema } from 'graphql';
import { applyMiddleware } from 'graphql-middleware';
import type { RequestContext } from '../server/request-context';
import type { ClientIdOf } from './access-recorder';

/**
 * Wraps every field of the client-linked types: a served field and a refused
 * one (graphql-shield's FORBIDDEN, raised inside) are both recorded for the access log.
 */
export function recordClientAccess(schema: GraphQLSchema, clientLinked: Record<string, ClientIdOf>): GraphQLSchema {
  const middleware: Record<string, unknown> = {};
  for (const [typeName, clientIdOfRow] of Object.entries(clientLinked)) {
    if (!schema.getType(typeName)) continue;
    // The parent of a field of `typeName` is a row of the type `clientIdOfRow` was declared for.
    const clientIdOf = (parent: unknown) => clientIdOfRow(parent as never);
    middleware[typeName] = async (
      resolve: (...args: unknown[]) => unknown,
      parent: unknown,
      args: unknown,
      context: RequestContext,
      info: GraphQLResolveInfo,
    ) => {
      const field = `${info.parentType.name}.${info.fieldName}`;
      try {
        const value = await resolve(parent, args, context, info);
        if (!(value instanceof Error)) context.access.record('ALLOWED', clientIdOf(parent), field);
        else if ((value as { extensions?: { code?: string } }).extensions?.code === 'FORBIDDEN') context.access.record('DENIED', clientIdOf(parent), field);
        return value;
      } catch (error) {
        if ((error as { extensions?: { code?: string } }).extensions?.code === 'FORBIDDEN') {
          context.access.record('DENIED', clientIdOf(parent), field);
        }
        throw error;
      }
    };
  }
  return applyMiddleware(schema, middleware as never);
}
