import { PARTNER_ROLE_LIST, type PartnerRole } from '../domain/partners';
import type { Role } from '../domain/roles';

/** How much one operation may ask for (docs/security.md, "Limits"). */
export interface OperationLimits {
  /** Nesting of fields, fragments unfolded. */
  depth: number;
  /** Fields selected under another response name. */
  aliases: number;
  /** Fields at the root of the operation, `__typename` aside. */
  rootFields: number;
  /** Directive uses (`@skip`, `@include`, ...). */
  directives: number;
  /** Lexical tokens of the whole document. */
  tokens: number;
  /** Items in any one list argument (e.g. `status: [...]`). */
  listArgumentItems: number;
  /** Estimated work: every field 1, a list field times its page size or `@listSize` (operation-cost.ts). */
  cost: number;
}

/**
 * A token bucket: `burst` requests at once, refilled at `perSecond`
 * (rate-limiter-flexible's BurstyRateLimiter: a steady and a burst budget).
 */
export interface RateLimit {
  perSecond: number;
  burst: number;
}

export interface RoleLimits {
  operation: OperationLimits;
  /** Per user (the token's `sub` within its organisation). */
  user: RateLimit;
  /** Per organisation (or municipality), shared by all its users. */
  organisation: RateLimit;
}

const KADERA: RoleLimits = {
  operation: { depth: 10, aliases: 30, rootFields: 10, directives: 20, tokens: 3000, listArgumentItems: 50, cost: 25_000 },
  user: { perSecond: 20, burst: 100 },
  organisation: { perSecond: 100, burst: 500 },
};

// Partner systems integrate with known queries: tighter on every count.
const PARTNER: RoleLimits = {
  operation: { depth: 8, aliases: 10, rootFields: 5, directives: 10, tokens: 1000, listArgumentItems: 20, cost: 8_000 },
  user: { perSecond: 5, burst: 30 },
  organisation: { perSecond: 10, burst: 60 },
};

/**
 * The one table of per-role limits: the gateway enforces the operation limits
 * before planning and the rate limits before anything else; every subgraph
 * enforces the operation limits again. A caller with several roles gets, per
 * limit, the most generous of them. docs/security.md is generated from it.
 */
export const ROLE_LIMITS: Record<Role, RoleLimits> = {
  staff: KADERA,
  intake: KADERA,
  shelter: KADERA,
  auditor: {
    operation: { depth: 6, aliases: 10, rootFields: 5, directives: 10, tokens: 1000, listArgumentItems: 20, cost: 5_000 },
    user: { perSecond: 5, burst: 30 },
    organisation: { perSecond: 10, burst: 60 },
  },
  referrer: {
    operation: { depth: 6, aliases: 5, rootFields: 3, directives: 5, tokens: 600, listArgumentItems: 20, cost: 5_000 },
    user: { perSecond: 2, burst: 10 },
    organisation: { perSecond: 5, burst: 30 },
  },
  municipality: {
    operation: { depth: 6, aliases: 10, rootFields: 5, directives: 5, tokens: 1000, listArgumentItems: 20, cost: 3_000 },
    user: { perSecond: 2, burst: 10 },
    organisation: { perSecond: 5, burst: 20 },
  },
  // Every partner role from the partner table (partners.ts) alike.
  ...(Object.fromEntries(PARTNER_ROLE_LIST.map((role) => [role, PARTNER])) as Record<PartnerRole, RoleLimits>),
};

/** Requests that carry no valid token, per source address: enough for a typo, not for guessing. */
export const UNAUTHENTICATED_LIMIT: RateLimit = { perSecond: 1, burst: 10 };

function mostGenerous<T extends object>(items: T[]): T {
  const [first, ...rest] = items;
  const result = { ...first } as Record<string, number>;
  for (const item of rest) {
    for (const [key, value] of Object.entries(item as Record<string, number>)) result[key] = Math.max(result[key], value);
  }
  return result as T;
}

/** The limits for a caller holding `roles`; undefined when it holds no known role (it gets nothing anyway). */
export function limitsFor(roles: readonly string[]): RoleLimits | undefined {
  const known = roles.filter((role): role is Role => Object.prototype.hasOwnProperty.call(ROLE_LIMITS, role)).map((role) => ROLE_LIMITS[role]);
  if (known.length === 0) return undefined;
  return {
    operation: mostGenerous(known.map((l) => l.operation)),
    user: mostGenerous(known.map((l) => l.user)),
    organisation: mostGenerous(known.map((l) => l.organisation)),
  };
}

/** The parser's ceiling for every caller: no document may have more tokens than the most generous role allows. */
export const MAX_TOKENS = Math.max(...Object.values(ROLE_LIMITS).map((l) => l.operation.tokens));
