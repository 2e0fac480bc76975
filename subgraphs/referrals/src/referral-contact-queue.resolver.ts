import {
  Access,
  checkCursor,
  connectionTypes,
  dueWithinDaysEnd,
  KADERA_ROLES,
  MAX_DUE_DAYS,
  PageArgs,
  Paged,
  pageSize,
  requireSide,
  Side,
  toConnection,
  WholeNumberIn,
  type RequestContext,
} from '@hub/common';
import { Args, ArgsType, Ctx, Field, Int, Query, Resolver } from 'type-graphql';
import { Referral } from './referral.entity';
import { AWAITING_CONTACT } from './referral.workflow';

const ReferralContactQueueConnection = connectionTypes(Referral, 'ReferralContactQueue', KADERA_ROLES, { totalCount: true });

/** The queue's order: contact due first; the id keeps the cursor stable between referrals due at one instant. */
const QUEUE_ORDER = { contactDueAt: 'asc', id: 'asc' } as const;

@ArgsType()
export class ReferralContactQueueArgs extends PageArgs {
  @Field(() => Int, {
    description: `Referrals whose contact is due by the end of the day this many days from today (0: today), 0 to ${MAX_DUE_DAYS}; overdue ones always.`,
  })
  @WholeNumberIn(0, MAX_DUE_DAYS)
  withinDays!: number;
}

@Resolver(() => Referral)
export class ReferralContactQueueResolver {
  @Access(...KADERA_ROLES)
  @Paged()
  @Query(() => ReferralContactQueueConnection, {
    description: `Intake's contact queue: referrals still waiting for Kadera's answer (${AWAITING_CONTACT.join(', ')}) whose contact is due within \`withinDays\` days or overdue, the earliest due (so the overdue) first. \`totalCount\`: the whole queue. Kadera only.`,
  })
  async referralContactQueue(@Args(() => ReferralContactQueueArgs) args: ReferralContactQueueArgs, @Ctx() context: RequestContext) {
    requireSide(context.caller, Side.KADERA);
    const where = { status: { $in: [...AWAITING_CONTACT] }, contactDueAt: { $lt: dueWithinDaysEnd(args.withinDays) } };
    const cursor = await context.em.findByCursor(Referral, where, {
      first: pageSize(args),
      after: checkCursor(args.after, Object.keys(QUEUE_ORDER).length),
      orderBy: QUEUE_ORDER,
      includeCount: true,
    });
    return toConnection(cursor);
  }
}
