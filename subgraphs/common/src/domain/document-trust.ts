import { isRole, ROLE_SIDES, ROLES, Side, type Role } from './roles';

/**
 * Which sides may send any GraphQL document when trusted documents are enforced (HubConfig.trustedDocumentsOnly:
 * always in production, TRUSTED_DOCUMENTS_ONLY in development); the others may send only documents registered
 * for an application they may use (docs/security.md, "Trusted documents"). Kadera's own staff and the auditor
 * ask questions nobody registered beforehand; partners, referrers and municipalities run their applications.
 * Every side is named: a new side cannot be added without saying.
 */
const ANY_DOCUMENT: Readonly<Record<Side, boolean>> = {
  [Side.KADERA]: true,
  [Side.AUDITOR]: true,
  [Side.PARTNER]: false,
  [Side.REFERRER]: false,
  [Side.MUNICIPALITY]: false,
};

/** The roles that may send any document (derived from the role table's sides). */
export const ANY_DOCUMENT_ROLES: readonly Role[] = ROLES.filter((role) => ANY_DOCUMENT[ROLE_SIDES[role]]);

/**
 * Whether a caller with `roles` may send a document of its own (not a registered one). Not enforced: everyone.
 * Enforced: only when every one of its roles may (a partner role beside a staff role holds the caller to
 * trusted documents: fail closed), and never without a role.
 */
export function mayRunAnyDocument(roles: readonly string[], enforced: boolean): boolean {
  if (!enforced) return true;
  return roles.length > 0 && roles.every((role) => isRole(role) && ANY_DOCUMENT[ROLE_SIDES[role]]);
}
