import {
  Access,
  distinct,
  hubError,
  idempotent,
  KADERA_ROLES,
  ListSize,
  notFound,
  requireActivePartnerOrganisation,
  requireSide,
  Side,
  today,
  Uuid,
  type RequestContext,
  writeLogged,
} from '@hub/common';
import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Client } from './client.entity';
import { Consent, isActive } from './consent.entity';
import { ConsentCoverage } from './consent-coverage';
import { ConsentCoverageArgs, RecordConsentInput } from './consent.input';
import { consentsByClientLoader } from './consent.loader';
/** The consent as stored: the input's rules (consent.input.ts) have passed. */
function normaliseConsent(input: RecordConsentInput) {
  return {
    clientId: input.clientId,
    partnerOrganisationId: input.partnerOrganisationId,
    categories: distinct(input.categories),
    purpose: input.purpose.trim(),
    validFrom: input.validFrom ?? today(),
    validUntil: input.validUntil,
  };
}

@Resolver(() => Consent)
export class ConsentResolver {
  @Access(...KADERA_ROLES)
  @Mutation(() => Consent, {
    description: 'Records a consent. Kadera staff only. The partner organisation must exist and be active (NOT_FOUND otherwise).',
  })
  async recordConsent(@Arg('input', () => RecordConsentInput) input: RecordConsentInput, @Ctx() context: RequestContext): Promise<Consent> {
    const { caller } = requireSide(context.caller, Side.KADERA);
    const data = normaliseConsent(input);
    await requireActivePartnerOrganisation(context, data.partnerOrganisationId);
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
  async withdrawConsent(@Arg('id', () => Uuid) id: string, @Ctx() context: RequestContext): Promise<Consent> {
    const { caller } = requireSide(context.caller, Side.KADERA);
    // One conditional update: two simultaneous withdrawals cannot both succeed.
    const changed = await writeLogged(context.em, async (tx) => {
      const written = await tx.nativeUpdate(Consent, { id, withdrawnAt: null }, { withdrawnAt: new Date(), withdrawnByUserId: caller.userId });
      const row = written ? await tx.findOne(Consent, { id }, { fields: ['client'], disableIdentityMap: true }) : null;
      const writes = row
        ? [{ action: 'UPDATE' as const, clientId: row.client.id, fields: ['Consent.withdrawnAt', 'Consent.withdrawnByUserId'], object: `Consent:${id}` }]
        : [];
      return { result: written, writes };
    });
    const consent = await context.em.findOne(Consent, { id });
    if (!consent) throw notFound('consent');
    if (changed === 0) throw hubError('INVALID_TRANSITION', 'this consent was already withdrawn', { argument: 'id' });
    return consent;
  }

  @Access(...KADERA_ROLES)
  @Query(() => ConsentCoverage, {
    description: "Whether the client's active consents for this partner together cover every category asked for.",
  })
  async consentCoverage(@Args(() => ConsentCoverageArgs) args: ConsentCoverageArgs, @Ctx() context: RequestContext): Promise<ConsentCoverage> {
    const wanted = distinct(args.categories);
    const day = today();
    const active = await context.em.find(
      Consent,
      {
        client: args.clientId,
        partnerOrganisationId: args.partnerOrganisationId,
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
