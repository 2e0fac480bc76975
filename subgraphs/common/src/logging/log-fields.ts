import { serializeError } from './safe-error';
import { scrubSql, scrubText } from './scrub';

/**
 * The whitelist of what a log line may hold: each field the code logs, with
 * the shape its value is reduced to. A field not listed here is dropped (and
 * counted in `withheld`), whatever it holds; a value that does not have its
 * field's shape is replaced. Adding a field here is a reviewed decision that
 * its values can never be client data.
 */
type Shape = (value: unknown) => unknown;

const WITHHELD = '[withheld]';
/** Names, codes, ids, URLs, paths of the service itself: no spaces, bounded. */
const ID = /^[\w.:/@+#-]{1,200}$/;

const id: Shape = (value) => (typeof value === 'string' && ID.test(value) ? value : typeof value === 'number' || typeof value === 'boolean' ? value : WITHHELD);
const count: Shape = (value) => (typeof value === 'number' && Number.isFinite(value) ? value : WITHHELD);
const ids: Shape = (value) => (Array.isArray(value) ? value.slice(0, 50).map(id) : id(value));
const text: Shape = (value) => scrubText(value);

/** pino-style `req`/`res`: method, path without its query string, status, request id; never headers or body. */
const req: Shape = (value) => {
  const r = (value ?? {}) as { method?: unknown; url?: unknown; originalUrl?: unknown; id?: unknown };
  const url = typeof r.originalUrl === 'string' ? r.originalUrl : r.url;
  return { method: id(r.method), path: typeof url === 'string' ? id(url.split('?')[0]) : undefined, id: r.id === undefined ? undefined : id(r.id) };
};
const res: Shape = (value) => ({ status: count((value as { statusCode?: unknown } | undefined)?.statusCode) });

const limits: Shape = (value) =>
  Array.isArray(value)
    ? (value as Array<{ limit?: unknown; measured?: unknown; maximum?: unknown } | undefined>)
        .slice(0, 20)
        .map((entry) => ({ limit: id(entry?.limit), measured: count(entry?.measured), maximum: count(entry?.maximum) }))
    : WITHHELD;

/** A refused bearer token (gateway/src/auth/token-refusals.ts): why, whose issuer, a hash of `sub`, from where. */
const tokenRefusal: Shape = (value) => {
  const v = (value ?? {}) as Record<string, unknown>;
  return { reason: id(v.reason), issuer: id(v.issuer), subjectHash: id(v.subjectHash), source: id(v.source) };
};

const LOG_FIELDS: Record<string, Shape> = {
  // pino's own bindings and the children the services make
  name: id,
  pid: count,
  hostname: id,
  subgraph: id,
  service: id,
  requestId: id,
  // errors and HTTP
  err: serializeError,
  req,
  res,
  status: count,
  code: id,
  reason: text,
  path: ids,
  // the database
  sql: scrubSql,
  took: count,
  namespace: id,
  postgres: text,
  knex: text,
  migrations: ids,
  port: count,
  dataDir: id,
  // limits, rate limits, lifecycle
  limits,
  roles: ids,
  scope: id,
  url: id,
  signal: id,
  graceMs: count,
  limitMs: count,
  // refused tokens: never the token or the subject itself
  tokenRefusal,
};

/** pino `formatters.log` and `formatters.bindings`: keeps the listed fields, each in its shape. */
export function whitelistFields(object: Record<string, unknown>): Record<string, unknown> {
  const kept: Record<string, unknown> = {};
  let withheld = 0;
  for (const [key, value] of Object.entries(object)) {
    if (value === undefined) continue;
    const shape = Object.prototype.hasOwnProperty.call(LOG_FIELDS, key) ? LOG_FIELDS[key] : undefined;
    if (shape) kept[key] = shape(value);
    else withheld += 1;
  }
  if (withheld) kept.withheld = withheld;
  return kept;
}
