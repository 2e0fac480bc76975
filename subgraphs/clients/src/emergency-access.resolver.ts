import {
  Access,
  checkCursor,
  connectionTypes,
  EMERGENCY_ACCESS_ROLES,
  notFound,
  Paged,
  pageSize,
  requireCaller,
  requireSide,
  Side,
  toConnection,
  type RequestContext,
} from '@hub/common';
import { Arg, Args, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import { AUDITOR } from './access-reports/access-report.types';
import { EmergencyAccess } from './emergency-access.entity';
import { CloseEmergencyAccessReviewInput, EmergencyAccessReviewQueueArgs, OpenClientInEmergencyArgs } from './emergency-access.input';
import { closeEmergencyAccessReview, countOpeningsInHour, REVIEW_QUEUE_ORDER } from './emergency-access-review';
import { emergencyClientView } from './emergency-client-view';

const EmergencyAccessReviewQueueConnection = connectionTypes(EmergencyAccess, 'EmergencyAccessReviewQueue', AUDITOR, { totalCount: true });

/** Break-glass: opening a client outside the normal rules with a reason, and the privacy officer's review (docs/security.md, "Emergency access"). */
@Resolver(() => EmergencyAccess)
export class EmergencyAccessResolver {
  @Access(...EMERGENCY_ACCESS_ROLES)
  @Mutation(() => EmergencyAccess, {
    description:
      'Break-glass: opens a client outside the normal field rules (e.g. intake needing the address in an emergency), stating why. ' +
      'Answers what an emergency needs of her (EmergencyAccess.client), once: to see it again, open it again. Everything the request reads and writes is ' +
      "logged with the emergency flag; the privacy officer reviews every opening, and the client's access report shows it, with the reason. " +
      'Kadera staff, intake and shelter only. Errors: BAD_USER_INPUT (reason missing, too short or too long: nothing is opened or written), NOT_FOUND, FORBIDDEN.',
  })
  async openClientInEmergency(
    @Args(() => OpenClientInEmergencyArgs) args: OpenClientInEmergencyArgs,
    @Ctx() context: RequestContext,
  ): Promise<EmergencyAccess> {
    const { caller } = requireSide(context.caller, Side.KADERA);
    const view = await emergencyClientView(context.em.fork(), args.clientId);
    if (!view) throw notFound('client');
    // From here on every entry of the request (the record's write, the view's fields) carries the emergency flag.
    context.access.markEmergency();
    // What the answer shows is a read of her file; the record's write is logged as the CREATE it is.
    context.access.servesAs('READ');
    const access = context.em.create(EmergencyAccess, {
      client: args.clientId,
      openedAt: new Date(),
      openedByUserId: caller.userId,
      openedByOrganisationId: caller.organisationId ?? null,
      openedByRoles: [...caller.roles],
      reason: args.reason.trim(),
      requestId: context.requestId,
    });
    // The record and its CREATE entry commit together (write-log-subscriber.ts); the view is read only once it is kept.
    await context.em.flush();
    access.view = view;
    return access;
  }

  @Access(...AUDITOR)
  @Paged()
  @Query(() => EmergencyAccessReviewQueueConnection, {
    description:
      "The privacy officer's queue of emergency accesses: OPEN (to review, the default) or CLOSED, oldest first; `totalCount`: the whole queue. Reading it is logged (the reasons are about clients).",
  })
  async emergencyAccessReviewQueue(@Args(() => EmergencyAccessReviewQueueArgs) args: EmergencyAccessReviewQueueArgs, @Ctx() context: RequestContext) {
    requireCaller(context.caller);
    const cursor = await context.em.findByCursor(
      EmergencyAccess,
      { reviewState: args.state },
      { first: pageSize(args), after: checkCursor(args.after, Object.keys(REVIEW_QUEUE_ORDER).length), orderBy: REVIEW_QUEUE_ORDER, includeCount: true },
    );
    await countOpeningsInHour(context.em, cursor.items);
    return toConnection(cursor);
  }

  @Access(...AUDITOR)
  @Mutation(() => EmergencyAccess, {
    description:
      'Closes the review of an emergency access with a finding (and a note). Closed is final: closing it again is CONFLICT (extensions.reviewedAt). ' +
      'Errors: BAD_USER_INPUT, NOT_FOUND, CONFLICT, FORBIDDEN.',
  })
  async closeEmergencyAccessReview(
    @Arg('input', () => CloseEmergencyAccessReviewInput) input: CloseEmergencyAccessReviewInput,
    @Ctx() context: RequestContext,
  ): Promise<EmergencyAccess> {
    const caller = requireCaller(context.caller);
    await closeEmergencyAccessReview(context.em, input, caller.userId);
    const access = await context.em.fork().findOneOrFail(EmergencyAccess, { id: input.id });
    await countOpeningsInHour(context.em, [access]);
    return access;
  }
}
