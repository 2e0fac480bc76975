const REQUEST_ID = /^[A-Za-z0-9._-]{1,64}$/;

/** A caller's request id when it is a plain token, else a new one: ids go into logs verbatim. */
export function requestIdFrom(header: string | undefined, fresh: () => string): string {
  return header && REQUEST_ID.test(header) ? header : fresh();
}
