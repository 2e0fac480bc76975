import { randomUUID } from 'node:crypto';
import {
  Access,
  ALL_ROLES,
  AVAILABILITY_CONTACT,
  AVAILABILITY_NOTE,
  describeText,
  InputRule,
  KADERA_ROLES,
  ListSize,
  optionalText,
  Region,
  requireSide,
  Side,
  TextLength,
  WholeNumberIn,
  type RequestContext,
} from '@hub/common';
import { Arg, Ctx, Field, InputType, Int, Mutation, Query, Resolver } from 'type-graphql';
import { CareService } from './care-service';
import { MAX_WAITING_WEEKS, ServiceAvailability } from './service-availability.entity';

const WEEKS = `a whole number of weeks, 0 to ${MAX_WAITING_WEEKS}`;

// A waiting time is a range: both ends or neither, the minimum first.
@InputRule<SetServiceAvailabilityInput>(({ waitingTimeWeeksMin: min, waitingTimeWeeksMax: max }) => {
  if ((min == null) !== (max == null)) {
    return { field: 'waitingTimeWeeksMax', message: 'give both waitingTimeWeeksMin and waitingTimeWeeksMax, or neither' };
  }
  return min != null && max != null && min > max
    ? { field: 'waitingTimeWeeksMin', message: 'waitingTimeWeeksMin must not exceed waitingTimeWeeksMax' }
    : null;
})
@InputType({ description: 'The whole availability of one service in one region; fields left out are cleared.' })
export class SetServiceAvailabilityInput {
  @Field(() => Region)
  region!: Region;

  @Field(() => CareService)
  service!: CareService;

  @Field(() => Boolean, { description: 'False declares an intake stop: referrals for this service and region are refused.' })
  acceptingNewClients!: boolean;

  @Field(() => Int, { nullable: true, description: `${WEEKS}; give with waitingTimeWeeksMax.` })
  @WholeNumberIn(0, MAX_WAITING_WEEKS)
  waitingTimeWeeksMin?: number;

  @Field(() => Int, { nullable: true, description: `${WEEKS}, at least the minimum.` })
  @WholeNumberIn(0, MAX_WAITING_WEEKS)
  waitingTimeWeeksMax?: number;

  @Field(() => String, { nullable: true, description: `${describeText(AVAILABILITY_NOTE)}.` })
  @TextLength(AVAILABILITY_NOTE)
  note?: string;

  @Field(() => String, { nullable: true, description: `Who referrers should call; ${describeText(AVAILABILITY_CONTACT).toLowerCase()}.` })
  @TextLength(AVAILABILITY_CONTACT)
  contact?: string;
}

/** The availability as stored: the input's rules have passed; blank text is absent. */
function normaliseAvailability(input: SetServiceAvailabilityInput) {
  return {
    region: input.region,
    service: input.service,
    acceptingNewClients: input.acceptingNewClients,
    waitingTimeWeeksMin: input.waitingTimeWeeksMin ?? null,
    waitingTimeWeeksMax: input.waitingTimeWeeksMax ?? null,
    note: optionalText(input.note),
    contact: optionalText(input.contact),
  };
}

@Resolver(() => ServiceAvailability)
export class ServiceAvailabilityResolver {
  // Public waiting-time information: every caller may plan with it.
  @Access(...ALL_ROLES)
  @ListSize(Object.values(Region).length * Object.values(CareService).length)
  @Query(() => [ServiceAvailability], { description: 'Intake status and waiting time per region and service.' })
  async serviceAvailability(
    @Arg('region', () => Region, { nullable: true }) region: Region | undefined,
    @Ctx() context: RequestContext,
  ): Promise<ServiceAvailability[]> {
    return context.em.find(ServiceAvailability, region ? { region } : {}, { orderBy: { region: 'asc', service: 'asc' } });
  }

  @Access(...KADERA_ROLES)
  @Mutation(() => ServiceAvailability, {
    description: 'Kadera staff set whether a service takes new clients in a region, and its waiting time (one row per region and service).',
  })
  async setServiceAvailability(
    @Arg('input', () => SetServiceAvailabilityInput) input: SetServiceAvailabilityInput,
    @Ctx() context: RequestContext,
  ): Promise<ServiceAvailability> {
    requireSide(context.caller, Side.KADERA);
    const data = normaliseAvailability(input);
    // One statement, so two staff setting the same row at once cannot collide on the unique key.
    return context.em.upsert(
      ServiceAvailability,
      // The id only counts for a new row; an existing row keeps its own.
      { id: randomUUID(), ...data, updatedAt: new Date() },
      { onConflictFields: ['region', 'service'], onConflictAction: 'merge', onConflictExcludeFields: ['id'] },
    );
  }
}
