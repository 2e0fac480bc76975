import { Access, BSN_ENTRY_ROLES, distinct, KADERA_ROLES, optionalText, requireSide, Side, WHEREABOUTS_ROLES, type RequestContext } from '@hub/common';
import { Args, Ctx, Mutation, Resolver } from 'type-graphql';
import { Client, tidyName } from './client.entity';
import {
  ChangeRiskLevelArgs,
  UpdateClientCareDetailsArgs,
  UpdateClientContactDetailsArgs,
  UpdateClientBsnArgs,
  UpdateClientIdentityArgs,
  UpdateClientMunicipalityArgs,
  UpdateConfidentialAddressArgs,
} from './client-update.input';
import { updateClientFile, type FileChanges } from './client-update';
import { bsnColumnsOf, bsnKeysFrom } from './client-bsn';

/** Left out stays as it is; null or blank clears. */
const careText = (value: string | null | undefined) => (value === undefined ? undefined : optionalText(value));

const VERSIONED = 'Needs expectedVersion: a stale one is refused with CONFLICT (extensions.currentVersion) and nothing is written. Recorded in Client.changes.';

/**
 * Client file maintenance (docs/architecture.md, "Client file maintenance"): one mutation per concern, each
 * an optimistic-concurrency update of the client (client-update.ts) with its change history.
 */
@Resolver(() => Client)
export class ClientUpdateResolver {
  private async update(
    context: RequestContext,
    mutation: string,
    args: { clientId: string; expectedVersion: number },
    changes: FileChanges,
    reason?: string,
  ): Promise<Client> {
    const { caller } = requireSide(context.caller, Side.KADERA);
    // A BSN refused as another client's names that client: a client-linked read, in the access log.
    const onBsnHolder = (id: string) => context.access.record('ALLOWED', id, `Mutation.${mutation}`);
    await updateClientFile(context.em, caller, args.clientId, args.expectedVersion, changes, reason, onBsnHolder);
    // The write itself is in the access log, whatever the caller selects of the answer.
    context.access.record('ALLOWED', args.clientId, `Mutation.${mutation}`);
    return context.em.findOneOrFail(Client, { id: args.clientId }, { refresh: true });
  }

  @Access(...KADERA_ROLES)
  @Mutation(() => Client, { description: `Corrects the client's name and date of birth. Kadera staff only. ${VERSIONED}` })
  updateClientIdentity(@Args(() => UpdateClientIdentityArgs) args: UpdateClientIdentityArgs, @Ctx() context: RequestContext): Promise<Client> {
    return this.update(context, 'updateClientIdentity', args, { name: tidyName(args.name), dateOfBirth: args.dateOfBirth });
  }

  @Access(...KADERA_ROLES)
  @Mutation(() => Client, {
    description: `Replaces how the client may safely be contacted, and how never (the whole set: what is left out is cleared). Kadera staff only. ${VERSIONED}`,
  })
  updateClientContactDetails(
    @Args(() => UpdateClientContactDetailsArgs) args: UpdateClientContactDetailsArgs,
    @Ctx() context: RequestContext,
  ): Promise<Client> {
    const contact = args.contactDetails;
    return this.update(context, 'updateClientContactDetails', args, {
      contactSafePhone: optionalText(contact.safePhone),
      contactSafeEmail: optionalText(contact.safeEmail),
      contactPreferredChannel: contact.preferredChannel ?? null,
      contactSafeTimes: optionalText(contact.safeTimes),
      contactInstructions: optionalText(contact.instructions),
      contactNeverUse: distinct(contact.neverUse),
    });
  }

  @Access(...KADERA_ROLES)
  @Mutation(() => Client, { description: `Moves the client to another municipality (CBS code). Kadera staff only. ${VERSIONED}` })
  updateClientMunicipality(@Args(() => UpdateClientMunicipalityArgs) args: UpdateClientMunicipalityArgs, @Ctx() context: RequestContext): Promise<Client> {
    return this.update(context, 'updateClientMunicipality', args, { municipalityCode: args.municipalityCode });
  }

  // Only who may read the address may change it; the history names the field, never the old or new address.
  @Access(...WHEREABOUTS_ROLES)
  @Mutation(() => Client, { description: `Changes where the client actually lives. Only the roles that may read it. ${VERSIONED}` })
  updateConfidentialAddress(@Args(() => UpdateConfidentialAddressArgs) args: UpdateConfidentialAddressArgs, @Ctx() context: RequestContext): Promise<Client> {
    return this.update(context, 'updateConfidentialAddress', args, { confidentialAddress: args.confidentialAddress.trim() });
  }

  @Access(...KADERA_ROLES)
  @Mutation(() => Client, {
    description: `Records or changes the partner-facing categories (health screening, finances, housing, income); only the fields given change. Kadera staff only. ${VERSIONED}`,
  })
  updateClientCareDetails(@Args(() => UpdateClientCareDetailsArgs) args: UpdateClientCareDetailsArgs, @Ctx() context: RequestContext): Promise<Client> {
    const care = args.careDetails;
    return this.update(context, 'updateClientCareDetails', args, {
      healthScreeningSummary: careText(care.healthScreeningSummary),
      financialSituation: careText(care.financialSituation),
      housingNeed: careText(care.housingNeed),
      housingUrgency: care.housingUrgency,
      incomeAndBenefits: careText(care.incomeAndBenefits),
    });
  }

  @Access(...KADERA_ROLES)
  @Mutation(() => Client, {
    description: `Changes the client's risk level, the only way it changes; the reason is kept in Client.riskLevelHistory. Kadera staff only. ${VERSIONED}`,
  })
  changeRiskLevel(@Args(() => ChangeRiskLevelArgs) args: ChangeRiskLevelArgs, @Ctx() context: RequestContext): Promise<Client> {
    return this.update(context, 'changeRiskLevel', args, { riskLevel: args.riskLevel }, args.reason.trim());
  }

  // Who may record a BSN need not read it back (BSN_READ_ROLES); the history names the field, never the number.
  @Access(...BSN_ENTRY_ROLES)
  @Mutation(() => Client, {
    description: `Records, corrects or clears (null) the client's BSN; stored encrypted, never logged. Kadera staff and intake only. ${VERSIONED}`,
  })
  updateClientBsn(@Args(() => UpdateClientBsnArgs) args: UpdateClientBsnArgs, @Ctx() context: RequestContext): Promise<Client> {
    return this.update(context, 'updateClientBsn', args, bsnColumnsOf(bsnKeysFrom(context), args.clientId, args.bsn ?? null));
  }
}
