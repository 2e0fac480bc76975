import type { Cursor } from '@mikro-orm/core';
import { ArgsType, Directive, Field, Int, ObjectType, type ClassType } from 'type-graphql';
import { Access, ALL_ROLES } from '../access/declarations';
import type { Role } from '../domain/roles';
import { badInput } from '../errors';
import { PagedListSize } from '../limits/list-size';
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
  /** Set on the connections declared `{ totalCount: true }`: every row of the list, not only this page. */
  totalCount?: number;
}

/**
 * Declares `<Name>Edge` and `<Name>Connection` object types for a node type, readable by `roles`.
 * `totalCount: true` adds `totalCount: Int!`, the size of the whole list (a work queue's total); its
 * query then pages with `includeCount: true`, one count query per page.
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

  @ObjectType(`${name}Connection`)
  class ConnectionType {
    @Access(...roles)
    @Field(() => [Edge])
    edges!: Edge[];

    @Access(...roles)
    @Field(() => PageInfo)
    pageInfo!: PageInfo;

    totalCount?: number;
  }
  if (options.totalCount) {
    Access(...roles)(ConnectionType.prototype, 'totalCount');
    Field(() => Int, { description: 'How many rows the whole list holds, over every page.' })(ConnectionType.prototype, 'totalCount');
  }
  if (options.totalCount) {
    // As `@Access(...roles) @Field(() => Int)` on a `totalCount` property, declared only when asked for.
    Field(() => Int, { description: 'How many items the whole list holds, across all pages.' })(ConnectionType.prototype, 'totalCount');
    Access(...roles)(ConnectionType.prototype, 'totalCount');
  }
  return ConnectionType as ClassType<Connection<T>>;
}

export function toConnection<T extends object, Hint extends string, Fields extends string, Excludes extends string, IncludeCount extends boolean>(
  cursor: Cursor<T, Hint, Fields, Excludes, IncludeCount>,
): Connection<T> {
  return {
    edges: cursor.items.map((node) => ({ cursor: cursor.from(node as T), node: node as T })),
    pageInfo: { hasNextPage: cursor.hasNextPage, endCursor: cursor.endCursor },
    // Set when the list was read with `includeCount: true`.
    ...(cursor.totalCount === undefined ? {} : { totalCount: cursor.totalCount }),
  };
}

/** On a paged field (`first`/`after`): its cost counts `first`, else the default page, per edge. */
export const Paged = () => PagedListSize(DEFAULT_PAGE_SIZE);
