import { PARTNERS, type PartnerRole } from './partners';

/** The side a caller acts for; workflow rules say which sides may make a move. */
export enum Side {
  KADERA = 'KADERA',
  PARTNER = 'PARTNER',
  REFERRER = 'REFERRER',
  MUNICIPALITY = 'MUNICIPALITY',
  AUDITOR = 'AUDITOR',
}

/** Sides that make workflow changes, as stored and shown on a status change (GraphQL `Side`). */
export const WORKFLOW_SIDES = { KADERA: Side.KADERA, PARTNER: Side.PARTNER, REFERRER: Side.REFERRER } as const;

const NON_PARTNER_ROLES = {
  staff: Side.KADERA,
  intake: Side.KADERA,
  shelter: Side.KADERA,
  auditor: Side.AUDITOR,
  referrer: Side.REFERRER,
  municipality: Side.MUNICIPALITY,
} as const;

/** Roles (token scopes) a caller can hold. */
export type Role = keyof typeof NON_PARTNER_ROLES | PartnerRole;

/**
 * The one role table: every role and the side it acts for. Kadera's own roles,
 * the auditor, referrers and municipalities are written here; the partner roles
 * come from the partner table (partners.ts).
 */
export const ROLE_SIDES: Readonly<Record<Role, Side>> = {
  ...NON_PARTNER_ROLES,
  ...(Object.fromEntries(PARTNERS.map((row) => [row.role, Side.PARTNER])) as Record<PartnerRole, Side.PARTNER>),
};

/** Every role, in table order (the access matrix's columns). */
export const ROLES: readonly Role[] = Object.keys(ROLE_SIDES) as Role[];

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && Object.prototype.hasOwnProperty.call(ROLE_SIDES, value);
}

/** The roles that act for `side`. */
export function rolesOf(side: Side): Role[] {
  return ROLES.filter((role) => ROLE_SIDES[role] === side);
}

/** A caller's roles may span sides; it acts for the first of these it holds (Kadera first). */
const PRECEDENCE: readonly Side[] = [Side.KADERA, Side.PARTNER, Side.REFERRER, Side.MUNICIPALITY, Side.AUDITOR];

/**
 * The side a caller acts for: the one rule for "is Kadera", "is a partner",
 * "is a municipality" and the rest. Undefined for no caller or no known role.
 */
export function sideOf(caller: { roles: readonly string[] } | undefined): Side | undefined {
  if (!caller) return undefined;
  const sides = new Set(caller.roles.filter(isRole).map((role) => ROLE_SIDES[role]));
  return PRECEDENCE.find((side) => sides.has(side));
}

/** Whether any of `roles` acts for one of `sides` (e.g. which claims a token must carry). */
export function holdsSide(roles: readonly string[], ...sides: Side[]): boolean {
  return roles.some((role) => isRole(role) && sides.includes(ROLE_SIDES[role]));
}
