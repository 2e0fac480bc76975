import {
  Access,
  addDays,
  checkCursor,
  connectionTypes,
  daysBetween,
  KADERA_ROLES,
  ListSize,
  PageArgs,
  Paged,
  pageSize,
  toConnection,
  today,
  Uuid,
  type RequestContext,
} from '@hub/common';
import type { FilterQuery } from '@mikro-orm/core';
import { Arg, Args, ArgsType, Ctx, Field, FieldResolver, Int, Query, Resolver, Root } from 'type-graphql';
import { ClientReference as Client } from '@hub/common';
import { PlacementType } from './placement-type';
import { loadedUnit } from './placement-unit.loader';
import { ShelterLocation } from './shelter-location.entity';
import { Stay } from './stay.entity';

const StayConnection = connectionTypes(Stay, 'Stay', KADERA_ROLES);

@ArgsType()
export class StayArgs extends PageArgs {
  @Field(() => Boolean, { nullable: true, description: 'true: only current stays; false: only discharged ones; unset: all.' })
  active?: boolean;

  @Field(() => Uuid, { nullable: true, description: "Only this client's stays." })
  clientId?: string | null;
}

/** The list filters as one condition. */
function stayFilter(args: StayArgs): FilterQuery<Stay> {
  const and: FilterQuery<Stay>[] = [];
  if (args.active === true) and.push({ dischargedOn: null });
  if (args.active === false) and.push({ dischargedOn: { $ne: null } });
  if (args.clientId) and.push({ clientId: args.clientId });
  return and.length ? { $and: and } : {};
}

/** A safe house is meant for short stays; past this many days a stay is flagged. */
const SAFE_HOUSE_MAX_DAYS = 365;

@Resolver(() => Stay)
export class StayResolver {
  @Access(...KADERA_ROLES)
  @Query(() => Stay, { nullable: true, description: 'One stay by id; null when there is none.' })
  async stay(@Arg('id', () => Uuid) id: string, @Ctx() context: RequestContext): Promise<Stay | null> {
    return context.em.findOne(Stay, { id }, { populate: ['unit.location'], strategy: 'joined' });
  }

  @Access(...KADERA_ROLES)
  @Paged()
  @Query(() => StayConnection, { description: 'Stays, most recent admission first.' })
  async stays(@Args(() => StayArgs) args: StayArgs, @Ctx() context: RequestContext) {
    const cursor = await context.em.findByCursor(Stay, stayFilter(args), {
      first: pageSize(args),
      after: checkCursor(args.after),
      orderBy: { admittedOn: 'desc', id: 'desc' },
      includeCount: false,
      // One joined query for the page, its units and their locations.
      populate: ['unit.location'],
      strategy: 'joined',
    });
    return toConnection(cursor);
  }

  @Access(...KADERA_ROLES)
  @ListSize(10)
  @Query(() => [Stay], {
    description: `Current safe-house stays that have passed ${SAFE_HOUSE_MAX_DAYS} days, longest first.`,
  })
  async longSafeHouseStays(@Ctx() context: RequestContext): Promise<Stay[]> {
    return context.em.find(
      Stay,
      {
        dischargedOn: null,
        unit: { type: PlacementType.SAFE_HOUSE },
        admittedOn: { $lt: addDays(today(), -SAFE_HOUSE_MAX_DAYS) },
      },
      { populate: ['unit.location'], strategy: 'joined', orderBy: { admittedOn: 'asc', id: 'asc' } },
    );
  }

  @Access(...KADERA_ROLES)
  @FieldResolver(() => Client)
  client(@Root() stay: Stay): Client {
    return { id: stay.clientId };
  }

  @Access(...KADERA_ROLES)
  @FieldResolver(() => PlacementType)
  async placementType(@Root() stay: Stay, @Ctx() context: RequestContext): Promise<PlacementType> {
    return (await loadedUnit(stay.unit, context)).type;
  }

  @Access(...KADERA_ROLES)
  @FieldResolver(() => ShelterLocation)
  async location(@Root() stay: Stay, @Ctx() context: RequestContext): Promise<ShelterLocation> {
    return (await loadedUnit(stay.unit, context)).location;
  }

  @Access(...KADERA_ROLES)
  @FieldResolver(() => Int, { description: 'Days from admission to discharge, or to today while the stay lasts.' })
  lengthOfStayDays(@Root() stay: Stay): number {
    return daysBetween(stay.admittedOn, stay.dischargedOn ?? today());
  }

  @Access(...KADERA_ROLES)
  @FieldResolver(() => Boolean, {
    description: `True for a current SAFE_HOUSE stay that has passed ${SAFE_HOUSE_MAX_DAYS} days.`,
  })
  async safeHouseOverOneYear(@Root() stay: Stay, @Ctx() context: RequestContext): Promise<boolean> {
    if (stay.dischargedOn) return false;
    const unit = await loadedUnit(stay.unit, context);
    return unit.type === PlacementType.SAFE_HOUSE && this.lengthOfStayDays(stay) > SAFE_HOUSE_MAX_DAYS;
  }
}
