import { Access, CLIENT_ERASURE_ROLES, EXPORT_REASON, ExportDocument, describeText, TextLength, Uuid, type RequestContext } from '@hub/common';
import { Args, ArgsType, Ctx, Field, Mutation, Resolver } from 'type-graphql';
import { eraseClient } from './client-erasure';

@ArgsType()
class EraseClientArgs {
  @Field(() => Uuid)
  clientId!: string;

  @Field(() => String, {
    description: `Why the data is erased (e.g. the client's request of a date); required, ${describeText(EXPORT_REASON)}. Kept with the record of the erasure.`,
  })
  @TextLength(EXPORT_REASON)
  reason!: string;
}

/** Erasure on request (AVG art. 17): a client's data removed from every subgraph, or refused with the reasons (docs/security.md, "Retention and erasure"). */
@Resolver()
export class ClientErasureResolver {
  @Access(...CLIENT_ERASURE_ROLES)
  @Mutation(() => ExportDocument, {
    description:
      'Erases everything the hub holds on one client, in every service, where the law allows: refused as a whole (ERASURE_REFUSED, extensions.reasons: service, code OPEN_CARE or RETENTION_OBLIGATION, message) while her care is open or a record must still be kept, and then nothing is erased. The access log is never erased (its own retention). Answers the record of the erasure: erasureId, status, removed (rows per service and record type), kept. ERASURE_INCOMPLETE when a service failed midway: ask again to finish. Staff only; logged.',
  })
  eraseClient(@Args(() => EraseClientArgs) args: EraseClientArgs, @Ctx() context: RequestContext): Promise<Record<string, unknown>> {
    return eraseClient(context, args.clientId, args.reason.trim());
  }
}
