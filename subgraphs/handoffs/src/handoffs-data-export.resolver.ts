import { Access, CLIENT_EXPORT_ROLES, ExportDocument, exportRecord, recordExport, Uuid, type RequestContext } from '@hub/common';
import { Arg, Ctx, Query, Resolver } from 'type-graphql';
import { HandoffNote } from './handoff-note.entity';
import { HandoffStatusChange } from './handoff-status-change.entity';
import { Handoff } from './handoff.entity';
import { PartnerOrganisation } from './partner-organisation.entity';

/** The handoffs service's part of a client's export (the right of access): her handoffs with their status history and notes. */
@Resolver()
export class HandoffsDataExportResolver {
  @Access(...CLIENT_EXPORT_ROLES)
  @Query(() => ExportDocument, {
    description:
      'Everything the handoffs service holds on one client, for the right of access export (exportClientData gathers it): her handoffs, each with its status history, its notes and the partner organisation it went to (name and type). Staff only; logged as EXPORT.',
  })
  async handoffsDataExport(@Arg('clientId', () => Uuid) clientId: string, @Ctx() context: RequestContext): Promise<Record<string, unknown>> {
    const em = context.em;
    const handoffs = await em.find(Handoff, { clientId }, { orderBy: { createdAt: 'asc', id: 'asc' } });
    const ids = handoffs.map((handoff) => handoff.id);
    const [changes, notes, partners] = await Promise.all([
      em.find(HandoffStatusChange, { handoff: { $in: ids } }, { orderBy: { changedAt: 'asc', id: 'asc' } }),
      em.find(HandoffNote, { handoff: { $in: ids } }, { orderBy: { createdAt: 'asc', id: 'asc' } }),
      em.find(PartnerOrganisation, { id: { $in: [...new Set(handoffs.map((handoff) => handoff.partner.id))] } }),
    ]);
    const partnerOf = new Map(partners.map((partner) => [partner.id, { id: partner.id, name: partner.name, partnerType: partner.partnerType }]));
    recordExport(context, clientId, 'Query.handoffsDataExport');
    return {
      handoffs: handoffs.map((handoff) => ({
        ...exportRecord(handoff),
        partnerOrganisation: partnerOf.get(handoff.partner.id) ?? null,
        statusHistory: changes.filter((change) => change.handoff.id === handoff.id).map(exportRecord),
        notes: notes.filter((note) => note.handoff.id === handoff.id).map(exportRecord),
      })),
    };
  }
}
