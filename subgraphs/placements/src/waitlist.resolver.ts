import { Access, KADERA_ROLES, ListSize, requireSide, Side, Uuid, type RequestContext } from '@hub/common';
import { Arg, Ctx, FieldResolver, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { ClientReference as Client } from '@hub/common';
import { PlacementType } from './placement-type';
import { loadedUnit } from './placement-unit.loader';
import { ShelterLocation } from './shelter-location.entity';
import { WaitlistEntry } from './waitlist-entry.entity';
import { waitlistPositionLoader } from './waitlist-position.loader';
import { withdrawFromWaitlist } from './admission';
import { settleAll } from './offers';
import { ON_THE_LIST } from './waitlist.workflow';

@Resolver(() => WaitlistEntry)
export class WaitlistResolver {
  @Access(...KADERA_ROLES)
  @ListSize(20)
  @Query(() => [WaitlistEntry], {
    description:
      'Who is on the list for a place of this type at this location (WAITING, or OFFERED a place), in queue order. ' +
      'Empty when there is no such unit. Lapsed offers are settled first.',
  })
  async waitlist(
    @Arg('placementType', () => PlacementType) placementType: PlacementType,
    @Arg('locationId', () => Uuid) locationId: string,
    @Ctx() context: RequestContext,
  ): Promise<WaitlistEntry[]> {
    const { caller } = requireSide(context.caller, Side.KADERA);
    await settleAll(context, caller.userId);
    const entries = await context.em.find(
      WaitlistEntry,
      { unit: { location: locationId, type: placementType }, status: { $in: [...ON_THE_LIST] } },
      { populate: ['unit.location'], strategy: 'joined', orderBy: { queuedAt: 'asc', id: 'asc' } },
    );
    // The order is the position: no second query for it.
    const positions = waitlistPositionLoader(context);
    entries.forEach((entry, index) => positions.prime(entry.id, index + 1));
    return entries;
  }

  @Access(...KADERA_ROLES)
  @Mutation(() => WaitlistEntry, {
    description:
      'Takes a client off the list; a place her open offer held goes to the next client. Kadera side only. Errors: BAD_USER_INPUT, NOT_FOUND, ' +
      'INVALID_TRANSITION (not WAITING or OFFERED), FORBIDDEN, UNAUTHENTICATED.',
  })
  async withdrawFromWaitlist(@Arg('id', () => Uuid) id: string, @Ctx() context: RequestContext): Promise<WaitlistEntry> {
    const { caller } = requireSide(context.caller, Side.KADERA);
    return withdrawFromWaitlist(context, caller, id);
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
  @FieldResolver(() => Int, { nullable: true, description: 'Place in the queue (WAITING and OFFERED entries), 1 = first; null once off the list.' })
  async position(@Root() entry: WaitlistEntry, @Ctx() context: RequestContext): Promise<number | null> {
    if (!ON_THE_LIST.includes(entry.status)) return null;
    return waitlistPositionLoader(context).load(entry.id);
  }
}
