import { Region, type RequestContext } from '@hub/common';
import { Arg, Ctx, Query, Resolver } from 'type-graphql';
import { ServiceAvailability } from './service-availability.entity';

@Resolver(() => ServiceAvailability)
export class ServiceAvailabilityResolver {
  @Query(() => [ServiceAvailability], { description: 'Intake status and waiting time per region and service.' })
  async serviceAvailability(
    @Arg('region', () => Region, { nullable: true }) region: Region | undefined,
    @Ctx() context: RequestContext,
  ): Promise<ServiceAvailability[]> {
    return context.em.find(ServiceAvailability, region ? { region } : {}, { orderBy: { region: 'asc', service: 'asc' } });
  }
}
