import { createHash } from 'node:crypto';
import type { Caller } from '@hub/common/light';
import { LRUCache } from 'lru-cache';

/** Distinct bearer tokens remembered at once; the least recently used goes first. A few MB at most. */
const VERIFIED_TOKEN_ENTRIES = 10_000;

interface Entry {
  caller: Caller;
  /** The token's `exp`, in milliseconds: the entry is never used at or after it. */
  expiresAtMs: number;
}

/**
 * Bearer tokens that passed every check of their own (signature, issuer,
 * audience, times, claims), remembered until their `exp` and never beyond, so a
 * caller's next request costs a hash instead of a signature check. Keyed by the
 * SHA-256 of the token: the cache holds no token. What can change while a
 * token lives (its organisation deactivated or reclassified) is not cached
 * here: the verifier checks it on every request.
 */
export class VerifiedTokens {
  private readonly entries: LRUCache<string, Entry>;

  constructor(
    max = VERIFIED_TOKEN_ENTRIES,
    private readonly now: () => number = Date.now,
  ) {
    this.entries = new LRUCache<string, Entry>({ max });
  }

  static keyOf(token: string): string {
    return createHash('sha256').update(token).digest('base64url');
  }

  /** The caller of a token verified before and not yet expired: a copy of its own, so what one request adds to it (its source address, say) stays with that request. */
  get(key: string): Caller | undefined {
    const entry = this.entries.get(key);
    if (!entry) return undefined;
    if (this.now() >= entry.expiresAtMs) {
      this.entries.delete(key);
      return undefined;
    }
    return { ...entry.caller };
  }

  /** Remembers a verified token's caller until `exp` (seconds); a token without a future `exp` is not remembered. */
  set(key: string, caller: Caller, exp: unknown): void {
    if (typeof exp !== 'number' || !Number.isFinite(exp)) return;
    const expiresAtMs = exp * 1000;
    if (expiresAtMs <= this.now()) return;
    this.entries.set(key, { caller: { ...caller }, expiresAtMs });
  }

  get size(): number {
    return this.entries.size;
  }
}
