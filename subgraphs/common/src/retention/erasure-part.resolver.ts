import { Arg, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import { Access } from '../access/declarations';
import type { SubgraphName } from '../config';
import { Uuid } from '../domain/scalars';
import { hubError } from '../errors';
import { ExportDocument } from '../export/client-export';
import type { RequestContext } from '../server/request-context';
import { CLIENT_ERASURE_ROLES, type ClientRecords } from './client-records';

/** The query each subgraph answers the erasure check with, and the mutation that erases its part, by subgraph. */
export const erasureCheckQuery = (name: SubgraphName) => `${name}ErasureCheck`;
export const erasePartMutation = (name: SubgraphName) => `${name}EraseClient`;

/**
 * A subgraph's part of an erasure on request (docs/security.md, "Retention and erasure"): a check that changes nothing,
 * and the erasure of its own records, which only the clients service's `eraseClient` may ask for (as a peer, once
 * every part has been checked): a part erased on its own would skip the check of the others.
 */
export function erasurePartResolver(service: SubgraphName, records: ClientRecords) {
  @Resolver()
  class ErasurePartResolver {
    @Access(...CLIENT_ERASURE_ROLES)
    @Query(() => ExportDocument, {
      name: erasureCheckQuery(service),
      description: `Whether the ${service} service may erase one client's records now: \`refusals\`, each with a \`code\` (OPEN_CARE, RETENTION_OBLIGATION) and a message; none: it may. Changes nothing. Staff only; eraseClient asks it.`,
    })
    async check(@Arg('clientId', () => Uuid) clientId: string, @Ctx() context: RequestContext): Promise<Record<string, unknown>> {
      return { refusals: await records.erasureRefusals(context.em, clientId, new Date()) };
    }

    @Access(...CLIENT_ERASURE_ROLES)
    @Mutation(() => ExportDocument, {
      name: erasePartMutation(service),
      description: `Erases every record the ${service} service holds on one client (\`removed\`: rows per record type), logged. Asked only by eraseClient in the clients service, after every part was checked; from anywhere else FORBIDDEN.`,
    })
    async erase(@Arg('clientId', () => Uuid) clientId: string, @Ctx() context: RequestContext): Promise<Record<string, unknown>> {
      if (context.via !== 'clients') throw hubError('FORBIDDEN', 'a part of an erasure is erased only through eraseClient');
      return { removed: await records.erase(context.em, clientId, new Date()) };
    }
  }
  return ErasurePartResolver;
}
