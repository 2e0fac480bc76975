import { LockMode } from '@mikro-orm/core';
import {
  Access,
  addDays,
  DEFAULT_PLACEMENT_SETTINGS,
  hubError,
  KADERA_ROLES,
  ListSize,
  notFound,
  optionalText,
  requireClient,
  requireSide,
  Side,
  today,
  Uuid,
  type RequestContext,
} from '@hub/common';
import { Arg, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from 'type-graphql';
import { AftercareProgramme } from './aftercare-programme.entity';
import { EndAftercareInput, StartAftercareInput } from './aftercare.input';
import { ClientReference as Client } from '@hub/common';
import { createOnce } from './create-once';
import { notBefore } from './not-before';
import { municipalityOf } from './client-municipality';
import { recordReview } from './review';
import { RecordReviewInput } from './review.input';

@Resolver(() => AftercareProgramme)
export class AftercareProgrammeResolver {
  @Access(...KADERA_ROLES)
  @ListSize(10)
  @Query(() => [AftercareProgramme], { description: "A client's aftercare programmes, latest start first." })
  async aftercarePrograms(@Arg('clientId', () => Uuid) clientId: string, @Ctx() context: RequestContext) {
    return context.em.find(AftercareProgramme, { clientId }, { orderBy: { startedOn: 'desc', id: 'desc' } });
  }

  @Access(...KADERA_ROLES)
  @Mutation(() => AftercareProgramme, {
    description:
      'Starts aftercare (home visits) for a client. Kadera side only. Errors: BAD_USER_INPUT (also a municipalityCode other than the one the clients subgraph holds), NOT_FOUND (client), ' +
      'CONFLICT (a programme already runs, or idempotencyKey reused with other input), FORBIDDEN, UNAUTHENTICATED.',
  })
  async startAftercare(@Arg('input', () => StartAftercareInput) input: StartAftercareInput, @Ctx() context: RequestContext): Promise<AftercareProgramme> {
    const { caller } = requireSide(context.caller, Side.KADERA);
    const startedOn = input.startedOn ?? today();
    const coordinatorUserId = optionalText(input.coordinatorUserId) ?? caller.userId;
    const municipalityCode = municipalityOf(await requireClient(context, input.clientId), input.municipalityCode);
    const { idempotencyKey, ...request } = input;
    const conflict = { message: 'the client already has a running aftercare programme', field: 'clientId' };
    const id = await createOnce(
      context.em,
      { key: idempotencyKey, operation: 'startAftercare', scope: caller.organisationId ?? caller.userId, input: { ...request } },
      async (tx) => {
        if (await tx.count(AftercareProgramme, { clientId: input.clientId, endedOn: null })) {
          throw hubError('CONFLICT', conflict.message, { argument: 'input', field: conflict.field });
        }
        const programme = tx.create(AftercareProgramme, {
          clientId: input.clientId,
          municipalityCode,
          startedOn,
          homeVisitsPlanned: input.homeVisitsPlanned,
          coordinatorUserId,
          nextReviewOn: addDays(startedOn, context.settings.placements.aftercareReviewIntervalDays),
        });
        await tx.flush();
        return programme.id;
      },
      conflict,
    );
    return context.em.findOneOrFail(AftercareProgramme, { id });
  }

  @Access(...KADERA_ROLES)
  @Mutation(() => AftercareProgramme, {
    description:
      'Ends a running aftercare programme. Kadera side only. Errors: BAD_USER_INPUT, NOT_FOUND, ' +
      'INVALID_TRANSITION (already ended), FORBIDDEN, UNAUTHENTICATED.',
  })
  async endAftercare(@Arg('input', () => EndAftercareInput) input: EndAftercareInput, @Ctx() context: RequestContext): Promise<AftercareProgramme> {
    requireSide(context.caller, Side.KADERA);
    const endedOn = input.endedOn ?? today();
    await context.em.transactional(async (tx) => {
      const programme = await tx.findOne(AftercareProgramme, { id: input.id }, { lockMode: LockMode.PESSIMISTIC_WRITE });
      if (!programme) throw notFound('the aftercare programme');
      if (programme.endedOn) throw hubError('INVALID_TRANSITION', 'the aftercare programme has already ended', { from: 'ENDED', to: 'ENDED' });
      notBefore(endedOn, programme.startedOn, 'endedOn', 'startedOn');
      programme.endedOn = endedOn;
    });
    return context.em.findOneOrFail(AftercareProgramme, { id: input.id }, { refresh: true });
  }

  @Access(...KADERA_ROLES)
  @Mutation(() => AftercareProgramme, {
    description:
      `Records a review of a running aftercare programme; the next is due the review interval later (a setting, default ${DEFAULT_PLACEMENT_SETTINGS.aftercareReviewIntervalDays} days). ` +
      'Kadera side only. Errors: BAD_USER_INPUT, NOT_FOUND, INVALID_TRANSITION (ended), FORBIDDEN, UNAUTHENTICATED.',
  })
  async recordAftercareReview(@Arg('input', () => RecordReviewInput) input: RecordReviewInput, @Ctx() context: RequestContext): Promise<AftercareProgramme> {
    const { caller } = requireSide(context.caller, Side.KADERA);
    await context.em.transactional(async (tx) => {
      const programme = await tx.findOne(AftercareProgramme, { id: input.id }, { lockMode: LockMode.PESSIMISTIC_WRITE });
      if (!programme) throw notFound('the aftercare programme');
      const interval = context.settings.placements.aftercareReviewIntervalDays;
      recordReview(programme, { on: programme.startedOn, name: 'startedOn' }, programme.endedOn, input, interval, caller);
    });
    return context.em.findOneOrFail(AftercareProgramme, { id: input.id }, { refresh: true });
  }

  @Access(...KADERA_ROLES)
  @FieldResolver(() => Client)
  client(@Root() programme: AftercareProgramme): Client {
    return { id: programme.clientId };
  }
}
