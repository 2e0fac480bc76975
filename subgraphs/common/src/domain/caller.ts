import { hubError } from '../errors';
import { PartnerType } from './enums';

/** Roles (token scopes) a caller can hold. */
export const ROLES = [
  'staff',
  'intake',
  'shelter',
  'auditor',
  'referrer',
  'municipality',
  'partner:ggz',
  'partner:debt',
  'partner:housing',
  'partner:uwv',
  'partner:youth',
] as const;
export type Role = (typeof ROLES)[number];

export const PARTNER_ROLE_TYPES: Record<string, PartnerType> = {
  'partner:ggz': PartnerType.GGZ,
  'partner:debt': PartnerType.DEBT_ASSISTANCE,
  'partner:housing': PartnerType.HOUSING,
  'partner:uwv': PartnerType.UWV,
  'partner:youth': PartnerType.YOUTH_SERVICES,
};

/** Who is asking, as the gateway verified it. */
export interface Caller {
  userId: string;
  roles: Role[];
  organisationId?: string;
  municipalityCode?: string;
  /** Purpose of use (NEN 7513), e.g. "care", "handoff", "statistics". */
  purpose?: string;
}

/** The side of a workflow a caller acts for. */
export enum Side {
  KADERA = 'KADERA',
  PARTNER = 'PARTNER',
  REFERRER = 'REFERRER',
}

const KADERA_ROLES = new Set<string>(['staff', 'intake', 'shelter']);

export function sideOf(caller: Caller | undefined): Side | undefined {
  if (!caller) return undefined;
  if (caller.roles.some((r) => KADERA_ROLES.has(r))) return Side.KADERA;
  if (caller.roles.some((r) => r in PARTNER_ROLE_TYPES)) return Side.PARTNER;
  if (caller.roles.includes('referrer')) return Side.REFERRER;
  return undefined;
}

export function partnerTypeOf(caller: Caller | undefined): PartnerType | undefined {
  const role = caller?.roles.find((r) => r in PARTNER_ROLE_TYPES);
  return role ? PARTNER_ROLE_TYPES[role] : undefined;
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
  const roles = value.roles.filter((r): r is Role => (ROLES as readonly string[]).includes(r as string));
  if (roles.length === 0) return undefined;
  const text = (key: string) => (typeof value[key] === 'string' && value[key] ? (value[key] as string) : undefined);
  return {
    userId: value.userId,
    roles,
    organisationId: text('organisationId'),
    municipalityCode: text('municipalityCode'),
    purpose: text('purpose'),
  };
}
