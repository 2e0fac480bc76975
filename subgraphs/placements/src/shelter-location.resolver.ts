import { Access, KADERA_ROLES, ListSize, type RequestContext } from '@hub/common';
import { Ctx, Query, Resolver } from 'type-graphql';
import { ShelterLocation } from './shelter-location.entity';

@Resolver(() => ShelterLocation)
export class ShelterLocationResolver {
  @Access(...KADERA_ROLES)
  @ListSize(20)
  @Query(() => [ShelterLocation], { description: 'All shelter locations, by name.' })
  async shelterLocations(@Ctx() context: RequestContext): Promise<ShelterLocation[]> {
    return context.em.find(ShelterLocation, {}, { orderBy: { name: 'asc', id: 'asc' } });
  }
}
