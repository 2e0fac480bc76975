import { Access, checkCursor, connectionTypes, EMPTY_CONNECTION, Paged, pageSize, requireFilterAccess, toConnection, type RequestContext } from '@hub/common';
import { raw, type FilterQuery } from '@mikro-orm/core';
import type { GraphQLResolveInfo } from 'graphql';
import { Args, Ctx, Info, Query, Resolver } from 'type-graphql';
import { ownReferralScope } from './access-policies';
import { Referral, REFERRAL_READERS, REFERRER_REFERENCE_KEY_SQL } from './referral.entity';
import { REFERRAL_SEARCH_FILTERS, SearchReferralsArgs } from './referral-search.input';

const ReferralSearchConnection = connectionTypes(Referral, 'ReferralSearch', REFERRAL_READERS, { totalCount: true });

/** `%` and `_` in a search text match themselves. */
const likeLiteral = (text: string) => text.replace(/[\\%_]/g, (c) => `\\${c}`);

@Resolver(() => Referral)
export class ReferralSearchResolver {
  @Access(...REFERRAL_READERS)
  @Paged()
  @Query(() => ReferralSearchConnection, {
    description:
      "Referrals by the referrer's own reference (Kadera: any; a referrer: its own organisation's only) and, for Kadera, by referring organisation (id or a part of its name); most recently received first, with the total. Filters combine with AND. `client` on a result is the client the referral is for.",
  })
  async searchReferrals(@Args(() => SearchReferralsArgs) args: SearchReferralsArgs, @Ctx() context: RequestContext, @Info() info: GraphQLResolveInfo) {
    requireFilterAccess(info, context.caller, REFERRAL_SEARCH_FILTERS, args);
    const scope = ownReferralScope(context.caller);
    if (scope === null) return EMPTY_CONNECTION;
    const where: FilterQuery<Referral>[] = [];
    // In SQL, so paging and the total never pass through another organisation's rows.
    if (scope !== undefined) where.push({ referrerOrganisationId: scope });
    if (args.referrerOrganisationId != null) where.push({ referrerOrganisationId: args.referrerOrganisationId });
    if (args.referrerOrganisationName != null) where.push({ referrerOrganisationName: { $ilike: `%${likeLiteral(args.referrerOrganisationName.trim())}%` } });
    if (args.referrerReference != null) where.push({ [raw(REFERRER_REFERENCE_KEY_SQL)]: args.referrerReference.trim().toLowerCase() });
    const cursor = await context.em.findByCursor(
      Referral,
      { $and: where },
      {
        first: pageSize(args),
        after: checkCursor(args.after, 2),
        orderBy: { receivedAt: 'desc', id: 'desc' },
        includeCount: true,
      },
    );
    return toConnection(cursor);
  }
}
