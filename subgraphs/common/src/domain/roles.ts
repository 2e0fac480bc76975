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

/** A text in the languages the hub writes for clients: Dutch first, English available. */
export interface Wording {
  nl: string;
  en: string;
}

/**
 * Each role in words, for people outside the hub (the client's own access report, docs/access-log.md,
 * "Reports"): what someone holding it is, never the token scope. Beside the role table, so a new role
 * cannot be added without its words (the type requires every role).
 */
export const ROLE_LABELS: Readonly<Record<Role, Wording>> = {
  staff: { nl: 'hulpverlener', en: 'care worker' },
  intake: { nl: 'medewerker van het aanmeldteam (Toegang en Trajecten)', en: 'intake team member' },
  shelter: { nl: 'medewerker van de opvang', en: 'shelter worker' },
  auditor: { nl: 'privacyfunctionaris', en: 'privacy officer' },
  referrer: { nl: 'verwijzer', en: 'referring professional' },
  municipality: { nl: 'medewerker van de gemeente', en: 'municipal officer' },
  'partner:ggz': { nl: 'medewerker geestelijke gezondheidszorg (ggz)', en: 'mental health care worker' },
  'partner:debt': { nl: 'schuldhulpverlener', en: 'debt assistance worker' },
  'partner:housing': { nl: 'medewerker van de woningcorporatie', en: 'housing corporation worker' },
  'partner:uwv': { nl: 'medewerker van het UWV', en: 'benefits agency (UWV) worker' },
  'partner:youth': { nl: 'jeugdhulpverlener', en: 'youth services worker' },
  'partner:addiction': { nl: 'medewerker verslavingszorg', en: 'addiction care worker' },
  'partner:casa': { nl: 'medewerker van het Centrum Seksueel Geweld', en: 'sexual assault centre worker' },
};
