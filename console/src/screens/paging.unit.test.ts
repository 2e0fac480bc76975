import { afterOf, hasNext, hasPrevious, nextPlace, pageOne, placeUnder, previousPlace } from './paging';

const more = (endCursor: string) => ({ hasNextPage: true, endCursor });
const last = { hasNextPage: false, endCursor: 'c-last' };

describe('the paging of the console lists', () => {
  it('starts on page one: asked without a cursor, no page before it', () => {
    const place = pageOne('{}');
    expect(afterOf(place)).toBeUndefined();
    expect(hasPrevious(place)).toBe(false);
  });

  it('goes forward by each page end cursor and back the same way, to page one', () => {
    const one = pageOne('{}');
    const two = nextPlace(one, more('c1'));
    const three = nextPlace(two, more('c2'));
    expect(afterOf(two)).toBe('c1');
    expect(afterOf(three)).toBe('c2');
    expect(hasPrevious(three)).toBe(true);
    const backToTwo = previousPlace(three);
    expect(afterOf(backToTwo)).toBe('c1');
    const backToOne = previousPlace(backToTwo);
    expect(afterOf(backToOne)).toBeUndefined();
    expect(hasPrevious(backToOne)).toBe(false);
    // Nothing before page one: back from it stays there.
    expect(previousPlace(backToOne)).toEqual(one);
    // Going forward does not change the place it came from.
    expect(afterOf(one)).toBeUndefined();
  });

  it('offers a next page only when the connection has one and names its cursor', () => {
    expect(hasNext(more('c1'))).toBe(true);
    expect(hasNext(last)).toBe(false);
    expect(hasNext({ hasNextPage: true, endCursor: null })).toBe(false);
    expect(hasNext({ hasNextPage: true, endCursor: '' })).toBe(false);
    const one = pageOne('{}');
    expect(nextPlace(one, last)).toBe(one);
    expect(nextPlace(one, { hasNextPage: true, endCursor: null })).toBe(one);
  });

  it('keeps the place while the filters stay and is page one again when they change', () => {
    const filters = JSON.stringify({ status: ['RECEIVED'] });
    const two = nextPlace(pageOne(filters), more('c1'));
    expect(placeUnder(two, filters)).toBe(two);
    const other = JSON.stringify({ status: ['ACCEPTED'] });
    const changed = placeUnder(two, other);
    expect(afterOf(changed)).toBeUndefined();
    expect(hasPrevious(changed)).toBe(false);
    expect(changed.filters).toBe(other);
    // Back to the first filters: still page one, no cursor of the other filters is kept.
    expect(afterOf(placeUnder(changed, filters))).toBeUndefined();
  });
});
