import { hubError } from '../errors';
import type { RequestContext } from './request-context';

const ORGANISATION = 'query ($id: UUID!) { partnerOrganisation(id: $id) { id active } }';

/**
 * Refuses a partner organisation that does not exist or that staff have deactivated, asking the handoffs
 * subgraph (which owns them) as the caller. Call it before any write transaction opens, as `requireClient`.
 */
export async function requireActivePartnerOrganisation(context: RequestContext, id: string, field = 'partnerOrganisationId'): Promise<void> {
  const { partnerOrganisation } = await context.peer<{ partnerOrganisation: { id: string; active: boolean } | null }>('handoffs', ORGANISATION, { id });
  if (!partnerOrganisation?.active) {
    throw hubError('NOT_FOUND', 'partner organisation was not found or is no longer active', { argument: 'input', field });
  }
}
