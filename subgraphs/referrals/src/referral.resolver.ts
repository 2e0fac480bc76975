import { badInput, checkCursor, connectionTypes, isUuid, PageArgs, pageSize, toConnection, type RequestContext } from '@hub/common';
import { Arg, Args, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import { Client } from './client';
import { isOverdue, Referral } from './referral.entity';

export const ReferralConnection = connectionTypes(Referral, 'Referral');

@Resolver(() => Referral)
export class ReferralResolver {
  @Query(() => Referral, { nullable: true, description: 'One referral by id; null when there is none.' })
  async referral(@Arg('id', () => ID) id: string, @Ctx() context: RequestContext): Promise<Referral | null> {
    if (!isUuid(id)) throw badInput('id must be a UUID', { argument: 'id' });
    return context.em.findOne(Referral, { id });
  }

  @Query(() => ReferralConnection, { description: 'Referrals, most recently received first.' })
  async referrals(@Args(() => PageArgs) page: PageArgs, @Ctx() context: RequestContext) {
    const cursor = await context.em.findByCursor(
      Referral,
      {},
      { first: pageSize(page), after: checkCursor(page.after), orderBy: { receivedAt: 'desc', id: 'desc' }, includeCount: false },
    );
    return toConnection(cursor);
  }

  // The gateway fetches the client itself, batched, from the clients subgraph.
  @FieldResolver(() => Client, { nullable: true, description: 'Null for anonymous consultations and unmatched referrals.' })
  client(@Root() referral: Referral): Client | null {
    return referral.clientId ? { id: referral.clientId } : null;
  }

  @FieldResolver(() => Boolean, { description: 'Contact is due and Kadera has not yet taken the referral up (REQUESTED or RECEIVED).' })
  overdue(@Root() referral: Referral): boolean {
    return isOverdue(referral);
  }
}
