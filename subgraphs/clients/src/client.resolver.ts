import {
  Access,
  checkCursor,
  connectionTypes,
  idempotent,
  KADERA_ROLES,
  PageArgs,
  Paged,
  pageSize,
  requireSide,
  Side,
  toConnection,
  Uuid,
  type RequestContext,
} from '@hub/common';
import { Arg, Args, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import { Client } from './client.entity';
import { RegisterClientInput } from './client.input';
import { normaliseRegistration, registerClient } from './client-registration';
import { clientLoader } from './client.reference';

const ClientConnection = connectionTypes(Client, 'Client', KADERA_ROLES);

@Resolver(() => Client)
export class ClientResolver {
  @Access(...KADERA_ROLES)
  @Query(() => Client, { nullable: true, description: 'One client by id; null when there is none.' })
  async client(@Arg('id', () => Uuid) id: string, @Ctx() context: RequestContext): Promise<Client | null> {
    return clientLoader(context).load(id);
  }

  @Access(...KADERA_ROLES)
  @Paged()
  @Query(() => ClientConnection, { description: 'Clients, newest first.' })
  async clients(@Args(() => PageArgs) page: PageArgs, @Ctx() context: RequestContext) {
    const cursor = await context.em.findByCursor(
      Client,
      {},
      { first: pageSize(page), after: checkCursor(page.after), orderBy: { createdAt: 'desc', id: 'desc' }, includeCount: false },
    );
    return toConnection(cursor);
  }

  @Access(...KADERA_ROLES)
  @Mutation(() => Client, {
    description:
      'Registers a client. Kadera staff only. Refused with CONFLICT (extensions.candidates: the ids of possibleDuplicates, most likely first) when a client with a similar name and the same date of birth or municipality exists, unless confirmNotDuplicate.',
  })
  async registerClient(@Arg('input', () => RegisterClientInput) input: RegisterClientInput, @Ctx() context: RequestContext): Promise<Client> {
    const { caller } = requireSide(context.caller, Side.KADERA);
    const data = normaliseRegistration(input);
    const request = { key: input.idempotencyKey, operation: 'registerClient', scope: caller.organisationId ?? caller.userId, input };
    const id = await idempotent(context.em, request, (tx) =>
      // The candidates named in a refusal are a client-linked read: the access log gets them.
      registerClient(tx, data, input.confirmNotDuplicate === true, (ids) =>
        ids.forEach((id) => context.access.record('ALLOWED', id, 'Mutation.registerClient')),
      ),
    );
    return context.em.findOneOrFail(Client, { id });
  }
}
