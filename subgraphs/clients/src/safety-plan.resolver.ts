import { Access, requireSide, SAFETY_PLAN_ROLES, Side, type RequestContext } from '@hub/common';
import { Arg, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import { Client } from './client.entity';
import { SafetyPlan } from './safety-plan.entity';
import { SaveSafetyPlanInput } from './safety-plan.input';
import { safetyPlanByClientLoader } from './safety-plan.loader';
import { saveSafetyPlan } from './safety-plan-save';

@Resolver(() => SafetyPlan)
export class SafetyPlanResolver {
  @Access(...SAFETY_PLAN_ROLES)
  @Mutation(() => SafetyPlan, {
    description:
      "Creates a client's safety plan (no expectedVersion) or replaces the version read. Staff and shelter only. " +
      'Errors: BAD_USER_INPUT, NOT_FOUND (client), CONFLICT with extensions.currentVersion (a plan exists already, or expectedVersion is not the current one: nothing is written), FORBIDDEN.',
  })
  async saveSafetyPlan(@Arg('input', () => SaveSafetyPlanInput) input: SaveSafetyPlanInput, @Ctx() context: RequestContext): Promise<SafetyPlan> {
    const { caller } = requireSide(context.caller, Side.KADERA);
    const id = await saveSafetyPlan(context.em, input, caller.userId);
    return context.em.fork().findOneOrFail(SafetyPlan, { id });
  }
}

@Resolver(() => Client)
export class ClientSafetyPlanResolver {
  @Access(...SAFETY_PLAN_ROLES)
  @FieldResolver(() => SafetyPlan, { nullable: true, description: "The client's safety plan; null when none was made. Staff and shelter only." })
  safetyPlan(@Root() client: Client, @Ctx() context: RequestContext): Promise<SafetyPlan | null> {
    return safetyPlanByClientLoader(context).load(client.id);
  }
}
