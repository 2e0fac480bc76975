import { Access, PartnerType, ListSize, type RequestContext } from '@hub/common';
import { HANDOFF_READERS } from './access-policies';
import { Arg, Ctx, Query, Resolver } from 'type-graphql';
import { PartnerOrganisation } from './partner-organisation.entity';

@Resolver(() => PartnerOrganisation)
export class PartnerOrganisationResolver {
  @Access(...HANDOFF_READERS)
  @ListSize(50)
  @Query(() => [PartnerOrganisation], { description: 'Partner organisations by name, optionally of one partner type.' })
  async partnerOrganisations(
    @Arg('partnerType', () => PartnerType, { nullable: true }) partnerType: PartnerType | undefined,
    @Ctx() context: RequestContext,
  ): Promise<PartnerOrganisation[]> {
    return context.em.find(PartnerOrganisation, partnerType ? { partnerType } : {}, {
      orderBy: { name: 'asc', id: 'asc' },
    });
  }
}
