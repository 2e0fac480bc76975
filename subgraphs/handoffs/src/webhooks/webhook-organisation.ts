import { badInput, webhookEventTypeName, webhookEventTypesOf, WebhookOrganisationKind, type RequestContext, type WebhookEventType } from '@hub/common';
import { PartnerOrganisation } from '../partner-organisation.entity';

const REFERRER_KNOWN = `query ($ids: [UUID!]!) { referrerOrganisationNames(ids: $ids) { id } }`;

/**
 * Checks who an endpoint is for: a partner organisation registered here, or a referring organisation the
 * referrals subgraph knows from at least one referral (referring organisations exist nowhere else: their id
 * comes from their tokens, so a mistyped id would otherwise hear nothing, silently). And only event types of
 * that kind (WEBHOOK_EVENTS): a referrer's endpoint never hears of handoffs, a partner's never of referrals.
 */
export async function checkWebhookOrganisation(
  context: RequestContext,
  kind: WebhookOrganisationKind,
  organisationId: string,
  eventTypes: readonly WebhookEventType[],
): Promise<void> {
  const allowed = webhookEventTypesOf(kind);
  const foreign = eventTypes.find((type) => !allowed.includes(type));
  if (foreign) {
    throw badInput(`eventTypes: ${webhookEventTypeName(foreign)} is not an event of a ${kind}; it may have ${allowed.map(webhookEventTypeName).join(', ')}`, {
      field: 'eventTypes',
    });
  }
  if (kind === WebhookOrganisationKind.PARTNER_ORGANISATION) {
    if (!(await context.em.count(PartnerOrganisation, { id: organisationId }))) {
      throw badInput('organisationId names no partner organisation', { field: 'organisationId' });
    }
    return;
  }
  const { referrerOrganisationNames } = await context.peer<{ referrerOrganisationNames: { id: string }[] }>('referrals', REFERRER_KNOWN, {
    ids: [organisationId],
  });
  if (!referrerOrganisationNames.length) {
    throw badInput('organisationId names no referring organisation with a referral', { field: 'organisationId' });
  }
}
