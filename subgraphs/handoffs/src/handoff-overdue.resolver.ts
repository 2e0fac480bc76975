import {
  Access,
  checkCursor,
  connectionTypes,
  KADERA_ROLES,
  ListSize,
  PageArgs,
  Paged,
  pageSize,
  PartnerType,
  requireSide,
  Side,
  toConnection,
  Uuid,
  type RequestContext,
} from '@hub/common';
import { raw, type FilterQuery } from '@mikro-orm/core';
import { Arg, Args, ArgsType, Ctx, Field, Query, Resolver } from 'type-graphql';
import { HANDOFF_READERS, handoffRowScope } from './access-policies';
import { Handoff, overdueWhere } from './handoff.entity';
import { AWAITING_RESPONSE } from './handoff.workflow';
import { OverdueHandoffCount } from './overdue-handoff-count';
import { PartnerOrganisation } from './partner-organisation.entity';

const OverdueHandoffConnection = connectionTypes(Handoff, 'OverdueHandoff', HANDOFF_READERS, { totalCount: true });

/** Longest overdue first; the id keeps the cursor stable between handoffs due at one instant. */
const OVERDUE_ORDER = { dueAt: 'asc', id: 'asc' } as const;

const OVERDUE = `past their \`dueAt\` while the partner has not yet accepted or rejected them (${AWAITING_RESPONSE.join(', ')})`;

@ArgsType()
class OverdueHandoffsArgs extends PageArgs {
  @Field(() => PartnerType, { nullable: true })
  partnerType?: PartnerType;

  @Field(() => Uuid, { nullable: true })
  partnerOrganisationId?: string;
}

/** The overdue handoffs of one partner type or organisation, or all, as one SQL condition. */
function overdueFilter(partnerType: PartnerType | undefined | null, partnerOrganisationId: string | undefined | null, now: Date): FilterQuery<Handoff>[] {
  const and: FilterQuery<Handoff>[] = [overdueWhere(true, now)];
  if (partnerType) and.push({ partner: { partnerType } });
  if (partnerOrganisationId) and.push({ partner: partnerOrganisationId });
  return and;
}

interface CountRow {
  partnerId: string;
  count: number;
  oldestDueAt: Date;
}

@Resolver()
export class HandoffOverdueResolver {
  @Access(...HANDOFF_READERS)
  @Paged()
  @Query(() => OverdueHandoffConnection, {
    description: `The overdue handoffs: ${OVERDUE}, longest overdue first. \`totalCount\`: all of them. A partner sees only those addressed to its own organisation.`,
  })
  async overdueHandoffs(@Args(() => OverdueHandoffsArgs) args: OverdueHandoffsArgs, @Ctx() context: RequestContext) {
    requireSide(context.caller, Side.KADERA, Side.PARTNER);
    // The caller's own scope is one more AND term, so no argument can widen it.
    const where = { $and: [handoffRowScope(context.caller), ...overdueFilter(args.partnerType, args.partnerOrganisationId, new Date())] };
    const cursor = await context.em.findByCursor(Handoff, where, {
      first: pageSize(args),
      after: checkCursor(args.after, Object.keys(OVERDUE_ORDER).length),
      orderBy: OVERDUE_ORDER,
      populate: ['partner'],
      includeCount: true,
    });
    return toConnection(cursor);
  }

  @Access(...KADERA_ROLES)
  @ListSize(50)
  @Query(() => [OverdueHandoffCount], {
    description: `Per partner organisation with overdue handoffs (${OVERDUE}): how many, and the oldest due date; most first. Kadera only.`,
  })
  async overdueHandoffCounts(
    @Arg('partnerType', () => PartnerType, { nullable: true }) partnerType: PartnerType | null,
    @Ctx() context: RequestContext,
  ): Promise<OverdueHandoffCount[]> {
    requireSide(context.caller, Side.KADERA);
    const rows: CountRow[] = await context.em
      .createQueryBuilder(Handoff, 'h')
      .select([raw('h.partner_id as "partnerId"'), raw('count(*)::int as count'), raw('min(h.due_at) as "oldestDueAt"')])
      .where({ $and: overdueFilter(partnerType, null, new Date()) })
      .groupBy('h.partner')
      .execute('all', false);
    const partners = new Map((await context.em.find(PartnerOrganisation, { id: { $in: rows.map((row) => row.partnerId) } })).map((p) => [p.id, p]));
    return rows
      .map((row) => {
        const partnerOrganisation = partners.get(row.partnerId)!;
        return { partnerOrganisation, partnerType: partnerOrganisation.partnerType, count: row.count, oldestDueAt: new Date(row.oldestDueAt) };
      })
      .sort(
        (a, b) =>
          b.count - a.count || a.oldestDueAt.getTime() - b.oldestDueAt.getTime() || a.partnerOrganisation.name.localeCompare(b.partnerOrganisation.name),
      );
  }
}
