import { LRUCache } from 'lru-cache';

/** How long a lookup's answers are kept: found ones for `foundTtlMs`, "none" for `unknownTtlMs`, at most `max` keys. */
export interface LookupCaching {
  foundTtlMs: number;
  unknownTtlMs: number;
  max: number;
}

/**
 * Caches `lookup` (LRU with TTL) for the gateway's read-only lookups on the hub database: a found value and
 * a "none" (null) each for their own time, so a flood of made-up keys costs one query per key and TTL.
 * A failed lookup is not cached. `normalise` maps equivalent keys to one; `clock` (milliseconds) is for tests.
 */
export function cachedLookup<V extends object>(
  lookup: (key: string) => Promise<V | null>,
  caching: LookupCaching,
  options: { normalise?: (key: string) => string; clock?: { now(): number } } = {},
): (key: string) => Promise<V | null> {
  // lru-cache stores no null: "none" is cached as 'unknown'.
  const cache = new LRUCache<string, V | 'unknown'>({
    max: caching.max,
    ttl: caching.foundTtlMs,
    ...(options.clock ? { perf: options.clock, ttlResolution: 0 } : {}),
  });
  return async (raw) => {
    const key = options.normalise ? options.normalise(raw) : raw;
    const cached = cache.get(key);
    if (cached !== undefined) return cached === 'unknown' ? null : cached;
    const found = await lookup(key);
    if (found === null) cache.set(key, 'unknown', { ttl: caching.unknownTtlMs });
    else cache.set(key, found);
    return found;
  };
}
