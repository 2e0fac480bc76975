import { LockMode } from '@mikro-orm/core';
import {
  Access,
  addDays,
  DEFAULT_PLACEMENT_SETTINGS,
  hubError,
  KADERA_ROLES,
  ListSize,
  notFound,
  requireClient,
  requireSide,
  Side,
  today,
  Uuid,
  type RequestContext,
} from '@hub/common';
import { Arg, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from 'type-graphql';
import { AlarmDeployment } from './alarm-deployment.entity';
import { DeployAlarmInput, deviceSerialOf, ReturnAlarmInput } from './alarm.input';
import { ClientReference as Client } from '@hub/common';
import { createOnce } from './create-once';
import { notBefore } from './not-before';
import { municipalityOf } from './client-municipality';
import { recordReview } from './review';
import { RecordReviewInput } from './review.input';

@Resolver(() => AlarmDeployment)
export class AlarmDeploymentResolver {
  @Access(...KADERA_ROLES)
  @ListSize(10)
  @Query(() => [AlarmDeployment], { description: "A client's Aware alarm deployments, latest first." })
  async alarmDeployments(@Arg('clientId', () => Uuid) clientId: string, @Ctx() context: RequestContext) {
    return context.em.find(AlarmDeployment, { clientId }, { orderBy: { deployedOn: 'desc', id: 'desc' } });
  }

  @Access(...KADERA_ROLES)
  @Mutation(() => AlarmDeployment, {
    description:
      'Records an Aware alarm lent to a client. Kadera side only. Errors: BAD_USER_INPUT (also a municipalityCode other than the one the clients subgraph holds), NOT_FOUND (client), ' +
      'CONFLICT (the device is with a client now, or idempotencyKey reused with other input), FORBIDDEN, UNAUTHENTICATED.',
  })
  async deployAlarm(@Arg('input', () => DeployAlarmInput) input: DeployAlarmInput, @Ctx() context: RequestContext): Promise<AlarmDeployment> {
    const { caller } = requireSide(context.caller, Side.KADERA);
    const deviceSerial = deviceSerialOf(input.deviceSerial);
    const deployedOn = input.deployedOn ?? today();
    const municipalityCode = municipalityOf(await requireClient(context, input.clientId), input.municipalityCode);
    const { idempotencyKey, ...request } = input;
    const conflict = { message: 'this device is deployed with a client now; return it first', field: 'deviceSerial' };
    const id = await createOnce(
      context.em,
      { key: idempotencyKey, operation: 'deployAlarm', scope: caller.organisationId ?? caller.userId, input: { ...request, deviceSerial } },
      async (tx) => {
        if (await tx.count(AlarmDeployment, { deviceSerial, returnedOn: null })) {
          throw hubError('CONFLICT', conflict.message, { argument: 'input', field: conflict.field });
        }
        const deployment = tx.create(AlarmDeployment, {
          clientId: input.clientId,
          municipalityCode,
          deviceSerial,
          deployedOn,
          deployedByUserId: caller.userId,
          nextReviewOn: addDays(deployedOn, context.settings.placements.alarmReviewIntervalDays),
        });
        await tx.flush();
        return deployment.id;
      },
      conflict,
    );
    return context.em.findOneOrFail(AlarmDeployment, { id });
  }

  @Access(...KADERA_ROLES)
  @Mutation(() => AlarmDeployment, {
    description:
      'Records the return of a deployed alarm. Kadera side only. Errors: BAD_USER_INPUT, NOT_FOUND, ' +
      'INVALID_TRANSITION (already returned), FORBIDDEN, UNAUTHENTICATED.',
  })
  async returnAlarm(@Arg('input', () => ReturnAlarmInput) input: ReturnAlarmInput, @Ctx() context: RequestContext): Promise<AlarmDeployment> {
    requireSide(context.caller, Side.KADERA);
    const returnedOn = input.returnedOn ?? today();
    await context.em.transactional(async (tx) => {
      const deployment = await tx.findOne(AlarmDeployment, { id: input.id }, { lockMode: LockMode.PESSIMISTIC_WRITE });
      if (!deployment) throw notFound('the alarm deployment');
      if (deployment.returnedOn) throw hubError('INVALID_TRANSITION', 'the alarm was already returned', { from: 'RETURNED', to: 'RETURNED' });
      notBefore(returnedOn, deployment.deployedOn, 'returnedOn', 'deployedOn');
      deployment.returnedOn = returnedOn;
    });
    return context.em.findOneOrFail(AlarmDeployment, { id: input.id }, { refresh: true });
  }

  @Access(...KADERA_ROLES)
  @Mutation(() => AlarmDeployment, {
    description:
      `Records a review of a deployed alarm (keep it, or plan its return); the next is due the review interval later (a setting, default ${DEFAULT_PLACEMENT_SETTINGS.alarmReviewIntervalDays} days). ` +
      'Kadera side only. Errors: BAD_USER_INPUT, NOT_FOUND, INVALID_TRANSITION (returned), FORBIDDEN, UNAUTHENTICATED.',
  })
  async recordAlarmReview(@Arg('input', () => RecordReviewInput) input: RecordReviewInput, @Ctx() context: RequestContext): Promise<AlarmDeployment> {
    const { caller } = requireSide(context.caller, Side.KADERA);
    await context.em.transactional(async (tx) => {
      const deployment = await tx.findOne(AlarmDeployment, { id: input.id }, { lockMode: LockMode.PESSIMISTIC_WRITE });
      if (!deployment) throw notFound('the alarm deployment');
      const interval = context.settings.placements.alarmReviewIntervalDays;
      recordReview(deployment, { on: deployment.deployedOn, name: 'deployedOn' }, deployment.returnedOn, input, interval, caller);
    });
    return context.em.findOneOrFail(AlarmDeployment, { id: input.id }, { refresh: true });
  }

  @Access(...KADERA_ROLES)
  @FieldResolver(() => Client)
  client(@Root() deployment: AlarmDeployment): Client {
    return { id: deployment.clientId };
  }
}
