import { Access, connectionTypes, KADERA_ROLES, Paged, requireFilterAccess, type RequestContext } from '@hub/common';
import type { GraphQLResolveInfo } from 'graphql';
import { Args, Ctx, Info, Query, Resolver } from 'type-graphql';
import { Client } from './client.entity';
import { searchClients } from './client-search';
import { CLIENT_SEARCH_FILTERS, SearchClientsArgs } from './client-search.input';

const ClientSearchConnection = connectionTypes(Client, 'ClientSearch', KADERA_ROLES, { totalCount: true });

@Resolver(() => Client)
export class ClientSearchResolver {
  @Access(...KADERA_ROLES)
  @Paged()
  @Query(() => ClientSearchConnection, {
    description:
      'Clients by name (typos allowed; a part such as the surname will do) and/or date of birth, the most similar name first. Both filters combine with AND. A client by referral: `referral(id) { client }` or `searchReferrals` in the referrals subgraph.',
  })
  async searchClients(@Args(() => SearchClientsArgs) args: SearchClientsArgs, @Ctx() context: RequestContext, @Info() info: GraphQLResolveInfo) {
    requireFilterAccess(info, context.caller, CLIENT_SEARCH_FILTERS, args);
    return searchClients(context.em, args);
  }
}
