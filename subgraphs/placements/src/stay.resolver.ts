import { wrap } from '@mikro-orm/core';
import { badInput, checkCursor, connectionTypes, isUuid, PageArgs, pageSize, toConnection, type RequestContext } from '@hub/common';
import { Arg, Args, ArgsType, Ctx, Field, FieldResolver, ID, Int, Query, Resolver, Root } from 'type-graphql';
import { Client } from './client';
import { PlacementType } from './placement-type';
import { PlacementUnit } from './placement-unit.entity';
import { placementUnitLoader } from './placement-unit.loader';
import { ShelterLocation } from './shelter-location.entity';
import { Stay } from './stay.entity';

export const StayConnection = connectionTypes(Stay, 'Stay');

@ArgsType()
export class StayArgs extends PageArgs {
  @Field(() => Boolean, { nullable: true, description: 'true: only current stays; false: only discharged ones; unset: all.' })
  active?: boolean;
}

const DAY_MS = 24 * 60 * 60 * 1000;
const epochDay = (isoDate: string) => Date.parse(`${isoDate}T00:00:00Z`) / DAY_MS;
const today = () => new Date().toISOString().slice(0, 10);

@Resolver(() => Stay)
export class StayResolver {
  @Query(() => Stay, { nullable: true, description: 'One stay by id; null when there is none.' })
  async stay(@Arg('id', () => ID) id: string, @Ctx() context: RequestContext): Promise<Stay | null> {
    if (!isUuid(id)) throw badInput('id must be a UUID', { argument: 'id' });
    return context.em.findOne(Stay, { id }, { populate: ['unit.location'], strategy: 'joined' });
  }

  @Query(() => StayConnection, { description: 'Stays, most recent admission first.' })
  async stays(@Args(() => StayArgs) args: StayArgs, @Ctx() context: RequestContext) {
    const where = args.active === true ? { dischargedOn: null } : args.active === false ? { dischargedOn: { $ne: null } } : {};
    const cursor = await context.em.findByCursor(Stay, where, {
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

  @FieldResolver(() => Client)
  client(@Root() stay: Stay): Client {
    return { id: stay.clientId };
  }

  @FieldResolver(() => PlacementType)
  async placementType(@Root() stay: Stay, @Ctx() context: RequestContext): Promise<PlacementType> {
    return (await unitOf(stay, context)).type;
  }

  @FieldResolver(() => ShelterLocation)
  async location(@Root() stay: Stay, @Ctx() context: RequestContext): Promise<ShelterLocation> {
    return (await unitOf(stay, context)).location;
  }

  @FieldResolver(() => Int, { description: 'Days from admission to discharge, or to today while the stay lasts.' })
  lengthOfStayDays(@Root() stay: Stay): number {
    return epochDay(stay.dischargedOn ?? today()) - epochDay(stay.admittedOn);
  }
}

async function unitOf(stay: Stay, context: RequestContext): Promise<PlacementUnit> {
  if (wrap(stay.unit).isInitialized() && wrap(stay.unit.location).isInitialized()) return stay.unit;
  const unit = await placementUnitLoader(context).load(stay.unit.id);
  if (!unit) throw new Error(`stay ${stay.id} refers to a missing placement unit`);
  return unit;
}
