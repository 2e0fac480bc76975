import { Access, CLIENT_EXPORT_ROLES, EXPORT_REASON, ExportDocument, describeText, recordExport, TextLength, Uuid, type RequestContext } from '@hub/common';
import { Arg, Args, ArgsType, Ctx, Field, Mutation, Query, Resolver } from 'type-graphql';
import { clientsPart, exportClientData } from './client-data-export';

@ArgsType()
class ExportClientDataArgs {
  @Field(() => Uuid)
  clientId!: string;

  @Field(() => String, {
    description: `Why the data is exported (e.g. the client's request of a date); required, ${describeText(EXPORT_REASON)}. Kept in the export.`,
  })
  @TextLength(EXPORT_REASON)
  reason!: string;
}

/** The right of access (AVG art. 15): a client's data from every subgraph as one JSON document (docs/security.md, "Right of access"). */
@Resolver()
export class ClientDataExportResolver {
  @Access(...CLIENT_EXPORT_ROLES)
  @Query(() => ExportDocument, {
    nullable: true,
    description:
      'Everything the clients service holds on one client, for the right of access export (exportClientData gathers it): the file with its contact details, the safety plan, children, consents and the histories. Null when there is no such client. Staff only; logged as EXPORT.',
  })
  async clientsDataExport(@Arg('clientId', () => Uuid) clientId: string, @Ctx() context: RequestContext): Promise<Record<string, unknown> | null> {
    const part = await clientsPart(context, clientId);
    if (part) recordExport(context, clientId, 'Query.clientsDataExport');
    return part;
  }

  @Access(...CLIENT_EXPORT_ROLES)
  @Mutation(() => ExportDocument, {
    description:
      'The right of access export: everything the hub holds on one client, from every service, with the access log entries about her, as one JSON document (format version, generation time in UTC and Europe/Amsterdam, a section per service). Nothing of any other client; no BSN. Staff only; logged as EXPORT in every service. `npm run client:export` calls it.',
  })
  exportClientData(@Args(() => ExportClientDataArgs) args: ExportClientDataArgs, @Ctx() context: RequestContext): Promise<Record<string, unknown>> {
    return exportClientData(context, args.clientId, args.reason.trim());
  }
}
