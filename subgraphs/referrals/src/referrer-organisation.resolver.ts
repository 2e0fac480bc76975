import { Access, badInput, KADERA_ROLES, ListSize, Uuid, type RequestContext } from '@hub/common';
import { Arg, Ctx, Field, ID, ObjectType, Query, Resolver } from 'type-graphql';

/** The most organisations one lookup names. */
const REFERRER_NAMES_MAX = 100;

@ObjectType({ description: 'A referring organisation by the name it last gave itself on a referral.' })
export class ReferrerOrganisationName {
  @Access(...KADERA_ROLES)
  @Field(() => ID)
  id!: string;

  @Access(...KADERA_ROLES)
  @Field(() => String)
  name!: string;
}

/**
 * Referring organisations are kept nowhere but on their referrals: this names them, for a client's access
 * report (docs/access-log.md, "Reports"). Organisations only: no referral and no client, so nothing to log.
 */
@Resolver()
export class ReferrerOrganisationResolver {
  @Access(...KADERA_ROLES)
  @ListSize(REFERRER_NAMES_MAX)
  @Query(() => [ReferrerOrganisationName], {
    description: `The name each of these referring organisations gave itself on its latest referral; unknown ids are left out. At most ${REFERRER_NAMES_MAX} ids.`,
  })
  async referrerOrganisationNames(@Arg('ids', () => [Uuid]) ids: string[], @Ctx() context: RequestContext): Promise<ReferrerOrganisationName[]> {
    if (ids.length > REFERRER_NAMES_MAX) throw badInput(`ids: at most ${REFERRER_NAMES_MAX}`, { argument: 'ids' });
    if (ids.length === 0) return [];
    const rows = await context.em.getConnection().execute<Array<{ id: string; name: string }>>(
      `select distinct on (referrer_organisation_id) referrer_organisation_id as id, referrer_organisation_name as name
         from "referrals"."referral" where referrer_organisation_id = any(?::uuid[])
        order by referrer_organisation_id, received_at desc, id desc`,
      [`{${ids.join(',')}}`],
    );
    return rows.map((row) => Object.assign(new ReferrerOrganisationName(), row));
  }
}
