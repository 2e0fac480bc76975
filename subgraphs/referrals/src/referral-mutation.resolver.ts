import {
  requireClient,
  Access,
  contactDueAt,
  hubError,
  KADERA_ROLES,
  idempotent,
  notFound,
  optionalText,
  requireSide,
  Side,
  type RequestContext,
} from '@hub/common';
import { LockMode } from '@mikro-orm/core';
import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';

import { careServiceFor } from './funding-stream';
import { requireIntakeOpen } from './intake';
import { Referral, REFERRAL_READERS } from './referral.entity';
import { LinkReferralClientInput, normaliseSubmitReferral, SubmitReferralInput, TransitionReferralInput } from './referral.input';
import { ReferralKind } from './referral-kind';
import { ReferralStatusChange } from './referral-status-change.entity';
import { referralSideOf, ReferralStatus } from './referral.workflow';
import { recordReferralStatus, transitionReferral } from './referral-transition';

@Resolver(() => Referral)
export class ReferralMutationResolver {
  @Access(...REFERRAL_READERS)
  @Mutation(() => Referral, {
    description:
      'A professional (REFERRER) or Kadera intake (a phone referral) submits a referral. INTAKE_CLOSED during an intake stop for the service in that region.',
  })
  async submitReferral(@Arg('input', () => SubmitReferralInput) input: SubmitReferralInput, @Ctx() context: RequestContext): Promise<Referral> {
    const { caller, side } = requireSide(context.caller, Side.KADERA, Side.REFERRER);
    const checked = normaliseSubmitReferral(input);
    if (side === Side.REFERRER) {
      if (checked.referrerOrganisationId && checked.referrerOrganisationId !== caller.organisationId) {
        throw hubError('BAD_USER_INPUT', 'a referrer refers as its own organisation: leave referrerOrganisationId out', {
          argument: 'input',
          field: 'referrerOrganisationId',
        });
      }
      checked.referrerOrganisationId = caller.organisationId!;
    }
    const service = careServiceFor(checked.kind, checked.fundingStream);
    const id = await idempotent(
      context.em,
      { key: input.idempotencyKey, operation: 'submitReferral', scope: caller.organisationId ?? caller.userId, input: checked },
      async (tx) => {
        await requireIntakeOpen(tx, checked.region, service);
        const receivedAt = new Date();
        const referral = tx.create(Referral, {
          ...checked,
          status: ReferralStatus.REQUESTED,
          receivedAt,
          contactDueAt: contactDueAt(receivedAt, checked.priority, context.settings.contactDueDays),
          createdAt: receivedAt,
        });
        tx.create(ReferralStatusChange, {
          referral,
          from: null,
          to: referral.status,
          changedAt: receivedAt,
          changedByUserId: caller.userId,
          changedByOrganisationId: caller.organisationId ?? null,
          side: referralSideOf(side),
        });
        await tx.flush();
        await recordReferralStatus(tx, referral, receivedAt);
        return referral.id;
      },
    );
    return context.em.findOneOrFail(Referral, { id });
  }

  @Access(...REFERRAL_READERS)
  @Mutation(() => Referral, {
    description:
      'Moves a referral to another status (see docs/workflows.md): INVALID_TRANSITION, FORBIDDEN, BAD_USER_INPUT (reason, referrerMessage), NOT_FOUND.',
  })
  async transitionReferral(@Arg('input', () => TransitionReferralInput) input: TransitionReferralInput, @Ctx() context: RequestContext): Promise<Referral> {
    const { caller, side } = requireSide(context.caller, Side.KADERA, Side.REFERRER);
    if (optionalText(input.referrerMessage) && side !== Side.KADERA) {
      throw hubError('BAD_USER_INPUT', 'only Kadera writes a message to the referrer: leave referrerMessage out', {
        argument: 'input',
        field: 'referrerMessage',
      });
    }
    const id = await transitionReferral(context.em, caller, side, input);
    return context.em.findOneOrFail(Referral, { id });
  }

  @Access(...KADERA_ROLES)
  @Mutation(() => Referral, {
    description:
      'Intake links a referral to the client it is about (found or registered in the clients subgraph). BAD_USER_INPUT for a consultation, NOT_FOUND for a client the clients subgraph does not know (or an unknown referral), CONFLICT when linked to another client.',
  })
  async linkReferralClient(@Arg('input', () => LinkReferralClientInput) input: LinkReferralClientInput, @Ctx() context: RequestContext): Promise<Referral> {
    requireSide(context.caller, Side.KADERA);
    const { referralId, clientId } = input;
    await requireClient(context, clientId);
    const id = await context.em.transactional(async (tx) => {
      const referral = await tx.findOne(Referral, { id: referralId }, { lockMode: LockMode.PESSIMISTIC_WRITE });
      if (!referral) throw notFound('referral');
      if (referral.kind === ReferralKind.CONSULTATION) {
        throw hubError('BAD_USER_INPUT', 'an anonymous consultation is never linked to a client', { argument: 'input', field: 'referralId' });
      }
      if (referral.clientId && referral.clientId !== clientId) {
        throw hubError('CONFLICT', 'this referral is already linked to another client', { argument: 'input', field: 'clientId' });
      }
      referral.clientId = clientId;
      await tx.flush();
      return referral.id;
    });
    return context.em.findOneOrFail(Referral, { id });
  }
}
