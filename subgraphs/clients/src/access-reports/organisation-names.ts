import { Side, sideOf, type RequestContext } from '@hub/common';

/** Kadera's own name: every Kadera role and the privacy officer act for Kadera, whatever organisation id the token carries. */
const KADERA_NAME = 'Kadera';

const PARTNERS = '{ partnerOrganisations { id name } }';
const REFERRERS = 'query($ids: [UUID!]!) { referrerOrganisationNames(ids: $ids) { id name } }';
/** As the referrals subgraph takes at most (referrer-organisation.resolver.ts). */
const REFERRER_IDS_PER_CALL = 100;

interface Caller {
  organisationId: string | null;
  roles: readonly string[];
}

/** Names an entry's organisation: a name the hub knows, or undefined (the report then says "another organisation"). */
export type OrganisationNames = (entry: Caller) => string | undefined;

/**
 * The organisations a client's report names: Kadera by its roles; partner organisations by the handoffs
 * subgraph's list; referring organisations by the name they last gave themselves on a referral (the
 * referrals subgraph). Both asked as the caller, once per report; organisations are not client-linked,
 * so these calls are not logged. Municipalities serve no client data and are named by role only.
 */
export async function organisationNames(context: RequestContext, entries: readonly Caller[]): Promise<OrganisationNames> {
  const referrerIds = [...new Set(entries.filter((e) => sideOf(e) === Side.REFERRER && e.organisationId).map((e) => e.organisationId!))];
  const batches = Array.from({ length: Math.ceil(referrerIds.length / REFERRER_IDS_PER_CALL) }, (_, i) =>
    referrerIds.slice(i * REFERRER_IDS_PER_CALL, (i + 1) * REFERRER_IDS_PER_CALL),
  );
  const [{ partnerOrganisations }, ...referrers] = await Promise.all([
    context.peer<{ partnerOrganisations: Array<{ id: string; name: string }> }>('handoffs', PARTNERS, {}),
    ...batches.map((ids) => context.peer<{ referrerOrganisationNames: Array<{ id: string; name: string }> }>('referrals', REFERRERS, { ids })),
  ]);
  const names = (list: Array<{ id: string; name: string }>) => list.map((o) => [o.id, o.name] as const);
  return namesOf(new Map(names(partnerOrganisations)), new Map(referrers.flatMap((r) => names(r.referrerOrganisationNames))));
}

/** Kadera by its roles, a partner organisation by its name in `partners`, a referrer's in `referrers`. */
export function namesOf(partners: ReadonlyMap<string, string>, referrers: ReadonlyMap<string, string> = new Map()): OrganisationNames {
  return (entry) => {
    const side = sideOf(entry);
    if (side === Side.KADERA || side === Side.AUDITOR) return KADERA_NAME;
    if (side === Side.PARTNER && entry.organisationId) return partners.get(entry.organisationId);
    if (side === Side.REFERRER && entry.organisationId) return referrers.get(entry.organisationId);
    return undefined;
  };
}
