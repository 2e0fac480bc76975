import { randomUUID } from 'node:crypto';
import { Access, ALL_ROLES, KADERA_ROLES, ListSize, optionalText, Region, requireSide, Side, type RequestContext } from '@hub/common';
import { Arg, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import { CareService } from './care-service';
import { ServiceAvailability } from './service-availability.entity';
import { SetServiceAvailabilityInput } from './service-availability.input';

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
