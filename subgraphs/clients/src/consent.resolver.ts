import {
  Access,
  badInput,
  DataCategory,
  hubError,
  idempotent,
  isUuid,
  KADERA_ROLES,
  ListSize,
  notFound,
  requireSide,
  Side,
  type RequestContext,
} from '@hub/common';
import { Arg, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Client } from './client.entity';
import { Consent, isActive } from './consent.entity';
import { ConsentCoverage, RecordConsentInput } from './consent.input';
import { consentsByClientLoader } from './consent.loader';
import { today } from '@hub/common';
import { distinctNonEmpty as nonEmptySet, requiredText as text, uuidField as uuid } from '@hub/common';

function checkConsent(input: RecordConsentInput) {
  const validFrom = input.validFrom ?? today();
  if (input.validUntil <= validFrom) {
    throw badInput('validUntil must be after validFrom', { argument: 'input', field: 'validUntil' });
  }
  if (input.validUntil < today()) {
    throw badInput('validUntil must not be in the past', { argument: 'input', field: 'validUntil' });
  }
  return {
    clientId: uuid(input.clientId, 'clientId'),
    partnerOrganisationId: uuid(input.partnerOrganisationId, 'partnerOrganisationId'),
    categories: nonEmptySet(input.categories, 'categories'),
    purpose: text(input.purpose, 'purpose', 3, 1000),
    validFrom,
    validUntil: input.validUntil,
  };
}

@Resolver(() => Consent)
export class ConsentResolver {
  @Access(...KADERA_ROLES)
  @Mutation(() => Consent, { description: 'Records a consent. Kadera staff only.' })
  async recordConsent(
    @Arg('input', () => RecordConsentInput) input: RecordConsentInput,
    @Ctx() context: RequestContext,
  ): Promise<Consent> {
    const { caller } = requireSide(context.caller, Side.KADERA);
    const data = checkConsent(input);
    const request = { key: input.idempotencyKey, operation: 'recordConsent', scope: caller.organisationId ?? caller.userId, input };
    const id = await idempotent(context.em, request, async (tx) => {
      const client = await tx.findOne(Client, { id: data.clientId });
      if (!client) throw notFound('client');
      const { clientId: _clientId, ...fields } = data;
      const consent = tx.create(Consent, { ...fields, client, recordedByUserId: caller.userId, recordedAt: new Date() });
      await tx.flush();
      return consent.id;
    });
    return context.em.findOneOrFail(Consent, { id });
  }

  @Access(...KADERA_ROLES)
  @Mutation(() => Consent, { description: 'Withdraws a consent, effective at once. Kadera staff only.' })
  async withdrawConsent(@Arg('id', () => ID) id: string, @Ctx() context: RequestContext): Promise<Consent> {
    const { caller } = requireSide(context.caller, Side.KADERA);
    if (!isUuid(id)) throw badInput('id must be a UUID', { argument: 'id' });
    // One conditional update: two simultaneous withdrawals cannot both succeed.
    const changed = await context.em.nativeUpdate(
      Consent,
      { id, withdrawnAt: null },
      { withdrawnAt: new Date(), withdrawnByUserId: caller.userId },
    );
    const consent = await context.em.findOne(Consent, { id });
    if (!consent) throw notFound('consent');
    if (changed === 0) throw hubError('INVALID_TRANSITION', 'this consent was already withdrawn', { argument: 'id' });
    return consent;
  }

  @Access(...KADERA_ROLES)
  @Query(() => ConsentCoverage, {
    description: 'Whether the client\'s active consents for this partner together cover every category asked for.',
  })
  async consentCoverage(
    @Arg('clientId', () => ID) clientId: string,
    @Arg('partnerOrganisationId', () => ID) partnerOrganisationId: string,
    @Arg('categories', () => [DataCategory]) categories: DataCategory[],
    @Ctx() context: RequestContext,
  ): Promise<ConsentCoverage> {
    uuid(clientId, 'clientId', 'clientId');
    uuid(partnerOrganisationId, 'partnerOrganisationId', 'partnerOrganisationId');
    const wanted = nonEmptySet(categories, 'categories', 'categories');
    const day = today();
    const active = await context.em.find(
      Consent,
      {
        client: clientId.toLowerCase(),
        partnerOrganisationId: partnerOrganisationId.toLowerCase(),
        withdrawnAt: null,
        validFrom: { $lte: day },
        validUntil: { $gte: day },
      },
      { fields: ['categories'] },
    );
    const granted = new Set(active.flatMap((consent) => consent.categories));
    const missing = wanted.filter((category) => !granted.has(category));
    return { covered: missing.length === 0, missing };
  }

  @Access(...KADERA_ROLES)
  @FieldResolver(() => ID, { description: 'The client who gave the consent.' })
  clientId(@Root() consent: Consent): string {
    return consent.client.id;
  }

  @Access(...KADERA_ROLES)
  @FieldResolver(() => Boolean, { description: 'Not withdrawn, and today is within validFrom..validUntil.' })
  active(@Root() consent: Consent): boolean {
    return isActive(consent);
  }
}

@Resolver(() => Client)
export class ClientConsentsResolver {
  @Access(...KADERA_ROLES)
  @ListSize(10)
  @FieldResolver(() => [Consent], { description: 'Every consent the client gave, newest first, withdrawn and expired ones too.' })
  consents(@Root() client: Client, @Ctx() context: RequestContext): Promise<Consent[]> {
    return consentsByClientLoader(context).load(client.id);
  }
}
