import { hubError } from '../errors';
import { isRole, sideOf, Side, type Role } from './roles';

/** Who is asking, as the gateway verified it. */
export interface Caller {
  userId: string;
  roles: Role[];
  organisationId?: string;
  municipalityCode?: string;
  /** Purpose of use (NEN 7513), e.g. "care", "handoff", "statistics". */
  purpose?: string;
  /** The user this caller acts for (the token's `act`-style delegation), when it acts on behalf of someone (NEN 7513). */
  onBehalfOf?: string;
  /** The access point: the application the token was issued to, and the address the request came from. */
  applicationId?: string;
  sourceAddress?: string;
}

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
    onBehalfOf: text('onBehalfOf'),
    applicationId: text('applicationId'),
    sourceAddress: text('sourceAddress'),
  };
}
