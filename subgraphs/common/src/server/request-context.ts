import type { EntityManager } from '@mikro-orm/postgresql';
import DataLoader from 'dataloader';
import type { Logger } from '../logger';

/**
 * What a subgraph resolver gets: its own entity manager (a fork per request,
 * never the global one) and request-scoped DataLoaders.
 */
export class RequestContext {
  private readonly loaders = new Map<string, DataLoader<any, any>>();

  constructor(
    readonly em: EntityManager,
    readonly requestId: string,
    readonly logger: Logger,
  ) {}

  /** One loader per name per request, so rows asked for in one tick cost one query. */
  loader<K, V>(name: string, batch: (keys: readonly K[]) => Promise<ReadonlyArray<V | Error>>): DataLoader<K, V> {
    let loader = this.loaders.get(name);
    if (!loader) {
      loader = new DataLoader<K, V>(batch);
      this.loaders.set(name, loader);
    }
    return loader as DataLoader<K, V>;
  }
}

/** Orders batch results by key, with `null` for keys that match no row. */
export function byKey<T, K>(keys: readonly K[], rows: T[], keyOf: (row: T) => K): (T | null)[] {
  const found = new Map<K, T>();
  for (const row of rows) found.set(keyOf(row), row);
  return keys.map((key) => found.get(key) ?? null);
}

const REQUEST_ID = /^[A-Za-z0-9._-]{1,64}$/;

/** A caller's request id when it is a plain token, else a new one: ids go into logs verbatim. */
export function requestIdFrom(header: string | undefined, fresh: () => string): string {
  return header && REQUEST_ID.test(header) ? header : fresh();
}
