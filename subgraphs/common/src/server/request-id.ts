const REQUEST_ID = /^[A-Za-z0-9._-]{1,64}$/;

/** A caller's request id when it is a plain token, else a new one: ids go into logs verbatim. */
export function requestIdFrom(header: string | undefined, fresh: () => string): string {
  return header && REQUEST_ID.test(header) ? header : fresh();
}

/** A request header as Express's `req.header` reads it (node joins repeated headers into one string), from node's request alone. */
export function headerOf(req: { headers: Record<string, string | string[] | undefined> }, name: string): string | undefined {
  const value = req.headers[name];
  return Array.isArray(value) ? value.join(', ') : value;
}
