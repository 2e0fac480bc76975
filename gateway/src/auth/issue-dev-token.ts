import { SignJWT } from 'jose';
import {
  DEMO_PARTNERS,
  DEMO_REFERRERS,
  isLoggedId,
  isRole,
  KADERA,
  PARTNER_ROLE_TYPES,
  ROLE_SIDES,
  ROLES,
  Side,
  type HubConfig,
  type Role,
} from '@hub/common/light';
import { DEV_ALGORITHM, loadOrCreateDevKeys } from './dev-keys';

export interface DevTokenRequest {
  /** As typed on the command line; checked here against the role list. */
  role: string;
  org?: string;
  municipality?: string;
  user?: string;
  purpose?: string;
  expiresIn?: string;
  /** The application the token is issued to (`azp`), the access point the log names. */
  azp?: string;
  /** The user acting on behalf of the token's subject (RFC 8693 `act.sub`): the log's user, with the subject as on-behalf-of. */
  act?: string;
}

/** The purpose of use a side's token names unless `--purpose` is given. */
const PURPOSES: Record<Side, string> = {
  [Side.KADERA]: 'care',
  [Side.AUDITOR]: 'audit',
  [Side.REFERRER]: 'referral',
  [Side.MUNICIPALITY]: 'statistics',
  [Side.PARTNER]: 'handoff',
};

/** The demo organisation a role's token names when `--org` is not given. */
export function defaultOrganisation(role: Role): string | undefined {
  switch (ROLE_SIDES[role]) {
    case Side.MUNICIPALITY:
      return undefined;
    case Side.REFERRER:
      return DEMO_REFERRERS[0].id;
    case Side.PARTNER:
      return DEMO_PARTNERS.find((p) => p.partnerType === PARTNER_ROLE_TYPES[role])!.id;
    default:
      return KADERA.id;
  }
}

export async function issueDevToken(request: DevTokenRequest, options: { keyDir: string; issuer: string; audience: string }): Promise<string> {
  const role = request.role;
  if (!isRole(role)) {
    throw new Error(`unknown role "${request.role}"; one of: ${ROLES.join(', ')}`);
  }
  const { privateKey } = await loadOrCreateDevKeys(options.keyDir);
  const claims: Record<string, unknown> = {
    scope: role,
    purpose: request.purpose ?? PURPOSES[ROLE_SIDES[role]],
  };
  const org = request.org ?? defaultOrganisation(role);
  if (org) claims.org = org;
  if (ROLE_SIDES[role] === Side.MUNICIPALITY) claims.municipality = request.municipality ?? 'GM0193';
  for (const [name, value] of [
    ['azp', request.azp],
    ['act', request.act],
  ] as const) {
    if (value !== undefined && !isLoggedId(value)) throw new Error(`--${name} must be an id of at most 128 letters, digits and . _ : @ / + = -`);
  }
  if (request.azp) claims.azp = request.azp;
  if (request.act) claims.act = { sub: request.act };
  return new SignJWT(claims)
    .setProtectedHeader({ alg: DEV_ALGORITHM, typ: 'JWT' })
    .setSubject(request.user ?? `dev-${role.replace(':', '-')}`)
    .setIssuer(options.issuer)
    .setAudience(options.audience)
    .setIssuedAt()
    .setNotBefore('0s')
    .setExpirationTime(request.expiresIn ?? '8h')
    .sign(privateKey);
}

/** Issues a development token for a request (a role, and optionally the application as `azp`). */
export type DevTokenIssuer = (request: Pick<DevTokenRequest, 'role' | 'azp'>) => Promise<string>;

/**
 * The one rule for where development tokens may be handed out (GraphiQL, the console's role picker): never in
 * production, and not where the gateway verifies tokens from an identity provider (JWKS or a public key), which
 * would refuse them. Undefined: no development tokens.
 */
export function devTokenIssuer(config: HubConfig): DevTokenIssuer | undefined {
  const { auth } = config;
  if (config.mode === 'production' || auth.jwksUrl || auth.publicKeyFile) return undefined;
  return (request) => issueDevToken(request, { keyDir: auth.devKeyDir, issuer: auth.issuer, audience: auth.audience });
}

/**
 * A connection from this machine: only such a browser is handed a development token (GraphiQL's page, the console's
 * role picker), since a gateway in development still listens on every interface.
 */
export const fromThisMachine = (address: string | undefined) => !!address && /^(::ffff:)?127\.|^::1$/.test(address);
