import {
  Access,
  CHANGE_CURSOR_KEYS,
  CHANGE_ORDER,
  checkCursor,
  connectionTypes,
  idempotent,
  Uuid,
  KADERA_ROLES,
  ListSize,
  Paged,
  pageSize,
  Policy,
  POLICY,
  requireSide,
  selectsNodeField,
  Side,
  toConnection,
  type RequestContext,
} from '@hub/common';
import { wrap, type FilterQuery } from '@mikro-orm/core';
import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, FieldResolver, Info, Mutation, Query, Resolver, Root } from 'type-graphql';
import { HANDOFF_READERS, handoffRowScope } from './access-policies';
import { ClientReference as Client } from '@hub/common';
import { normaliseCreateHandoff, createHandoff } from './handoff-creation';
import { HandoffOutcome } from './handoff-outcome';
import { HandoffStatusChange } from './handoff-status-change.entity';
import { handoffHistoryLoader } from './handoff-status-change.loader';
import { transitionHandoff } from './handoff-transition';
import { Handoff, isOverdue, overdueWhere } from './handoff.entity';
import { CreateHandoffInput, HandoffsArgs, TransitionHandoffInput } from './handoff.input';
import { AWAITING_RESPONSE } from './handoff.workflow';
import { PartnerOrganisation } from './partner-organisation.entity';
import { partnerOrganisationLoader } from './partner-organisation.loader';

const HandoffConnection = connectionTypes(Handoff, 'Handoff', HANDOFF_READERS);

/** The list filters as one SQL condition, within what the caller may see. */
function handoffFilter(args: HandoffsArgs, scope: FilterQuery<Handoff>, now: Date): FilterQuery<Handoff> {
  // The caller's own scope is one more AND term, so no filter argument can widen it.
  const and: FilterQuery<Handoff>[] = [scope];
  if (args.status) and.push({ status: { $in: args.status } });
  if (args.partnerType) and.push({ partner: { partnerType: args.partnerType } });
  if (args.partnerOrganisationId) and.push({ partner: args.partnerOrganisationId });
  if (args.clientId) and.push({ clientId: args.clientId });
  if (args.overdue === true || args.overdue === false) and.push(overdueWhere(args.overdue, now));
  if (args.updatedSince) and.push({ updatedAt: { $gte: args.updatedSince } });
  return and.length ? { $and: and } : {};
}

@Resolver(() => Handoff)
export class HandoffResolver {
  @Access(...HANDOFF_READERS)
  @Query(() => Handoff, {
    nullable: true,
    description: 'One handoff by id; null when there is none, or when it is addressed to another partner organisation.',
  })
  async handoff(@Arg('id', () => Uuid) id: string, @Ctx() context: RequestContext): Promise<Handoff | null> {
    return context.em.findOne(Handoff, { $and: [{ id }, handoffRowScope(context.caller)] }, { populate: ['partner'] });
  }

  @Access(...HANDOFF_READERS)
  @Paged()
  @Query(() => HandoffConnection, {
    description:
      'Handoffs, newest first, filtered by any of the arguments given; with `updatedSince`, oldest change first (changed-since reading). A partner sees only those addressed to its organisation.',
  })
  async handoffs(@Args(() => HandoffsArgs) args: HandoffsArgs, @Ctx() context: RequestContext, @Info() info: GraphQLResolveInfo) {
    const changes = Boolean(args.updatedSince);
    const cursor = await context.em.findByCursor(Handoff, handoffFilter(args, handoffRowScope(context.caller), new Date()), {
      first: pageSize(args),
      after: checkCursor(args.after, changes ? CHANGE_CURSOR_KEYS : 2),
      orderBy: changes ? CHANGE_ORDER : { createdAt: 'desc', id: 'desc' },
      // Joined only when asked for: a page without partner fields makes no partner entities (docs/benchmarks.md).
      ...(selectsNodeField(info, 'partner') ? { populate: ['partner'] as const } : {}),
      includeCount: false,
    });
    return toConnection(cursor);
  }

  @Access(...KADERA_ROLES)
  @Mutation(() => Handoff, {
    description:
      "Hands a client off to a partner. Kadera staff only. CONSENT_REQUIRED (extensions.missing) unless the client's active consent for the partner covers every category.",
  })
  async createHandoff(@Arg('input', () => CreateHandoffInput) input: CreateHandoffInput, @Ctx() context: RequestContext): Promise<Handoff> {
    const { caller } = requireSide(context.caller, Side.KADERA);
    const data = normaliseCreateHandoff(input);
    const request = { key: input.idempotencyKey, operation: 'createHandoff', scope: caller.organisationId ?? caller.userId, input };
    const id = await idempotent(context.em, request, (tx) => createHandoff(tx, context, caller, data));
    return context.em.findOneOrFail(Handoff, { id }, { populate: ['partner'] });
  }

  @Access(...HANDOFF_READERS)
  @Mutation(() => Handoff, {
    description: 'Moves a handoff to another status; see docs/workflows.md for who may make which move.',
  })
  async transitionHandoff(@Arg('input', () => TransitionHandoffInput) input: TransitionHandoffInput, @Ctx() context: RequestContext): Promise<Handoff> {
    const { caller, side } = requireSide(context.caller, Side.KADERA, Side.PARTNER);
    const id = await transitionHandoff(context.em, caller, side, input);
    return context.em.findOneOrFail(Handoff, { id }, { populate: ['partner'], refresh: true });
  }

  // Queries here populate the partner (the list when partner is selected); the loader covers any path that did not, one query per page.
  @Access(...HANDOFF_READERS)
  @Policy(POLICY.ownHandoff)
  @FieldResolver(() => PartnerOrganisation)
  async partner(@Root() handoff: Handoff, @Ctx() context: RequestContext): Promise<PartnerOrganisation> {
    if (wrap(handoff.partner).isInitialized()) return handoff.partner;
    const partner = await partnerOrganisationLoader(context).load(handoff.partner.id);
    if (!partner) throw new Error(`handoff ${handoff.id} points at a missing partner organisation`);
    return partner;
  }

  @Access(...HANDOFF_READERS)
  @Policy(POLICY.ownHandoff)
  @FieldResolver(() => Client)
  client(@Root() handoff: Handoff): Client {
    return { id: handoff.clientId };
  }

  @Access(...HANDOFF_READERS)
  @Policy(POLICY.ownHandoff)
  @FieldResolver(() => Boolean, {
    description: `Past its due date and the partner has not yet accepted or rejected it (${AWAITING_RESPONSE.join(' or ')}).`,
  })
  overdue(@Root() handoff: Handoff): boolean {
    return isOverdue(handoff);
  }

  @Access(...HANDOFF_READERS)
  @Policy(POLICY.ownHandoff)
  @FieldResolver(() => HandoffOutcome, { nullable: true, description: 'How it ended; set when the partner closes it.' })
  outcome(@Root() handoff: Handoff): HandoffOutcome | null {
    if (handoff.outcomeSuccessful === null || handoff.outcomeSuccessful === undefined || !handoff.outcomeReason) return null;
    return { successful: handoff.outcomeSuccessful, reasonCode: handoff.outcomeReason, note: handoff.outcomeNote ?? null };
  }

  @Access(...HANDOFF_READERS)
  @Policy(POLICY.ownHandoff)
  @ListSize(10)
  @FieldResolver(() => [HandoffStatusChange], { description: 'Every status change, the creation first.' })
  history(@Root() handoff: Handoff, @Ctx() context: RequestContext): Promise<HandoffStatusChange[]> {
    return handoffHistoryLoader(context).load(handoff.id);
  }
}
