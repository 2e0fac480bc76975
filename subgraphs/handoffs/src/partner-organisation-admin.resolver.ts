import { Access, idempotent, notFound, optionalText, requireSide, Side, Uuid, type RequestContext } from '@hub/common';
import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import { PartnerOrganisation } from './partner-organisation.entity';
import { RegisterPartnerOrganisationInput, UpdatePartnerOrganisationInput } from './partner-organisation.input';

/** Who keeps the list of partner organisations. */
const PARTNER_ADMINS = ['staff'] as const;

const contact = (input: { contactName?: string | null; contactPhone?: string | null; contactEmail?: string | null }) => ({
  ...(input.contactName !== undefined && { contactName: optionalText(input.contactName) }),
  ...(input.contactPhone !== undefined && { contactPhone: optionalText(input.contactPhone) }),
  ...(input.contactEmail !== undefined && { contactEmail: optionalText(input.contactEmail)?.toLowerCase() ?? null }),
});

@Resolver(() => PartnerOrganisation)
export class PartnerOrganisationAdminResolver {
  @Access(...PARTNER_ADMINS)
  @Mutation(() => PartnerOrganisation, { description: 'Registers a chain partner organisation; it is active at once. Kadera staff only.' })
  async registerPartnerOrganisation(
    @Arg('input', () => RegisterPartnerOrganisationInput) input: RegisterPartnerOrganisationInput,
    @Ctx() context: RequestContext,
  ): Promise<PartnerOrganisation> {
    const { caller } = requireSide(context.caller, Side.KADERA);
    const request = { key: input.idempotencyKey, operation: 'registerPartnerOrganisation', scope: caller.organisationId ?? caller.userId, input };
    const id = await idempotent(context.em, request, async (tx) => {
      const organisation = tx.create(PartnerOrganisation, {
        name: input.name.trim(),
        partnerType: input.partnerType,
        municipalityCode: input.municipalityCode,
        ...contact(input),
      });
      await tx.persist(organisation).flush();
      return organisation.id;
    });
    return context.em.findOneOrFail(PartnerOrganisation, { id });
  }

  @Access(...PARTNER_ADMINS)
  @Mutation(() => PartnerOrganisation, {
    description: 'Changes the name, municipality or contact of a partner organisation (not its type). Kadera staff only.',
  })
  async updatePartnerOrganisation(
    @Arg('input', () => UpdatePartnerOrganisationInput) input: UpdatePartnerOrganisationInput,
    @Ctx() context: RequestContext,
  ): Promise<PartnerOrganisation> {
    requireSide(context.caller, Side.KADERA);
    const organisation = await context.em.findOne(PartnerOrganisation, { id: input.id });
    if (!organisation) throw notFound('partner organisation');
    context.em.assign(organisation, {
      ...(input.name != null && { name: input.name.trim() }),
      ...(input.municipalityCode != null && { municipalityCode: input.municipalityCode }),
      ...contact(input),
    });
    await context.em.flush();
    return organisation;
  }

  @Access(...PARTNER_ADMINS)
  @Mutation(() => PartnerOrganisation, {
    description: 'Deactivates a partner organisation: no new handoff can name it; its existing handoffs stay. Kadera staff only.',
  })
  async deactivatePartnerOrganisation(@Arg('id', () => Uuid) id: string, @Ctx() context: RequestContext): Promise<PartnerOrganisation> {
    requireSide(context.caller, Side.KADERA);
    const organisation = await context.em.findOne(PartnerOrganisation, { id });
    if (!organisation) throw notFound('partner organisation');
    organisation.active = false;
    await context.em.flush();
    return organisation;
  }
}
