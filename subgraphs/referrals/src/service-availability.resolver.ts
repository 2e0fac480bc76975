import { randomUUID } from 'node:crypto';
import { Access, ALL_ROLES, badInput, KADERA_ROLES, Region, requireSide, Side, ListSize, type RequestContext } from '@hub/common';
import { Arg, Ctx, Field, InputType, Int, Mutation, Query, Resolver } from 'type-graphql';
import { CareService } from './care-service';
import { MAX_WAITING_WEEKS, ServiceAvailability } from './service-availability.entity';

@InputType({ description: 'The whole availability of one service in one region; fields left out are cleared.' })
export class SetServiceAvailabilityInput {
  @Field(() => Region)
  region!: Region;

  @Field(() => CareService)
  service!: CareService;

  @Field(() => Boolean, { description: 'False declares an intake stop: referrals for this service and region are refused.' })
  acceptingNewClients!: boolean;

  @Field(() => Int, { nullable: true, description: `0 to ${MAX_WAITING_WEEKS}; give with waitingTimeWeeksMax.` })
  waitingTimeWeeksMin?: number;

  @Field(() => Int, { nullable: true, description: `0 to ${MAX_WAITING_WEEKS}, at least the minimum.` })
  waitingTimeWeeksMax?: number;

  @Field(() => String, { nullable: true, description: 'At most 500 characters.' })
  note?: string;

  @Field(() => String, { nullable: true, description: 'Who referrers should call; at most 200 characters.' })
  contact?: string;
}

const fieldError = (field: string, message: string) => badInput(message, { argument: 'input', field });

function checkWeeks(value: number | undefined | null, field: string): number | null {
  if (value === undefined || value === null) return null;
  if (!Number.isInteger(value) || value < 0 || value > MAX_WAITING_WEEKS) {
    throw fieldError(field, `${field} must be a whole number of weeks from 0 to ${MAX_WAITING_WEEKS}`);
  }
  return value;
}

function optionalText(value: string | undefined | null, field: string, max: number): string | null {
  const text = value?.trim();
  if (!text) return null;
  if (text.length > max) throw fieldError(field, `${field} must be at most ${max} characters`);
  return text;
}

function checkAvailability(input: SetServiceAvailabilityInput) {
  const waitingTimeWeeksMin = checkWeeks(input.waitingTimeWeeksMin, 'waitingTimeWeeksMin');
  const waitingTimeWeeksMax = checkWeeks(input.waitingTimeWeeksMax, 'waitingTimeWeeksMax');
  if ((waitingTimeWeeksMin === null) !== (waitingTimeWeeksMax === null)) {
    throw fieldError('waitingTimeWeeksMax', 'give both waitingTimeWeeksMin and waitingTimeWeeksMax, or neither');
  }
  if (waitingTimeWeeksMin !== null && waitingTimeWeeksMax !== null && waitingTimeWeeksMin > waitingTimeWeeksMax) {
    throw fieldError('waitingTimeWeeksMin', 'waitingTimeWeeksMin must not exceed waitingTimeWeeksMax');
  }
  return {
    region: input.region,
    service: input.service,
    acceptingNewClients: input.acceptingNewClients,
    waitingTimeWeeksMin,
    waitingTimeWeeksMax,
    note: optionalText(input.note, 'note', 500),
    contact: optionalText(input.contact, 'contact', 200),
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
    const data = checkAvailability(input);
    // One statement, so two staff setting the same row at once cannot collide on the unique key.
    return context.em.upsert(
      ServiceAvailability,
      // The id only counts for a new row; an existing row keeps its own.
      { id: randomUUID(), ...data, updatedAt: new Date() },
      { onConflictFields: ['region', 'service'], onConflictAction: 'merge', onConflictExcludeFields: ['id'] },
    );
  }
}
