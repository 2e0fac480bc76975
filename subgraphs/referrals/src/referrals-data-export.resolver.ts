import { Access, CLIENT_EXPORT_ROLES, ExportDocument, exportRecord, recordExport, Uuid, type RequestContext } from '@hub/common';
import { Arg, Ctx, Query, Resolver } from 'type-graphql';
import { ReferralStatusChange } from './referral-status-change.entity';
import { Referral } from './referral.entity';

/** The referrals service's part of a client's export (the right of access): her referrals, each with its status history. */
@Resolver()
export class ReferralsDataExportResolver {
  @Access(...CLIENT_EXPORT_ROLES)
  @Query(() => ExportDocument, {
    description:
      'Everything the referrals service holds on one client, for the right of access export (exportClientData gathers it): the referrals linked to her, each with its status history. Staff only; logged as EXPORT.',
  })
  async referralsDataExport(@Arg('clientId', () => Uuid) clientId: string, @Ctx() context: RequestContext): Promise<Record<string, unknown>> {
    const referrals = await context.em.find(Referral, { clientId }, { orderBy: { receivedAt: 'asc', id: 'asc' } });
    const changes = await context.em.find(
      ReferralStatusChange,
      { referral: { $in: referrals.map((referral) => referral.id) } },
      { orderBy: { changedAt: 'asc', id: 'asc' } },
    );
    recordExport(context, clientId, 'Query.referralsDataExport');
    return {
      referrals: referrals.map((referral) => ({
        ...exportRecord(referral),
        statusHistory: changes.filter((change) => change.referral.id === referral.id).map(exportRecord),
      })),
    };
  }
}
