import { Access, ConsentedTo, DataCategory, idempotent, KADERA_ROLES, ListSize, requireSide, Side, type RequestContext } from '@hub/common';
import { Arg, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import { addChild, removeChild, updateChild } from './child-changes';
import { Child } from './child.entity';
import { AddChildInput, RemoveChildInput, UpdateChildInput } from './child.input';
import { childrenByClientLoader } from './child.loader';
import { Client } from './client.entity';

@Resolver(() => Client)
export class ClientChildrenResolver {
  @ConsentedTo(DataCategory.CHILDREN)
  @ListSize(10)
  @FieldResolver(() => [Child], { nullable: true, description: "The client's children, oldest first; youth services see them with consent." })
  children(@Root() client: Client, @Ctx() context: RequestContext): Promise<Child[]> {
    return childrenByClientLoader(context).load(client.id);
  }
}

@Resolver(() => Child)
export class ChildResolver {
  @Access(...KADERA_ROLES)
  @Mutation(() => Child, {
    description: "Adds a child to a client's file. Kadera only. Errors: BAD_USER_INPUT, NOT_FOUND (client), CONFLICT (idempotencyKey reused), FORBIDDEN.",
  })
  async addChild(@Arg('input', () => AddChildInput) input: AddChildInput, @Ctx() context: RequestContext): Promise<Child> {
    const { caller } = requireSide(context.caller, Side.KADERA);
    const request = { key: input.idempotencyKey, operation: 'addChild', scope: caller.organisationId ?? caller.userId, input };
    const id = await idempotent(context.em, request, (tx) => addChild(tx, input));
    return context.em.fork().findOneOrFail(Child, { id });
  }

  @Access(...KADERA_ROLES)
  @Mutation(() => Child, {
    description:
      'Changes a child in the version read. Kadera only. Errors: BAD_USER_INPUT, NOT_FOUND, CONFLICT with extensions.currentVersion (nothing written), FORBIDDEN.',
  })
  async updateChild(@Arg('input', () => UpdateChildInput) input: UpdateChildInput, @Ctx() context: RequestContext): Promise<Child> {
    requireSide(context.caller, Side.KADERA);
    await updateChild(context.em, input);
    return context.em.fork().findOneOrFail(Child, { id: input.id });
  }

  @Access(...KADERA_ROLES)
  @Mutation(() => Child, {
    description:
      'Removes a child from the file in the version read; answers the child as it was. Kadera only. Errors: NOT_FOUND, CONFLICT with extensions.currentVersion (nothing removed), FORBIDDEN.',
  })
  async removeChild(@Arg('input', () => RemoveChildInput) input: RemoveChildInput, @Ctx() context: RequestContext): Promise<Child> {
    requireSide(context.caller, Side.KADERA);
    return removeChild(context.em, input.id, input.expectedVersion);
  }
}
