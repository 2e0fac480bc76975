import type { Cursor } from '@mikro-orm/core';
import { ArgsType, Directive, Field, Int, ObjectType, type ClassType } from 'type-graphql';
import { Access, ALL_ROLES } from '../access/declarations';
import type { Role } from '../domain/roles';
import { badInput } from '../errors';
import { PagedListSize } from '../limits/list-size-directives';
import { WholeNumberIn } from '../validation/rules';

export const DEFAULT_PAGE_SIZE = 20;
export const MAX_PAGE_SIZE = 100;

@ArgsType()
export class PageArgs {
  @Field(() => Int, { nullable: true, description: `Page size, 1 to ${MAX_PAGE_SIZE}; default ${DEFAULT_PAGE_SIZE}.` })
  @WholeNumberIn(1, MAX_PAGE_SIZE)
  first?: number;

  @Field(() => String, { nullable: true, description: 'The `endCursor` of the previous page.' })
  after?: string;
}

/** The page size asked for (validated by its rule on `PageArgs.first`), or the default. */
export function pageSize(args: PageArgs): number {
  return args.first ?? DEFAULT_PAGE_SIZE;
}

/**
 * Turns MikroORM's cursor decoding failure into a caller error. `keys`: how many order keys the list's cursor
 * holds, so a cursor of another ordering of the same list (e.g. one from `updatedSince:` paging) is refused too.
 */
export function checkCursor(after: string | undefined, keys?: number): string | undefined {
  if (after === undefined || after === null) return undefined;
  try {
    const decoded: unknown = JSON.parse(Buffer.from(after, 'base64url').toString('utf8'));
    if (!Array.isArray(decoded)) throw new Error('not a cursor');
    if (keys !== undefined && decoded.length !== keys) throw new Error('a cursor of another ordering');
  } catch {
    throw badInput('after is not a cursor returned by this list', { argument: 'after' });
  }
  return after;
}

@Directive('@shareable')
@ObjectType({ description: 'Relay-style page information.' })
export class PageInfo {
  // Carries no data of its own: whoever may read a list may page through it.
  @Access(...ALL_ROLES)
  @Field(() => Boolean)
  hasNextPage!: boolean;

  @Access(...ALL_ROLES)
  @Field(() => String, { nullable: true })
  endCursor!: string | null;
}

/**
 * Changed-since reading: the order of `<list>(updatedSince:)`, by the row's change sequence, which a database
 * trigger sets in commit order on every insert and update (docs/architecture.md, "Changed-since reading").
 * Its cursor holds that one key.
 */
export const CHANGE_ORDER = { changeSeq: 'asc' } as const;
export const CHANGE_CURSOR_KEYS = 1;

export interface Connection<T> {
  edges: { cursor: string; node: T }[];
  pageInfo: PageInfo;
  /** Only on a counted connection (`connectionTypes(..., { totalCount: true })`). */
  totalCount?: number;
}

/** The cursor of a list paged by hand (keyset over SQL the ORM cannot express): the same form as MikroORM's, one value per order key. */
export function encodeCursor(keys: readonly (string | number)[]): string {
  return Buffer.from(JSON.stringify(keys)).toString('base64url');
}

/** The order keys in `after` (checked as by `checkCursor`, with `keys` values); undefined without `after`. */
export function decodeCursor(after: string | undefined, keys: number): unknown[] | undefined {
  const checked = checkCursor(after, keys);
  return checked === undefined ? undefined : (JSON.parse(Buffer.from(checked, 'base64url').toString('utf8')) as unknown[]);
}

/**
 * Declares `<Name>Edge` and `<Name>Connection` object types for a node type, readable by `roles`.
 * `totalCount: true` adds `totalCount: Int!`, the number of rows the whole list holds (every page, the caller's row scope applied).
 */
export function connectionTypes<T extends object>(node: ClassType<T>, name: string, roles: Role[], options: { totalCount?: boolean } = {}) {
  @ObjectType(`${name}Edge`)
  class Edge {
    @Access(...roles)
    @Field(() => String)
    cursor!: string;

    @Access(...roles)
    @Field(() => node)
    node!: T;
  }

  // Two classes rather than one extending the other: type-graphql takes inherited fields only from a type it emits.
  // The uncounted one has no `totalCount` at all; the counted one declares it.
  class ConnectionType {
    @Access(...roles)
    @Field(() => [Edge])
    edges!: Edge[];

    @Access(...roles)
    @Field(() => PageInfo)
    pageInfo!: PageInfo;
  }

  class CountedConnectionType {
    @Access(...roles)
    @Field(() => [Edge])
    edges!: Edge[];

    @Access(...roles)
    @Field(() => PageInfo)
    pageInfo!: PageInfo;

    @Access(...roles)
    @Field(() => Int, { description: 'How many the whole list holds, over every page.' })
    totalCount!: number;
  }

  const type = options.totalCount ? CountedConnectionType : ConnectionType;
  ObjectType(`${name}Connection`)(type);
  return type as ClassType<Connection<T>>;
}

/** A page from MikroORM's `findByCursor`; with `includeCount: true` it carries the list's `totalCount`. */
export function toConnection<T extends object, Hint extends string, Fields extends string, Excludes extends string, IncludeCount extends boolean>(
  cursor: Cursor<T, Hint, Fields, Excludes, IncludeCount>,
): Connection<T> {
  const count = (cursor as { totalCount?: number }).totalCount;
  return {
    edges: cursor.items.map((node) => ({ cursor: cursor.from(node as T), node: node as T })),
    pageInfo: { hasNextPage: cursor.hasNextPage, endCursor: cursor.endCursor },
    ...(typeof count === 'number' ? { totalCount: count } : {}),
  };
}

/** The empty page of a counted or uncounted list, for a caller whose row scope holds nothing. */
export const EMPTY_CONNECTION = { edges: [], pageInfo: { hasNextPage: false, endCursor: null }, totalCount: 0 } as const;

/** On a paged field (`first`/`after`): its cost counts `first`, else the default page, per edge. */
export const Paged = () => PagedListSize(DEFAULT_PAGE_SIZE);
