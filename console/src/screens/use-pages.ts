import { useState } from 'react';
import { afterOf, pageOne, placeUnder, type Place } from './paging';

/** A list's page state; `after` goes into its query, the whole goes to its `Pager`. */
export interface Pages {
  readonly place: Place;
  readonly after: string | undefined;
  readonly goTo: (place: Place) => void;
}

/**
 * Pages through a cursor-paged list filtered by `filters` (any JSON value; none by default): a change of the filters
 * is page one again, in the same render, so the list never asks with a cursor of other filters.
 */
export function usePages(filters: unknown = null): Pages {
  const key = JSON.stringify(filters);
  const [stored, setStored] = useState(() => pageOne(key));
  const place = placeUnder(stored, key);
  // Remember the reset, or going back to the earlier filters would bring back their old page.
  if (place !== stored) setStored(place);
  return { place, after: afterOf(place), goTo: setStored };
}
