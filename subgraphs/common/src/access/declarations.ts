import { Directive } from 'type-graphql';
import { DataCategory, partnerRolesFor } from '../domain/partners';
import { isRole, ROLES, rolesOf, Side, type Role } from '../domain/roles';

/**
 * Field access is declared in the schema with the Federation authorization
 * directives, so the supergraph carries the rules: the gateway enforces
 * `@requiresScopes` before planning, the subgraph enforces both it and the
 * row-level `@policy` conditions (graphql-shield, built from the same directives).
 */

/** Kadera's own roles (roles.ts: the role table). */
export const KADERA_ROLES: Role[] = rolesOf(Side.KADERA);
/** Only these see where someone lives or stays (DESIGN.md section 5). */
export const WHEREABOUTS_ROLES: Role[] = ['staff', 'shelter'];
/**
 * Only these read or save a client's safety plan (risks, agreements, emergency
 * contacts, code word): the people who act on it in a crisis. Not intake, and
 * never a partner, referrer, municipality or the auditor (docs/security.md).
 */
export const SAFETY_PLAN_ROLES: Role[] = ['staff', 'shelter'];
/**
 * Who may read a client's BSN (the citizen service number): Kadera's social workers, who deal with the
 * municipality, the benefits agency and the tax office on her behalf. Not intake or shelter staff, never a
 * partner, referrer, municipality or the auditor (docs/security.md, "BSN").
 */
export const BSN_READ_ROLES: Role[] = ['staff'];
/**
 * Who may record a BSN (at registration or later) and find a client by it: `staff`, and `intake`, who registers
 * clients and must see that a BSN is already on file. Finding is an exact match; neither gets the number back
 * unless it may read it (BSN_READ_ROLES).
 */
export const BSN_ENTRY_ROLES: Role[] = ['staff', 'intake'];
/**
 * Who may open a client outside the normal field rules in an emergency, stating a reason (break-glass:
 * `openClientInEmergency`, docs/security.md, "Emergency access"): Kadera's own people, e.g. an intake colleague who
 * needs the address now. Never a partner, referrer, municipality or the auditor.
 */
export const EMERGENCY_ACCESS_ROLES: Role[] = [...KADERA_ROLES];
/** Every partner role (partners.ts: the partner table). */
export const PARTNER_ROLES: Role[] = rolesOf(Side.PARTNER);
export const ALL_ROLES: Role[] = [...ROLES];

/** Named row-level conditions; each subgraph implements the ones its fields use. */
export const POLICY = {
  /** A partner sees the handoff only when it is addressed to its organisation. */
  ownHandoff: 'own-handoff',
  /** A referrer sees the referral only when its organisation submitted it. */
  ownReferral: 'own-referral',
  /** A municipality sees only figures of its own municipality code. */
  ownMunicipality: 'own-municipality',
  /** A partner sees a client field only with the client's active consent for that category. */
  consent: (category: string) => `consent:${category}`,
} as const;

function scopesLiteral(roles: readonly Role[]): string {
  // Checked at run time too: the roles are typed, but a decorator's arguments are easy to build from strings.
  const distinct: string[] = [...new Set(roles)];
  if (distinct.length === 0) throw new Error('Access() needs at least one role; leave a field undeclared to deny it to all');
  for (const role of distinct) if (!isRole(role)) throw new Error(`unknown role ${role}`);
  return `[${distinct.map((role) => `["${role}"]`).join(', ')}]`;
}

/** Who may select this field: any one of `roles`. */
export function Access(...roles: Role[]): PropertyDecorator & MethodDecorator & ClassDecorator {
  return Directive(`@requiresScopes(scopes: ${scopesLiteral(roles)})`);
}

/**
 * A row-level condition the subgraph checks on top of `Access`: all `names`
 * must hold. Roles a condition does not concern pass it (e.g. consent binds partners only).
 */
export function Policy(...names: string[]): PropertyDecorator & MethodDecorator & ClassDecorator {
  return Directive(`@policy(policies: [[${names.map((n) => JSON.stringify(n)).join(', ')}]])`);
}

/**
 * A client field of data `category`: Kadera reads it; a partner role reads it
 * when its partner type's row in the partner table has that category (every
 * partner for IDENTITY), and then only with the client's active consent for
 * that category to the partner's organisation. The field declares the
 * category; the partner table decides which partner roles get it.
 */
export function ConsentedTo(category: DataCategory): PropertyDecorator & MethodDecorator {
  const access = Access(...KADERA_ROLES, ...partnerRolesFor(category));
  const policy = Policy(POLICY.consent(category));
  return (target: object, key: string | symbol, descriptor?: PropertyDescriptor) => {
    // Same order as writing @Access above @Policy: decorators apply bottom-up.
    policy(target, key, descriptor!);
    access(target, key, descriptor!);
  };
}
