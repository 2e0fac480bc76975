import { badInput, checkCursor, connectionTypes, isUuid, PageArgs, pageSize, toConnection, type RequestContext } from '@hub/common';
import { Arg, Args, Ctx, ID, Query, Resolver } from 'type-graphql';
import { Client } from './client.entity';
import { clientLoader } from './client.reference';

export const ClientConnection = connectionTypes(Client, 'Client');

@Resolver(() => Client)
export class ClientResolver {
  @Query(() => Client, { nullable: true, description: 'One client by id; null when there is none.' })
  async client(@Arg('id', () => ID) id: string, @Ctx() context: RequestContext): Promise<Client | null> {
    if (!isUuid(id)) throw badInput('id must be a UUID', { argument: 'id' });
    return clientLoader(context).load(id);
  }

  @Query(() => ClientConnection, { description: 'Clients, newest first.' })
  async clients(@Args(() => PageArgs) page: PageArgs, @Ctx() context: RequestContext) {
    const cursor = await context.em.findByCursor(
      Client,
      {},
      { first: pageSize(page), after: checkCursor(page.after), orderBy: { createdAt: 'desc', id: 'desc' }, includeCount: false },
    );
    return toConnection(cursor);
  }
}
