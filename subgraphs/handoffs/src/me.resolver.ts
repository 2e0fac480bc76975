import { ALL_ROLES, Access, hubError, PARTNER_ROLE_TYPES, requireCaller, sideOf, type RequestContext } from '@hub/common';
import { Ctx, Query, Resolver } from 'type-graphql';
import { Me } from './me';

@Resolver(() => Me)
export class MeResolver {
  @Access(...ALL_ROLES)
  @Query(() => Me, { description: 'The calling user: roles, side, organisation, municipality and partner type.' })
  me(@Ctx() context: RequestContext): Me {
    const caller = requireCaller(context.caller);
    const side = sideOf(caller);
    // parseCaller keeps only known roles, so a caller always has a side; fail closed all the same.
    if (!side) throw hubError('FORBIDDEN', 'the caller holds no known role');
    const partnerType = caller.roles.map((role) => PARTNER_ROLE_TYPES[role]).find((type) => type !== undefined);
    return {
      userId: caller.userId,
      roles: [...caller.roles],
      side,
      organisationId: caller.organisationId,
      municipalityCode: caller.municipalityCode,
      partnerType,
    };
  }
}
