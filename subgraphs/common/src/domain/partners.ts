/** Data categories a client consents to share with a partner (DESIGN.md section 5). */
export enum DataCategory {
  IDENTITY = 'IDENTITY',
  HEALTH_SCREENING = 'HEALTH_SCREENING',
  FINANCES = 'FINANCES',
  HOUSING = 'HOUSING',
  INCOME_BENEFITS = 'INCOME_BENEFITS',
  CHILDREN = 'CHILDREN',
}

/**
 * The one partner table: every kind of chain partner the hub knows, the role
 * (token scope) its organisations sign in with, and the one data category it
 * may receive besides identity (DESIGN.md section 5: minimum data). Everything
 * else about partner types is derived from it: PartnerType, the role list and
 * sides (roles.ts), which client fields a partner role may select
 * (`@ConsentedTo`), the consent a handoff needs, the access matrix, the role
 * limits, the test callers and the dev-token help. Adding a partner type is a
 * row here (docs/architecture.md, "Adding a partner type").
 */
const PARTNER_TABLE = {
  GGZ: { role: 'partner:ggz', dataCategory: DataCategory.HEALTH_SCREENING, label: 'Mental health care (GGZ)' },
  DEBT_ASSISTANCE: { role: 'partner:debt', dataCategory: DataCategory.FINANCES, label: 'Debt assistance' },
  HOUSING: { role: 'partner:housing', dataCategory: DataCategory.HOUSING, label: 'Housing corporation' },
  UWV: { role: 'partner:uwv', dataCategory: DataCategory.INCOME_BENEFITS, label: 'Benefits agency (UWV)' },
  YOUTH_SERVICES: { role: 'partner:youth', dataCategory: DataCategory.CHILDREN, label: 'Youth services' },
  ADDICTION_CARE: { role: 'partner:addiction', dataCategory: DataCategory.HEALTH_SCREENING, label: 'Addiction care' },
  CASA: { role: 'partner:casa', dataCategory: DataCategory.HEALTH_SCREENING, label: 'Sexual assault centre (CASA, Centrum Seksueel Geweld)' },
} as const satisfies Record<string, { role: `partner:${string}`; dataCategory: DataCategory; label: string }>;

/** Kind of chain partner organisation: the keys of the partner table. */
export type PartnerType = keyof typeof PARTNER_TABLE;
export const PartnerType = Object.fromEntries(Object.keys(PARTNER_TABLE).map((type) => [type, type])) as { readonly [T in PartnerType]: T };

/** A partner role, e.g. `partner:ggz`. */
export type PartnerRole = (typeof PARTNER_TABLE)[PartnerType]['role'];

export interface PartnerRow {
  partnerType: PartnerType;
  role: PartnerRole;
  dataCategory: DataCategory;
  label: string;
}

/** The partner table as rows, in the order of PartnerType. */
export const PARTNERS: readonly PartnerRow[] = Object.entries(PARTNER_TABLE).map(([partnerType, row]) => ({
  partnerType: partnerType as PartnerType,
  ...row,
}));

/** Partner roles in table order. */
export const PARTNER_ROLE_LIST: readonly PartnerRole[] = PARTNERS.map((row) => row.role);

/** Role -> partner type, for a token's role against its organisation's type. */
export const PARTNER_ROLE_TYPES: Readonly<Record<string, PartnerType>> = Object.fromEntries(PARTNERS.map((row) => [row.role, row.partnerType]));

/** Partner type -> its role. */
export const PARTNER_TYPE_ROLES: Readonly<Record<PartnerType, PartnerRole>> = Object.fromEntries(PARTNERS.map((row) => [row.partnerType, row.role])) as Record<
  PartnerType,
  PartnerRole
>;

/** What each kind of partner may receive besides identity (DESIGN.md section 5: minimum data). */
export const PARTNER_TYPE_CATEGORY: Readonly<Record<PartnerType, DataCategory>> = Object.fromEntries(
  PARTNERS.map((row) => [row.partnerType, row.dataCategory]),
) as Record<PartnerType, DataCategory>;

/**
 * The partner roles that may see client data of `category` (with the client's
 * consent): every partner for IDENTITY, else the partner types whose row has it.
 */
export function partnerRolesFor(category: DataCategory): PartnerRole[] {
  return PARTNERS.filter((row) => category === DataCategory.IDENTITY || row.dataCategory === category).map((row) => row.role);
}

export function isPartnerRole(role: string): role is PartnerRole {
  return Object.prototype.hasOwnProperty.call(PARTNER_ROLE_TYPES, role);
}
