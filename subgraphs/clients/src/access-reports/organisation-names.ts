import { Side, sideOf, type RequestContext } from '@hub/common';

/** Kadera's own name: every Kadera role and the privacy officer act for Kadera, whatever organisation id the token carries. */
const KADERA_NAME = 'Kadera';

const PARTNERS = '{ partnerOrganisations { id name } }';

/** Names an entry's organisation: a name the hub knows, or undefined (the report then says "another organisation"). */
export type OrganisationNames = (entry: { organisationId: string | null; roles: readonly string[] }) => string | undefined;

/**
 * The organisations a client's report names: Kadera by its roles, partner organisations by the handoffs
 * subgraph's list (asked as the caller, one call per report; not client-linked, so not logged). Referrers and
 * municipalities are not kept by name anywhere in the hub: the report names them by role only.
 */
export async function organisationNames(context: RequestContext): Promise<OrganisationNames> {
  const { partnerOrganisations } = await context.peer<{ partnerOrganisations: Array<{ id: string; name: string }> }>('handoffs', PARTNERS, {});
  return namesOf(new Map(partnerOrganisations.map((o) => [o.id, o.name])));
}

/** Kadera by its roles, a partner organisation by its name in `partners`. */
export function namesOf(partners: ReadonlyMap<string, string>): OrganisationNames {
  return (entry) => {
    const side = sideOf(entry);
    if (side === Side.KADERA || side === Side.AUDITOR) return KADERA_NAME;
    if (side === Side.PARTNER && entry.organisationId) return partners.get(entry.organisationId);
    return undefined;
  };
}
