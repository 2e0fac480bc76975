import { DataCategory, fieldPathKey, HotRead, POLICY, Side, sideOf, type Policies, type PolicyCheck, type RequestContext } from '@hub/common';
import { Child } from './child.entity';
import { Consent } from './consent.entity';
import { today } from '@hub/common';

/** The active consents of one organisation for some clients on one day: [client ids, organisation id, day, day]. */
const ACTIVE_CONSENTS = new HotRead(
  Consent,
  (column) =>
    `${column('client')} in (?) and ${column('partnerOrganisationId')} = ? and ${column('withdrawnAt')} is null and ${column('validFrom')} <= ? and ${column('validUntil')} >= ?`,
);

/**
 * The categories the caller's organisation may see per client, each with the active consents that give it:
 * the union of that organisation's active consents, for every client asked about in a request in one query.
 */
function consentedCategoriesLoader(context: RequestContext) {
  return context.loader<string, Map<DataCategory, string[]>>('ConsentedCategories', async (clientIds) => {
    const organisationId = context.caller?.organisationId;
    const byClient = new Map<string, Map<DataCategory, string[]>>(clientIds.map((id) => [id, new Map()]));
    if (organisationId) {
      const day = today();
      const rows = await ACTIVE_CONSENTS.find(context.em, [[...clientIds], organisationId.toLowerCase(), day, day]);
      for (const row of rows) {
        const categories = byClient.get(row.client.id);
        for (const category of row.categories) categories?.set(category, [...(categories.get(category) ?? []), row.id]);
      }
    }
    return clientIds.map((id) => byClient.get(id)!);
  });
}

/** A child's data is guarded by its client's consent; every other field here sits on the client itself. */
const clientIdOf = (parent: unknown): string | undefined => (parent instanceof Child ? parent.client?.id : (parent as { id?: string } | null)?.id);

function consentFor(category: DataCategory): PolicyCheck {
  return async (parent, _args, context, info) => {
    // Kadera works with the whole file. Anyone else (in practice a partner, the only other role these
    // fields admit) needs consent: fail closed for a caller without an organisation or a client id.
    if (sideOf(context.caller) === Side.KADERA) return true;
    const clientId = clientIdOf(parent);
    if (!clientId || !context.caller?.organisationId) return false;
    const consents = (await consentedCategoriesLoader(context).load(clientId)).get(category);
    // The consents that allow this field go into the access log entry of its read (docs/access-log.md).
    if (consents) context.access.noteConsents(fieldPathKey(info), consents);
    return !!consents;
  };
}

export const clientsPolicies: Policies = Object.fromEntries(Object.values(DataCategory).map((category) => [POLICY.consent(category), consentFor(category)]));
