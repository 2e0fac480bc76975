import { byKey, type RequestContext } from '@hub/common';
import { PartnerOrganisation } from './partner-organisation.entity';

/** Loads partner organisations by id, all ids asked for in one tick in one query. */
export function partnerOrganisationLoader(context: RequestContext) {
  return context.loader<string, PartnerOrganisation | null>('PartnerOrganisation', async (ids) => {
    const rows = await context.em.find(PartnerOrganisation, { id: { $in: [...ids] } });
    return byKey(ids, rows, (row) => row.id);
  });
}
