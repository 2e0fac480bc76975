import type { FilterQuery } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { getNamedType, isObjectType, responsePathAsArray, type GraphQLNamedType, type GraphQLResolveInfo, type GraphQLSchema } from 'graphql';
import { applyMiddleware } from 'graphql-middleware';
import { isUuid } from '../domain/uuid';
import { isPromiseLike } from '../access/promise-like';
import type { RequestContext } from '../server/request-context';
import type { AccessOutcome } from './access-log-store';
import type { ClientIdOf } from './access-recorder';

/** A record named by id: its client, and the record itself as `Type:id` (an entry's `objects`). */
export interface RecordOfClient {
  clientId: string | null | undefined;
  object: string;
}

/**
 * How a query or mutation that names a record by id (`handoff(id)`, `transitionHandoff(input: { id })`)
 * finds that record and its client, unscoped: a refused attempt is logged with the client and the record
 * it concerned (also when the gateway refuses it: record-client-route.ts).
 */
export type ClientOfRecord = (args: Record<string, unknown>, em: EntityManager) => Promise<RecordOfClient | undefined>;

/** Where a field sits in the response: the key under which a consent policy notes the consents it used. */
export const fieldPathKey = (info: Pick<GraphQLResolveInfo, 'path'>) => responsePathAsArray(info.path).join('.');

/** The field as an entry names it: `Type.field`. */
const fieldOf = (info: Pick<GraphQLResolveInfo, 'parentType' | 'fieldName'>) => `${info.parentType.name}.${info.fieldName}`;

/** A row's record as `Type:id`, when the row has an id of its own. */
function objectOf(typeName: string, row: unknown): string | undefined {
  const id = (row as { id?: unknown } | null)?.id;
  return typeof id === 'string' || typeof id === 'number' ? `${typeName}:${id}` : undefined;
}

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
    const field = fieldOf(info);
    const named = (outcome: AccessOutcome, ids: Array<string | null | undefined>) => ids.forEach((id) => context.access.recordNamed(outcome, id, field));
    const recordOf = Object.hasOwn(clientOfRecord, info.fieldName) ? clientOfRecord[info.fieldName] : undefined;
    // The record named by id, looked up without the caller's row rules; logged with its client and as an object.
    const namedRecord = async (outcome: AccessOutcome) => {
      const record = recordOf ? await recordOf(args, context.em.fork()).catch(() => undefined) : undefined;
      if (record) context.access.recordNamed(outcome, record.clientId, field, record.object);
    };
    let value: unknown;
    try {
      value = await resolve(parent, args, context, info);
    } catch (error) {
      const outcome = REFUSALS.has(codeOf(error) ?? '') ? 'DENIED' : 'ALLOWED';
      named(outcome, argumentClients(args));
      await namedRecord(outcome);
      throw error;
    }
    if (value instanceof Error) {
      const outcome = REFUSALS.has(codeOf(value) ?? '') ? 'DENIED' : 'ALLOWED';
      named(outcome, argumentClients(args));
      await namedRecord(outcome);
      return value;
    }
    const { rows, typeName } = rowsOf(value, getNamedType(info.returnType));
    const clientIdOf = clientLinked[typeName];
    named('ALLOWED', argumentClients(args));
    if (clientIdOf) for (const row of rows) context.access.recordNamed('ALLOWED', clientIdOf(row as never), field, objectOf(typeName, row));
    // Nothing where a record was named: the caller was not let see it (row rules answer as if it did not exist).
    if (value === null && recordOf) await namedRecord('DENIED');
    // A result that is no row of the record's type (a payload): the record itself is still the object touched.
    else if (recordOf && !clientIdOf) await namedRecord('ALLOWED');
    return value;
  };
}

/** A field of a client-linked row answered: served (with the consents that allowed it), or refused as an error value. */
function servedField(value: unknown, clientId: string | null | undefined, parent: unknown, context: RequestContext, info: GraphQLResolveInfo): unknown {
  const field = fieldOf(info);
  const object = objectOf(info.parentType.name, parent);
  // The consents a partner's consent policy found for this very field (clients subgraph).
  const consentIds = context.access.takeConsents(fieldPathKey(info));
  if (!(value instanceof Error)) context.access.record('ALLOWED', clientId, field, { object, consentIds });
  else if (codeOf(value) === 'FORBIDDEN') context.access.record('DENIED', clientId, field, { object });
  return value;
}

/** A field of a client-linked row that threw: a refusal is recorded; the error is handed back to be thrown on. */
function refusedField(error: unknown, clientId: string | null | undefined, parent: unknown, context: RequestContext, info: GraphQLResolveInfo): unknown {
  if (codeOf(error) === 'FORBIDDEN') {
    context.access.record('DENIED', clientId, fieldOf(info), { object: objectOf(info.parentType.name, parent) });
  }
  return error;
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
    // Synchronous when the field's value is (no promise per field where none is needed); the same records either way.
    middleware[typeName] = (resolve: (...args: unknown[]) => unknown, parent: unknown, args: unknown, context: RequestContext, info: GraphQLResolveInfo) => {
      let value: unknown;
      try {
        value = resolve(parent, args, context, info);
      } catch (error) {
        throw refusedField(error, clientIdOf(parent), parent, context, info);
      }
      if (!isPromiseLike(value)) return servedField(value, clientIdOf(parent), parent, context, info);
      return Promise.resolve(value).then(
        (answer) => servedField(answer, clientIdOf(parent), parent, context, info),
        (error: unknown) => {
          throw refusedField(error, clientIdOf(parent), parent, context, info);
        },
      );
    };
  }
  return applyMiddleware(schema, middleware as never);
}

/**
 * The row with the id `idOf` picks from the arguments and its client, for `clientOfRecord`; the record is
 * named by its entity's name, which is its GraphQL type's.
 */
export function clientOfRow<T extends object>(
  entity: new (...args: never[]) => T,
  idOf: (args: Record<string, unknown>) => unknown,
  clientIdOf: (row: T) => string | null | undefined,
): ClientOfRecord {
  return async (args, em) => {
    const id = idOf(args);
    if (typeof id !== 'string' || !isUuid(id)) return undefined;
    const row = await em.findOne<T>(entity, { id: id.toLowerCase() } as FilterQuery<T>);
    return row ? { clientId: clientIdOf(row), object: `${entity.name}:${id.toLowerCase()}` } : undefined;
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
