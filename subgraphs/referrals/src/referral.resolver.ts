import {
  Access,
  CHANGE_CURSOR_KEYS,
  CHANGE_ORDER,
  CLOSED_STATUSES,
  checkCursor,
  DateTime,
  connectionTypes,
  KADERA_ROLES,
  ListSize,
  PageArgs,
  Paged,
  pageSize,
  Policy,
  POLICY,
  Region,
  toConnection,
  Uuid,
  type RequestContext,
} from '@hub/common';
import type { FilterQuery } from '@mikro-orm/core';
import { Arg, Args, ArgsType, Ctx, Field, FieldResolver, Int, Query, Resolver, Root } from 'type-graphql';
import { ownReferralScope } from './access-policies';
import { CareService } from './care-service';
import { ClientReference as Client } from '@hub/common';
import { careServiceFor } from './funding-stream';
import { availabilityKey, referralHistoryLoader, serviceAvailabilityLoader } from './referral.loader';
import { isOverdue, overdueWhere, Referral, REFERRAL_READERS } from './referral.entity';
import { ReferralStatusChange } from './referral-status-change.entity';
import { ServiceAvailability } from './service-availability.entity';
import { AWAITING_CONTACT, ReferralStatus } from './referral.workflow';
import { expectedWaitDays, referrerMessageStatuses } from './referrer-feedback';

const ReferralConnection = connectionTypes(Referral, 'Referral', REFERRAL_READERS);

@ArgsType()
export class ReferralListArgs extends PageArgs {
  @Field(() => [ReferralStatus], { nullable: true, description: 'Only referrals in one of these states.' })
  status?: ReferralStatus[];

  @Field(() => Boolean, { nullable: true, description: 'true: only overdue referrals; false: only those that are not.' })
  overdue?: boolean;

  @Field(() => Region, { nullable: true })
  region?: Region;

  @Field(() => DateTime, {
    nullable: true,
    description:
      'Changed-since reading: only referrals received or changed at or after this time, oldest change first. Keep the last `endCursor` and pass it as `after` on the next poll: every referral changed since then appears once, in its latest state.',
  })
  updatedSince?: Date;
}

@Resolver(() => Referral)
export class ReferralResolver {
  @Access(...REFERRAL_READERS)
  @Query(() => Referral, {
    nullable: true,
    description: 'One referral by id; null when there is none, or, for a referrer, when another organisation submitted it.',
  })
  async referral(@Arg('id', () => Uuid) id: string, @Ctx() context: RequestContext): Promise<Referral | null> {
    const scope = ownReferralScope(context.caller);
    if (scope === null) return null;
    // A referrer cannot tell another organisation's referral from one that does not exist.
    return context.em.findOne(Referral, scope === undefined ? { id } : { id, referrerOrganisationId: scope });
  }

  @Access(...REFERRAL_READERS)
  @Paged()
  @Query(() => ReferralConnection, {
    description:
      "Referrals, most recently received first; with `updatedSince`, oldest change first (changed-since reading). Filters combine with AND. A referrer sees only its own organisation's.",
  })
  async referrals(@Args(() => ReferralListArgs) args: ReferralListArgs, @Ctx() context: RequestContext) {
    const scope = ownReferralScope(context.caller);
    if (scope === null) return { edges: [], pageInfo: { hasNextPage: false, endCursor: null } };
    const where: FilterQuery<Referral>[] = [];
    // In SQL, so paging and counts never pass through another organisation's rows.
    if (scope !== undefined) where.push({ referrerOrganisationId: scope });
    if (args.status?.length) where.push({ status: { $in: args.status } });
    if (args.region) where.push({ region: args.region });
    if (args.overdue !== undefined && args.overdue !== null) where.push(overdueWhere(args.overdue));
    const changes = Boolean(args.updatedSince);
    if (args.updatedSince) where.push({ updatedAt: { $gte: args.updatedSince } });
    const cursor = await context.em.findByCursor(Referral, where.length ? { $and: where } : {}, {
      first: pageSize(args),
      after: checkCursor(args.after, changes ? CHANGE_CURSOR_KEYS : 2),
      orderBy: changes ? CHANGE_ORDER : { receivedAt: 'desc', id: 'desc' },
      includeCount: false,
    });
    return toConnection(cursor);
  }

  // The gateway fetches the client itself, batched, from the clients subgraph.
  @Access(...KADERA_ROLES)
  @FieldResolver(() => Client, { nullable: true, description: 'Null for anonymous consultations and unmatched referrals.' })
  client(@Root() referral: Referral): Client | null {
    return referral.clientId ? { id: referral.clientId } : null;
  }

  @Access(...REFERRAL_READERS)
  @Policy(POLICY.ownReferral)
  @FieldResolver(() => Boolean, {
    description: `Contact is due and Kadera has not yet answered the referral (${AWAITING_CONTACT.join(' or ')}).`,
  })
  overdue(@Root() referral: Referral): boolean {
    return isOverdue(referral);
  }

  @Access(...KADERA_ROLES)
  @FieldResolver(() => CareService, { nullable: true, description: 'The service the referral asks for; null for a consultation.' })
  service(@Root() referral: Referral): CareService | null {
    return careServiceFor(referral.kind, referral.fundingStream);
  }

  @Access(...KADERA_ROLES)
  @FieldResolver(() => ServiceAvailability, {
    nullable: true,
    description: "Intake status and waiting time of the requested service in the referral's region.",
  })
  async serviceAvailability(@Root() referral: Referral, @Ctx() context: RequestContext): Promise<ServiceAvailability | null> {
    const service = careServiceFor(referral.kind, referral.fundingStream);
    if (!service) return null;
    return serviceAvailabilityLoader(context).load(availabilityKey({ region: referral.region, service }));
  }

  @Access(...REFERRAL_READERS)
  @Policy(POLICY.ownReferral)
  @ListSize(10)
  @FieldResolver(() => [ReferralStatusChange], { description: 'Every status change, oldest first; the first records the submission.' })
  history(@Root() referral: Referral, @Ctx() context: RequestContext): Promise<ReferralStatusChange[]> {
    return referralHistoryLoader(context).load(referral.id);
  }

  @Access(...REFERRAL_READERS)
  @Policy(POLICY.ownReferral)
  @FieldResolver(() => String, {
    nullable: true,
    description: `Kadera's message to the referrer about the current status (${referrerMessageStatuses().join(', ')}), in wording meant for it; null in any other status.`,
  })
  async referrerMessage(@Root() referral: Referral, @Ctx() context: RequestContext): Promise<string | null> {
    const latest = (await referralHistoryLoader(context).load(referral.id)).at(-1);
    return latest?.to === referral.status ? latest.referrerMessage : null;
  }

  @Access(...REFERRAL_READERS)
  @Policy(POLICY.ownReferral)
  @FieldResolver(() => Int, {
    nullable: true,
    description:
      "Expected waiting time in days, from the requested service's availability in the referral's region (the upper end of its range; 0 without a waiting list). Null for a consultation, a closed referral, during an intake stop or when no availability is recorded.",
  })
  async expectedWaitDays(@Root() referral: Referral, @Ctx() context: RequestContext): Promise<number | null> {
    const service = careServiceFor(referral.kind, referral.fundingStream);
    if (!service || CLOSED_STATUSES.has(referral.status)) return null;
    return expectedWaitDays(await serviceAvailabilityLoader(context).load(availabilityKey({ region: referral.region, service })));
  }
}
