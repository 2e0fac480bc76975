import { Access, KADERA_ROLES, PartnerType, ListSize, Uuid, type RequestContext } from '@hub/common';
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

  @Access(...KADERA_ROLES)
  @Query(() => PartnerOrganisation, {
    nullable: true,
    description: 'One partner organisation by id, deactivated ones too; null when there is none. What the clients subgraph asks before recording a consent.',
  })
  async partnerOrganisation(@Arg('id', () => Uuid) id: string, @Ctx() context: RequestContext): Promise<PartnerOrganisation | null> {
    return context.em.findOne(PartnerOrganisation, { id });
  }
}
