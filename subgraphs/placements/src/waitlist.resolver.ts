import { LockMode } from '@mikro-orm/core';
import { Access, checkTransition, KADERA_ROLES, ListSize, notFound, requireSide, Side, Uuid, type RequestContext } from '@hub/common';
import { Arg, Ctx, FieldResolver, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { ClientReference as Client } from '@hub/common';
import { PlacementType } from './placement-type';
import { loadedUnit } from './placement-unit.loader';
import { ShelterLocation } from './shelter-location.entity';
import { WaitlistEntry } from './waitlist-entry.entity';
import { waitlistPositionLoader } from './waitlist-position.loader';
import { WAITLIST_TRANSITIONS, WaitlistStatus } from './waitlist.workflow';

@Resolver(() => WaitlistEntry)
export class WaitlistResolver {
  @Access(...KADERA_ROLES)
  @ListSize(20)
  @Query(() => [WaitlistEntry], {
    description: 'Who is waiting for a place of this type at this location, next first. Empty when there is no such unit.',
  })
  async waitlist(
    @Arg('placementType', () => PlacementType) placementType: PlacementType,
    @Arg('locationId', () => Uuid) locationId: string,
    @Ctx() context: RequestContext,
  ): Promise<WaitlistEntry[]> {
    const entries = await context.em.find(
      WaitlistEntry,
      { unit: { location: locationId, type: placementType }, status: WaitlistStatus.WAITING },
      { populate: ['unit.location'], strategy: 'joined', orderBy: { requestedAt: 'asc', id: 'asc' } },
    );
    // The order is the position: no second query for it.
    const positions = waitlistPositionLoader(context);
    entries.forEach((entry, index) => positions.prime(entry.id, index + 1));
    return entries;
  }

  @Access(...KADERA_ROLES)
  @Mutation(() => WaitlistEntry, {
    description:
      'Takes a waiting client off the list. Kadera side only. Errors: BAD_USER_INPUT, NOT_FOUND, ' +
      'INVALID_TRANSITION (not WAITING), FORBIDDEN, UNAUTHENTICATED.',
  })
  async withdrawFromWaitlist(@Arg('id', () => Uuid) id: string, @Ctx() context: RequestContext): Promise<WaitlistEntry> {
    const { caller } = requireSide(context.caller, Side.KADERA);
    await context.em.transactional(async (tx) => {
      // Locked, so a concurrent admission cannot mark it ADMITTED while it is withdrawn.
      const entry = await tx.findOne(WaitlistEntry, { id }, { lockMode: LockMode.PESSIMISTIC_WRITE });
      if (!entry) throw notFound('the waitlist entry');
      checkTransition(WAITLIST_TRANSITIONS, entry.status, WaitlistStatus.WITHDRAWN, Side.KADERA, null);
      Object.assign(entry, { status: WaitlistStatus.WITHDRAWN, statusChangedAt: new Date(), statusChangedByUserId: caller.userId });
    });
    return context.em.findOneOrFail(WaitlistEntry, { id }, { populate: ['unit.location'], strategy: 'joined', refresh: true });
  }

  @Access(...KADERA_ROLES)
  @FieldResolver(() => Client)
  client(@Root() entry: WaitlistEntry): Client {
    return { id: entry.clientId };
  }

  @Access(...KADERA_ROLES)
  @FieldResolver(() => PlacementType)
  async placementType(@Root() entry: WaitlistEntry, @Ctx() context: RequestContext): Promise<PlacementType> {
    return (await loadedUnit(entry.unit, context)).type;
  }

  @Access(...KADERA_ROLES)
  @FieldResolver(() => ShelterLocation)
  async location(@Root() entry: WaitlistEntry, @Ctx() context: RequestContext): Promise<ShelterLocation> {
    return (await loadedUnit(entry.unit, context)).location;
  }

  @Access(...KADERA_ROLES)
  @FieldResolver(() => Int, { nullable: true, description: 'Place in the queue, 1 = next; null once no longer WAITING.' })
  async position(@Root() entry: WaitlistEntry, @Ctx() context: RequestContext): Promise<number | null> {
    if (entry.status !== WaitlistStatus.WAITING) return null;
    return waitlistPositionLoader(context).load(entry.id);
  }
}
