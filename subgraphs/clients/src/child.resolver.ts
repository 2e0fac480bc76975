import { ConsentedTo, DataCategory, ListSize, type RequestContext } from '@hub/common';
import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { Child } from './child.entity';
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
