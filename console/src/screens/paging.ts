/**
 * Where a cursor-paged list is: the filters it is paged under and the end cursors of the pages before this one (the
 * last is this page's `after`). Forward pushes the page's end cursor, back drops the last; other filters are page one.
 */
export interface Place {
  readonly filters: string;
  readonly before: readonly string[];
}

/** What a connection tells of the page after this one. */
export interface PageInfo {
  readonly hasNextPage: boolean;
  readonly endCursor?: string | null;
}

export const pageOne = (filters: string): Place => ({ filters, before: [] });

/** The place under these filters: the same place while they stay, page one once they change. */
export const placeUnder = (place: Place, filters: string): Place => (place.filters === filters ? place : pageOne(filters));

/** The cursor to ask this page with: none on page one. */
export const afterOf = (place: Place): string | undefined => place.before.at(-1);

export const hasPrevious = (place: Place): boolean => place.before.length > 0;

/** A next page needs both the connection's word and a cursor to ask it with. */
export const hasNext = (pageInfo: PageInfo): boolean => pageInfo.hasNextPage && Boolean(pageInfo.endCursor);

export const nextPlace = (place: Place, pageInfo: PageInfo): Place =>
  hasNext(pageInfo) ? { filters: place.filters, before: [...place.before, pageInfo.endCursor!] } : place;

export const previousPlace = (place: Place): Place => (hasPrevious(place) ? { filters: place.filters, before: place.before.slice(0, -1) } : place);
