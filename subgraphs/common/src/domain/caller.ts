import { isIP } from 'node:net';
import { hubError } from '../errors';
import { USER_ID } from '../validation/limits';
import { isRole, sideOf, Side, type Role } from './roles';

/** Who is asking, as the gateway verified it. */
export interface Caller {
  userId: string;
  roles: Role[];
  organisationId?: string;
  municipalityCode?: string;
  /** Purpose of use (NEN 7513), e.g. "care", "handoff", "statistics". */
  purpose?: string;
  /**
   * The responsible user this caller acts for, when it acts on behalf of someone (NEN 7513): with an RFC 8693
   * delegation token, `userId` is the actor (`act.sub`) and this the token's subject (`sub`). verify-token.ts.
   */
  onBehalfOf?: string;
  /** The access point: the application the token was issued to (`azp`, else `client_id`), and the address the request came from. */
  applicationId?: string;
  sourceAddress?: string;
}

/**
 * A user or application id as it may go into the access log and its CSV: at most USER_ID.max characters, letters,
 * digits and `. _ : @ / + = -` only (no spaces, quotes, commas or control characters).
 */
const LOGGED_ID = new RegExp(`^[A-Za-z0-9._:@/+=-]{1,${USER_ID.max}}$`);

export const isLoggedId = (value: unknown): value is string => typeof value === 'string' && LOGGED_ID.test(value);

/** An IPv4 or IPv6 address, as the access log's `source_address` holds it. */
export const isSourceAddress = (value: unknown): value is string => typeof value === 'string' && value.length <= 45 && isIP(value) !== 0;

export function requireCaller(caller: Caller | undefined): Caller {
  if (!caller) throw hubError('UNAUTHENTICATED', 'this operation needs an authenticated caller');
  return caller;
}

/** The caller must act for one of `sides`; partners and referrers also need their organisation. */
export function requireSide(caller: Caller | undefined, ...sides: Side[]): { caller: Caller; side: Side } {
  const known = requireCaller(caller);
  const side = sideOf(known);
  if (!side || !sides.includes(side)) {
    throw hubError('FORBIDDEN', `only ${sides.join(' or ').toLowerCase()} callers may do this`);
  }
  if (side !== Side.KADERA && !known.organisationId) {
    throw hubError('FORBIDDEN', 'the caller carries no organisation');
  }
  return { caller: known, side };
}

/** Parses the caller the gateway forwards; anything malformed is no caller at all. */
export function parseCaller(raw: unknown): Caller | undefined {
  if (!raw || typeof raw !== 'object') return undefined;
  const value = raw as Record<string, unknown>;
  if (typeof value.userId !== 'string' || !value.userId) return undefined;
  if (!Array.isArray(value.roles)) return undefined;
  const roles = value.roles.filter(isRole);
  if (roles.length === 0) return undefined;
  const text = (key: string) => (typeof value[key] === 'string' && value[key] ? value[key] : undefined);
  return {
    userId: value.userId,
    roles,
    organisationId: text('organisationId'),
    municipalityCode: text('municipalityCode'),
    purpose: text('purpose'),
    // What lands in the log as it came is checked once more here: anything else is left out.
    onBehalfOf: isLoggedId(value.onBehalfOf) ? value.onBehalfOf : undefined,
    applicationId: isLoggedId(value.applicationId) ? value.applicationId : undefined,
    sourceAddress: isSourceAddress(value.sourceAddress) ? value.sourceAddress : undefined,
  };
}
