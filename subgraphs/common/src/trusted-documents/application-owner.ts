import { badInput } from '../errors';
import { isPartnerRole } from '../domain/partners';
import { isRole, type Role } from '../domain/roles';
import { isUuid } from '../domain/uuid';

/**
 * Who may use a client application's trusted documents: the callers holding `role` (a partner role such as
 * `partner:ggz` is a partner type), and when `organisationId` is set only those of that organisation (a
 * partner organisation's id for a partner role, the referring organisation's for `referrer`). Its documents
 * are checked at registration against exactly this role's field rules.
 */
export interface ApplicationOwner {
  role: Role;
  organisationId?: string;
}

/** Organisation ids as tokens carry them: a UUID in any case is the same organisation. */
const organisationKey = (id: string) => (isUuid(id) ? id.toLowerCase() : id);

/** The longest organisation id a referrer token may name and an owner may be narrowed to. */
const MAX_ORGANISATION_ID = 100;

/** The owner from what an operator or staff gave; BAD_USER_INPUT (reason OWNER_INVALID) for a role or organisation that cannot own one. */
export function applicationOwner(role: unknown, organisationId?: unknown): ApplicationOwner {
  const refuse = (message: string) => badInput(message, { reason: 'OWNER_INVALID' });
  if (!isRole(role)) throw refuse('the owner role is not a role of the hub (e.g. partner:ggz, referrer, municipality, staff)');
  if (organisationId === undefined || organisationId === null || organisationId === '') return { role };
  if (typeof organisationId !== 'string' || organisationId.length > MAX_ORGANISATION_ID) throw refuse('the owner organisation id is not an id');
  if (isPartnerRole(role)) {
    if (!isUuid(organisationId)) throw refuse('a partner organisation id is a UUID');
  } else if (role !== 'referrer') {
    throw refuse(`an application of role ${role} cannot be narrowed to one organisation: only partner roles and referrer carry one`);
  }
  return { role, organisationId: organisationKey(organisationId) };
}

/** Whether `caller` may run the documents of an application of `owner`. */
export function mayUseApplication(owner: ApplicationOwner, caller: { roles: readonly string[]; organisationId?: string }): boolean {
  if (!caller.roles.includes(owner.role)) return false;
  if (owner.organisationId === undefined) return true;
  return caller.organisationId !== undefined && organisationKey(caller.organisationId) === owner.organisationId;
}
