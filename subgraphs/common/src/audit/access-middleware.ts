import type { FilterQuery } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { getNamedType, isObjectType, type GraphQLNamedType, type GraphQLResolveInfo, type GraphQLSchema } from 'graphql';
import { applyMiddleware } from 'graphql-middleware';
import type { RequestContext } from '../server/request-context';
import type { AccessOutcome } from './access-log-store';
import type { ClientIdOf } from './access-recorder';

/**
 * How a query or mutation that names a record by id (`handoff(id)`, `transitionHandoff(input: { id })`)
 * finds that record's client, unscoped: a refused attempt is logged with the client it concerned.
 */
export type ClientOfRecord = (args: Record<string, unknown>, em: EntityManager) => Promise<string | null | undefined>;

/** Error codes that mean the caller was refused (or shown nothing, as if the row did not exist). */
const REFUSALS = new Set(['FORBIDDEN', 'NOT_FOUND', 'UNAUTHENTICATED', 'CONSENT_REQUIRED']);

const codeOf = (error: unknown) => (error as { extensions?: { code?: string } } | null)?.extensions?.code;

/** Client ids a root field's arguments name: `clientId`, `clientIds`, and the same inside `input`. */
function argumentClients(args: Record<string, unknown>): string[] {
  const input = (args.input ?? {}) as Record<string, unknown>;
  const lists = [args.clientIds, input.clientIds].flatMap((ids): unknown[] => (Array.isArray(ids) ? (ids as unknown[]) : []));
  return [args.clientId, input.clientId, ...lists].filter((id): id is string => typeof id === 'string');
}

/** The rows a root field returned with their GraphQL type: one row, a list, or a connection's nodes. */
function rowsOf(value: unknown, type: GraphQLNamedType): { rows: unknown[]; typeName: string } {
  if (value == null) return { rows: [], typeName: type.name };
  const edges = isObjectType(type) ? type.getFields().edges : undefined;
  if (edges) {
    const edgeType = getNamedType(edges.type);
    const nodeType = isObjectType(edgeType) ? edgeType.getFields().node : undefined;
    const list = (value as { edges?: Array<{ node?: unknown }> }).edges ?? [];
    return { rows: list.map((edge) => edge.node), typeName: nodeType ? getNamedType(nodeType.type).name : type.name };
  }
  return { rows: Array.isArray(value) ? value : [value], typeName: type.name };
}

/**
 * Wraps every query and mutation: the clients it concerned (by argument, by the record it named, by the
 * rows it returned) are logged whatever fields were selected, and a refusal with the client it concerned.
 */
function rootMiddleware(clientLinked: Record<string, ClientIdOf>, clientOfRecord: Record<string, ClientOfRecord>) {
  return async (
    resolve: (...args: unknown[]) => unknown,
    parent: unknown,
    args: Record<string, unknown>,
    context: RequestContext,
    info: GraphQLResolveInfo,
  ) => {
    if (info.fieldName.startsWith('_')) return resolve(parent, args, context, info);
    const field = `${info.parentType.name}.${info.fieldName}`;
    const named = (outcome: AccessOutcome, ids: Array<string | null | undefined>) => ids.forEach((id) => context.access.recordNamed(outcome, id, field));
    const recordOf = Object.hasOwn(clientOfRecord, info.fieldName) ? clientOfRecord[info.fieldName] : undefined;
    const recordClient = async () => (recordOf ? await recordOf(args, context.em.fork()).catch(() => undefined) : undefined);
    let value: unknown;
    try {
      value = await resolve(parent, args, context, info);
    } catch (error) {
      const outcome = REFUSALS.has(codeOf(error) ?? '') ? 'DENIED' : 'ALLOWED';
      named(outcome, [...argumentClients(args), await recordClient()]);
      throw error;
    }
    if (value instanceof Error) {
      named(REFUSALS.has(codeOf(value) ?? '') ? 'DENIED' : 'ALLOWED', [...argumentClients(args), await recordClient()]);
      return value;
    }
    const { rows, typeName } = rowsOf(value, getNamedType(info.returnType));
    const clientIdOf = clientLinked[typeName];
    named('ALLOWED', [...argumentClients(args), ...(clientIdOf ? rows.map((row) => clientIdOf(row as never)) : [])]);
    // Nothing where a record was named: the caller was not let see it (row rules answer as if it did not exist).
    if (value === null && recordOf) named('DENIED', [await recordClient()]);
    return value;
  };
}

/**
 * Wraps every field of the client-linked types: a served field and a refused
 * one (graphql-shield's FORBIDDEN, raised inside) are both recorded for the access log.
 */
export function recordClientAccess(
  schema: GraphQLSchema,
  clientLinked: Record<string, ClientIdOf>,
  clientOfRecord: Record<string, ClientOfRecord> = {},
): GraphQLSchema {
  const middleware: Record<string, unknown> = {};
  const root = rootMiddleware(clientLinked, clientOfRecord);
  for (const type of [schema.getQueryType(), schema.getMutationType()]) if (type) middleware[type.name] = root;
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

/** The client of the row with the id `idOf` picks from the arguments, for `clientOfRecord`. */
export function clientOfRow<T extends object>(
  entity: new (...args: never[]) => T,
  idOf: (args: Record<string, unknown>) => unknown,
  clientIdOf: (row: T) => string | null | undefined,
): ClientOfRecord {
  return async (args, em) => {
    const id = idOf(args);
    if (typeof id !== 'string') return undefined;
    const row = await em.findOne<T>(entity, { id } as FilterQuery<T>);
    return row ? clientIdOf(row) : undefined;
  };
}

/** `id` among the arguments, or a field of `input`. */
export const argument =
  (name: string) =>
  (args: Record<string, unknown>): unknown =>
    args[name];
export const inputField =
  (name: string) =>
  (args: Record<string, unknown>): unknown =>
    (args.input as Record<string, unknown> | undefined)?.[name];
