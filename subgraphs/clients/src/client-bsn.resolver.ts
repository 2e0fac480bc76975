import { Access, BSN_ENTRY_ROLES, BSN_READ_ROLES, bsnIndexOf, type RequestContext } from '@hub/common';
import { Args, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import { Client } from './client.entity';
import { bsnKeysFrom, bsnOf } from './client-bsn';
import { ClientByBsnArgs } from './client-bsn.input';

/** The client's BSN (docs/security.md, "BSN"): read by BSN_READ_ROLES, found by exact match by BSN_ENTRY_ROLES. */
@Resolver(() => Client)
export class ClientBsnResolver {
  @Access(...BSN_READ_ROLES)
  @FieldResolver(() => String, {
    nullable: true,
    description: 'The citizen service number (BSN), nine digits; null when none is on file. Kadera staff only; stored encrypted, never logged.',
  })
  bsn(@Root() client: Client, @Ctx() context: RequestContext): string | null {
    return bsnOf(bsnKeysFrom(context), client);
  }

  @Access(...BSN_ENTRY_ROLES)
  @Query(() => Client, {
    nullable: true,
    description:
      'The client with this BSN (an exact match through a keyed hash; the number is never stored in the clear); null when there is none. Kadera staff and intake only.',
  })
  async clientByBsn(@Args(() => ClientByBsnArgs) args: ClientByBsnArgs, @Ctx() context: RequestContext): Promise<Client | null> {
    const client = await context.em.findOne(Client, { bsnIndex: bsnIndexOf(bsnKeysFrom(context), args.bsn) });
    // A search that found her is in the access log whatever the caller selects; the BSN itself never is.
    if (client) context.access.record('ALLOWED', client.id, 'Query.clientByBsn', 'SEARCH');
    return client;
  }
}
