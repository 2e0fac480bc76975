import { badInput, checkCursor, connectionTypes, isUuid, PageArgs, pageSize, toConnection, type RequestContext } from '@hub/common';
import { wrap } from '@mikro-orm/core';
import { Arg, Args, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import { Client } from './client';
import { Handoff, isOverdue } from './handoff.entity';
import { PartnerOrganisation } from './partner-organisation.entity';
import { partnerOrganisationLoader } from './partner-organisation.loader';

export const HandoffConnection = connectionTypes(Handoff, 'Handoff');

@Resolver(() => Handoff)
export class HandoffResolver {
  @Query(() => Handoff, { nullable: true, description: 'One handoff by id; null when there is none.' })
  async handoff(@Arg('id', () => ID) id: string, @Ctx() context: RequestContext): Promise<Handoff | null> {
    if (!isUuid(id)) throw badInput('id must be a UUID', { argument: 'id' });
    return context.em.findOne(Handoff, { id }, { populate: ['partner'] });
  }

  @Query(() => HandoffConnection, { description: 'Handoffs, newest first.' })
  async handoffs(@Args(() => PageArgs) page: PageArgs, @Ctx() context: RequestContext) {
    const cursor = await context.em.findByCursor(
      Handoff,
      {},
      {
        first: pageSize(page),
        after: checkCursor(page.after),
        orderBy: { createdAt: 'desc', id: 'desc' },
        populate: ['partner'],
        includeCount: false,
      },
    );
    return toConnection(cursor);
  }

  // Queries here populate the partner; the loader covers any path that did not, still one query per page.
  @FieldResolver(() => PartnerOrganisation)
  async partner(@Root() handoff: Handoff, @Ctx() context: RequestContext): Promise<PartnerOrganisation> {
    if (wrap(handoff.partner).isInitialized()) return handoff.partner;
    const partner = await partnerOrganisationLoader(context).load(handoff.partner.id);
    if (!partner) throw new Error(`handoff ${handoff.id} points at a missing partner organisation`);
    return partner;
  }

  @FieldResolver(() => Client)
  client(@Root() handoff: Handoff): Client {
    return { id: handoff.clientId };
  }

  @FieldResolver(() => Boolean, { description: 'Past its due date while the partner still has to act.' })
  overdue(@Root() handoff: Handoff): boolean {
    return isOverdue(handoff);
  }
}
