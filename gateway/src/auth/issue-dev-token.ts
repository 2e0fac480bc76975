import { SignJWT } from 'jose';
import { DEMO_PARTNERS, DEMO_REFERRERS, KADERA, PARTNER_ROLE_TYPES, ROLES, type Role } from '@hub/common';
import { DEV_ALGORITHM, loadOrCreateDevKeys } from './dev-keys';

export interface DevTokenRequest {
  role: Role;
  org?: string;
  municipality?: string;
  user?: string;
  purpose?: string;
  expiresIn?: string;
}

const PURPOSES: Record<string, string> = {
  staff: 'care',
  intake: 'care',
  shelter: 'care',
  auditor: 'audit',
  referrer: 'referral',
  municipality: 'statistics',
};

/** The demo organisation a role's token names when `--org` is not given. */
export function defaultOrganisation(role: Role): string | undefined {
  if (role === 'municipality') return undefined;
  if (role === 'referrer') return DEMO_REFERRERS[0].id;
  const partnerType = PARTNER_ROLE_TYPES[role];
  if (partnerType) return DEMO_PARTNERS.find((p) => p.partnerType === partnerType)!.id;
  return KADERA.id;
}

export async function issueDevToken(request: DevTokenRequest, options: { keyDir: string; issuer: string; audience: string }): Promise<string> {
  if (!(ROLES as readonly string[]).includes(request.role)) {
    throw new Error(`unknown role "${request.role}"; one of: ${ROLES.join(', ')}`);
  }
  const { privateKey } = await loadOrCreateDevKeys(options.keyDir);
  const claims: Record<string, unknown> = {
    scope: request.role,
    purpose: request.purpose ?? PURPOSES[request.role] ?? 'handoff',
  };
  const org = request.org ?? defaultOrganisation(request.role);
  if (org) claims.org = org;
  if (request.role === 'municipality') claims.municipality = request.municipality ?? 'GM0193';
  return new SignJWT(claims)
    .setProtectedHeader({ alg: DEV_ALGORITHM, typ: 'JWT' })
    .setSubject(request.user ?? `dev-${request.role.replace(':', '-')}`)
    .setIssuer(options.issuer)
    .setAudience(options.audience)
    .setIssuedAt()
    .setNotBefore('0s')
    .setExpirationTime(request.expiresIn ?? '8h')
    .sign(privateKey);
}
