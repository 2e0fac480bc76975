import {
  Access,
  checkCursor,
  connectionTypes,
  KADERA_ROLES,
  PageArgs,
  Paged,
  pageSize,
  requireSide,
  Side,
  toConnection,
  Uuid,
  type RequestContext,
} from '@hub/common';
import { Arg, Args, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import { acceptWaitlistOffer, declineWaitlistOffer } from './admission';
import { AcceptWaitlistOfferInput } from './admission.input';
import { settleAll } from './offers';
import { Stay } from './stay.entity';
import { WaitlistEntry } from './waitlist-entry.entity';
import { WaitlistStatus } from './waitlist.workflow';

const WaitlistOfferConnection = connectionTypes(WaitlistEntry, 'WaitlistOffer', KADERA_ROLES, { totalCount: true });

/** The work queue of open offers, and the client's answer to one (docs/workflows.md, "Waitlist offers"). */
@Resolver()
export class WaitlistOfferResolver {
  @Access(...KADERA_ROLES)
  @Paged()
  @Query(() => WaitlistOfferConnection, {
    description:
      'Work queue: every open waitlist offer (a freed place held for the first waiting client of its unit), the soonest to lapse first, ' +
      'with offerExpiresAt and the total. Offers that lapsed are passed on to the next client before the page is read.',
  })
  async waitlistOffers(@Args(() => PageArgs) args: PageArgs, @Ctx() context: RequestContext) {
    const { caller } = requireSide(context.caller, Side.KADERA);
    const now = new Date();
    await settleAll(context, caller.userId, now);
    const cursor = await context.em.findByCursor(
      WaitlistEntry,
      { status: WaitlistStatus.OFFERED, offerExpiresAt: { $gt: now } },
      {
        first: pageSize(args),
        after: checkCursor(args.after, 2),
        orderBy: { offerExpiresAt: 'asc', id: 'asc' },
        includeCount: true,
        populate: ['unit.location'],
        strategy: 'joined',
      },
    );
    return toConnection(cursor);
  }

  @Access(...KADERA_ROLES)
  @Mutation(() => Stay, {
    description:
      'The client accepts the place her open offer holds: a stay begins and the entry is ADMITTED. Kadera side only. Errors: BAD_USER_INPUT, ' +
      'NOT_FOUND, INVALID_TRANSITION (no open offer: lapsed, declined, withdrawn), CONFLICT (a current stay elsewhere: discharge it first; ' +
      'idempotencyKey reused with other input), FORBIDDEN, UNAUTHENTICATED.',
  })
  async acceptWaitlistOffer(@Arg('input', () => AcceptWaitlistOfferInput) input: AcceptWaitlistOfferInput, @Ctx() context: RequestContext): Promise<Stay> {
    const { caller } = requireSide(context.caller, Side.KADERA);
    return acceptWaitlistOffer(context, caller, input);
  }

  @Access(...KADERA_ROLES)
  @Mutation(() => WaitlistEntry, {
    description:
      'The client declines the offered place: she waits again, at the back of the queue, and the place is offered to the next client. ' +
      'Kadera side only. Errors: BAD_USER_INPUT, NOT_FOUND, INVALID_TRANSITION (no open offer), FORBIDDEN, UNAUTHENTICATED.',
  })
  async declineWaitlistOffer(@Arg('id', () => Uuid) id: string, @Ctx() context: RequestContext): Promise<WaitlistEntry> {
    const { caller } = requireSide(context.caller, Side.KADERA);
    return declineWaitlistOffer(context, caller, id);
  }
}
