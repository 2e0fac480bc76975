import {
  Access,
  BSN_ENTRY_ROLES,
  bsnIndexOf,
  checkCursor,
  connectionTypes,
  idempotent,
  KADERA_ROLES,
  PageArgs,
  Paged,
  pageSize,
  requireSide,
  Side,
  hubError,
  toConnection,
  Uuid,
  type RequestContext,
} from '@hub/common';
import { Arg, Args, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import { Client } from './client.entity';
import { RegisterClientInput } from './client.input';
import { normaliseRegistration, registerClient } from './client-registration';
import { clientLoader } from './client.reference';
import { bsnKeysFrom } from './client-bsn';

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
      'Registers a client. Kadera staff only. Refused with CONFLICT (extensions.candidates: the ids of possibleDuplicates, most likely first) when a client with a similar name and the same date of birth or municipality exists, unless confirmNotDuplicate; and always when a client with the same BSN exists (extensions.candidates: that client).',
  })
  async registerClient(@Arg('input', () => RegisterClientInput) input: RegisterClientInput, @Ctx() context: RequestContext): Promise<Client> {
    const { caller } = requireSide(context.caller, Side.KADERA);
    const data = normaliseRegistration(input);
    const bsn = input.bsn == null ? undefined : { keys: bsnKeysFrom(context), value: input.bsn };
    if (bsn && !caller.roles.some((role) => BSN_ENTRY_ROLES.includes(role))) {
      throw hubError('FORBIDDEN', `access denied to input.bsn: only ${BSN_ENTRY_ROLES.join(' and ')} may record a BSN`, { argument: 'input.bsn' });
    }
    // The idempotency record keeps a hash of the input: the BSN goes in as its keyed hash, never as itself
    // (an unkeyed hash of a name, a date of birth and one of 90 million valid numbers can be searched).
    const hashed = bsn ? { ...input, bsn: bsnIndexOf(bsn.keys, bsn.value) } : input;
    const request = { key: input.idempotencyKey, operation: 'registerClient', scope: caller.organisationId ?? caller.userId, input: hashed };
    const id = await idempotent(context.em, request, (tx) =>
      // The candidates named in a refusal are a client-linked read: the access log gets them.
      registerClient(
        tx,
        data,
        input.confirmNotDuplicate === true,
        (ids) => ids.forEach((id) => context.access.record('ALLOWED', id, 'Mutation.registerClient')),
        bsn,
      ),
    );
    return context.em.findOneOrFail(Client, { id });
  }
}
