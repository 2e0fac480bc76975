import { Directive } from 'type-graphql';
import { ROLES, type Role } from '../domain/caller';

/**
 * Field access is declared in the schema with the Federation authorization
 * directives, so the supergraph carries the rules: the gateway enforces
 * `@requiresScopes` before planning, the subgraph enforces both it and the
 * row-level `@policy` conditions (graphql-shield, built from the same directives).
 */

export const KADERA_ROLES: Role[] = ['staff', 'intake', 'shelter'];
/** Only these see where someone lives or stays (DESIGN.md section 5). */
export const WHEREABOUTS_ROLES: Role[] = ['staff', 'shelter'];
export const PARTNER_ROLES: Role[] = ['partner:ggz', 'partner:debt', 'partner:housing', 'partner:uwv', 'partner:youth'];
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
  const distinct = [...new Set(roles)];
  if (distinct.length === 0) throw new Error('Access() needs at least one role; leave a field undeclared to deny it to all');
  for (const role of distinct) if (!(ROLES as readonly string[]).includes(role)) throw new Error(`unknown role ${role}`);
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
