import { Access, CLIENT_EXPORT_ROLES, ExportDocument, exportRecord, recordExport, Uuid, type RequestContext } from '@hub/common';
import { Arg, Ctx, Query, Resolver } from 'type-graphql';
import { AftercareProgramme } from './aftercare-programme.entity';
import { AlarmDeployment } from './alarm-deployment.entity';
import { PlacementUnit } from './placement-unit.entity';
import { Stay } from './stay.entity';
import { WaitlistEntry } from './waitlist-entry.entity';

/** The placements service's part of a client's export (the right of access): what it holds on her, and nothing of anyone else. */
@Resolver()
export class PlacementsDataExportResolver {
  @Access(...CLIENT_EXPORT_ROLES)
  @Query(() => ExportDocument, {
    description:
      "Everything the placements service holds on one client, for the right of access export (exportClientData gathers it): stays, waitlist entries, aftercare programmes, alarm deployments. Units by id and placement type; a shelter location's address is the organisation's, not the client's, and is not exported. Staff only; logged as EXPORT.",
  })
  async placementsDataExport(@Arg('clientId', () => Uuid) clientId: string, @Ctx() context: RequestContext): Promise<Record<string, unknown>> {
    const em = context.em;
    const byClient = { clientId };
    const [stays, waitlistEntries, aftercareProgrammes, alarmDeployments] = await Promise.all([
      em.find(Stay, byClient, { orderBy: { admittedOn: 'asc', id: 'asc' } }),
      em.find(WaitlistEntry, byClient, { orderBy: { requestedAt: 'asc', id: 'asc' } }),
      em.find(AftercareProgramme, byClient, { orderBy: { startedOn: 'asc', id: 'asc' } }),
      em.find(AlarmDeployment, byClient, { orderBy: { deployedOn: 'asc', id: 'asc' } }),
    ]);
    const unitIds = [...new Set([...stays, ...waitlistEntries].map((row) => row.unit.id))];
    const units = new Map((await em.find(PlacementUnit, { id: { $in: unitIds } })).map((unit) => [unit.id, unit.type]));
    const withType = (row: Stay | WaitlistEntry) => ({ ...exportRecord(row), placementType: units.get(row.unit.id) ?? null });
    recordExport(context, clientId, 'Query.placementsDataExport');
    return {
      stays: stays.map(withType),
      waitlistEntries: waitlistEntries.map(withType),
      aftercareProgrammes: aftercareProgrammes.map(exportRecord),
      alarmDeployments: alarmDeployments.map(exportRecord),
    };
  }
}
