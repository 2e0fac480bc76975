/**
 * Database failures a caller may be told about: they say nothing about the
 * data, only that the request could not be served now. Everything else from
 * the database stays masked (it may carry SQL or values).
 */
export interface DatabaseFailure {
  code: 'TIMEOUT' | 'SERVICE_UNAVAILABLE';
  message: string;
}

/** query_canceled: statement_timeout (or a cancel) ended the statement. */
const CANCELLED = new Set(['57014']);
/** Connection lost: terminated by an administrator, server shutting down, no connection. */
const CONNECTION_LOST = new Set(['57P01', '57P02', '57P03', '08000', '08003', '08006', '25P03']);
/** Socket errors count only when the ORM reports them: elsewhere (an HTTP call) they are not the database's. */
const SOCKET_LOST = new Set(['ECONNREFUSED', 'ECONNRESET', 'EPIPE', 'ETIMEDOUT']);

/** What this module reads of an error and of each error it wraps (pg, Knex and MikroORM errors alike). */
interface ErrorLink {
  sqlState?: unknown;
  code?: unknown;
  name?: unknown;
  message?: unknown;
  originalError?: unknown;
  cause?: unknown;
}

/**
 * Whether MikroORM wrapped the error (its DriverException or a subclass). Told by the class's name, not
 * `instanceof`, so that this module, which the gateway loads through errors.ts, does not load the ORM.
 */
function wrappedByOrm(error: object): boolean {
  for (let proto: unknown = Object.getPrototypeOf(error); proto; proto = Object.getPrototypeOf(proto)) {
    if ((proto as { constructor?: { name?: string } }).constructor?.name === 'DriverException') return true;
  }
  return false;
}

export function databaseFailure(error: unknown): DatabaseFailure | undefined {
  let current = error as ErrorLink | undefined;
  for (let depth = 0; current && depth < 6; current = (current.originalError ?? current.cause) as ErrorLink | undefined, depth += 1) {
    const code = String(current.sqlState ?? current.code);
    if (CANCELLED.has(code)) return { code: 'TIMEOUT', message: 'the database did not answer in time' };
    const lost =
      CONNECTION_LOST.has(code) ||
      (wrappedByOrm(current) && SOCKET_LOST.has(code)) ||
      current.name === 'KnexTimeoutError' ||
      current.name === 'ConnectionException' ||
      // pg's wording when the server closed the socket; MikroORM puts the statement in front of it.
      /Connection terminated/.test(String(current.message));
    if (lost) return { code: 'SERVICE_UNAVAILABLE', message: 'the database is unavailable; try again shortly' };
  }
  return undefined;
}
