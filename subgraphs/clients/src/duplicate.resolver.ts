import { Access, KADERA_ROLES, ListSize, requireFilterAccess, type RequestContext } from '@hub/common';
import type { GraphQLResolveInfo } from 'graphql';
import { Args, Ctx, Info, Query, Resolver } from 'type-graphql';
import { DuplicateCandidate } from './duplicate-candidate';
import { DUPLICATE_FILTERS, PossibleDuplicatesArgs } from './duplicate.input';
import { DUPLICATE_CANDIDATE_LIMIT, findDuplicateCandidates } from './duplicates';

@Resolver(() => DuplicateCandidate)
export class DuplicateResolver {
  @Access(...KADERA_ROLES)
  @ListSize(DUPLICATE_CANDIDATE_LIMIT)
  @Query(() => [DuplicateCandidate], {
    description: `Registered clients who may be this person, most likely first (at most ${DUPLICATE_CANDIDATE_LIMIT}): a similar name (typos allowed) and the same date of birth or municipality, each with its score and reasons. What intake checks before registering; registerClient refuses with the same candidates.`,
  })
  async possibleDuplicates(
    @Args(() => PossibleDuplicatesArgs) args: PossibleDuplicatesArgs,
    @Ctx() context: RequestContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<DuplicateCandidate[]> {
    requireFilterAccess(info, context.caller, DUPLICATE_FILTERS, args);
    return findDuplicateCandidates(context.em, args);
  }
}
