import { Access, KADERA_ROLES, ListSize, WholeNumberIn, type RequestContext } from '@hub/common';
import { Args, ArgsType, Ctx, Field, FieldResolver, Int, Resolver, Root } from 'type-graphql';
import { ClientChange } from './client-change.entity';
import { ContactDetails, contactDetailsOf } from './client-contact';
import { Client } from './client.entity';
import { clientChangesLoader, riskLevelHistoryLoader } from './client-history.loader';
import { RiskLevelChange } from './client-risk-level-change.entity';

/** How many history entries one read returns at most, and by default. */
const HISTORY_MAX = 50;
const HISTORY_DEFAULT = 20;

// A limited list, not a connection: `first` is kept for cursor-paged connections (their edges sized by it).
@ArgsType()
class HistoryArgs {
  @Field(() => Int, { nullable: true, description: `How many, newest first: 1 to ${HISTORY_MAX}; default ${HISTORY_DEFAULT}.` })
  @WholeNumberIn(1, HISTORY_MAX)
  last?: number | null;
}

/** The client file's maintained parts that are not columns of their own in GraphQL: contact details and the histories. */
@Resolver(() => Client)
export class ClientHistoryResolver {
  @Access(...KADERA_ROLES)
  @FieldResolver(() => ContactDetails, { description: 'How the client may safely be contacted, and how never. Kadera only.' })
  contactDetails(@Root() client: Client): ContactDetails {
    return contactDetailsOf(client);
  }

  @Access(...KADERA_ROLES)
  @ListSize(HISTORY_MAX)
  @FieldResolver(() => [ClientChange], { description: 'Changes to the file, newest first: who, when, which fields, the version after. Never the values.' })
  changes(@Root() client: Client, @Args(() => HistoryArgs) args: HistoryArgs, @Ctx() context: RequestContext): Promise<ClientChange[]> {
    return clientChangesLoader(context, args.last ?? HISTORY_DEFAULT).load(client.id);
  }

  @Access(...KADERA_ROLES)
  @ListSize(HISTORY_MAX)
  @FieldResolver(() => [RiskLevelChange], { description: 'Risk level changes with their reasons, newest first.' })
  riskLevelHistory(@Root() client: Client, @Args(() => HistoryArgs) args: HistoryArgs, @Ctx() context: RequestContext): Promise<RiskLevelChange[]> {
    return riskLevelHistoryLoader(context, args.last ?? HISTORY_DEFAULT).load(client.id);
  }
}
