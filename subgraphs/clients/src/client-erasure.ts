import {
  addCounts,
  erasureCheckQuery,
  erasePartMutation,
  hubError,
  notFound,
  type ErasureRefusal,
  type RemovedCounts,
  type RequestContext,
  type SubgraphName,
} from '@hub/common';
import { clientsRecords, eraseClientFile } from './clients-records';
import { Client } from './client.entity';
import { ErasureRequest, ErasureStatus } from './erasure-request.entity';

/** The subgraphs that hold a part of a client's data besides this one, checked and erased as peers in this order. */
const PEER_PARTS: SubgraphName[] = ['placements', 'referrals', 'handoffs'];

/** What is never erased on request, and why: said in every answer. */
const KEPT = [
  {
    what: 'accessLog',
    why: 'The access log entries naming her are kept for their own retention (NEN 7513, at least five years), then purged with their checkpoint range: she may see them, not have them removed.',
  },
  {
    what: 'erasureRequest',
    why: 'This record of the request (who, when, why, what was removed, by counts), naming her by id only: the account of the erasure.',
  },
];

function answer(request: ErasureRequest): Record<string, unknown> {
  return {
    erasureId: request.id,
    clientId: request.clientId,
    status: request.status,
    requestedAt: request.requestedAt.toISOString(),
    erasedAt: request.erasedAt?.toISOString() ?? null,
    removed: request.removed,
    kept: KEPT,
  };
}

/**
 * Erasure on request (AVG art. 17; docs/security.md, "Retention and erasure"). Every part is checked first, changing
 * nothing: a refusal anywhere refuses the whole (ERASURE_REFUSED, `extensions.reasons`) and nothing is erased. Then
 * the request is recorded (PENDING), each peer erases its part, and the client file goes last, in one transaction
 * with the record marked ERASED. A peer failing midway leaves the request PENDING and the file in place:
 * ERASURE_INCOMPLETE, and asking again (each part's erasure is idempotent) finishes it.
 */
export async function eraseClient(context: RequestContext, clientId: string, reason: string): Promise<Record<string, unknown>> {
  const em = context.em;
  const [client, earlier] = await Promise.all([
    em.findOne(Client, { id: clientId }),
    em.findOne(ErasureRequest, { clientId }, { orderBy: { requestedAt: 'desc' } }),
  ]);
  if (!client) {
    // Already erased: the same answer again (a retry after a lost response).
    if (earlier?.status === ErasureStatus.ERASED) return answer(earlier);
    // Pending without a file cannot happen (the file goes last, with the status); no request: no such client.
    throw notFound('client');
  }

  const now = new Date();
  const refusals: Array<ErasureRefusal & { service: SubgraphName }> = (await clientsRecords.erasureRefusals(em, clientId, now)).map((r) => ({
    service: 'clients',
    ...r,
  }));
  for (const name of PEER_PARTS) {
    const field = erasureCheckQuery(name);
    const part = await context.peer<Record<string, { refusals: ErasureRefusal[] }>>(name, `query ($id: UUID!) { ${field}(clientId: $id) }`, { id: clientId });
    refusals.push(...part[field].refusals.map((r) => ({ service: name, ...r })));
  }
  if (refusals.length) {
    throw hubError('ERASURE_REFUSED', `the client's data cannot be erased now: ${refusals.map((r) => r.message).join('; ')}`, { reasons: refusals });
  }

  const request =
    earlier?.status === ErasureStatus.PENDING
      ? earlier
      : em.create(ErasureRequest, {
          clientId,
          requestedByUserId: context.caller?.userId ?? 'unknown',
          requestedByOrganisationId: context.caller?.organisationId ?? null,
          reason,
          requestId: context.requestId,
        });
  await em.flush();

  // What an earlier, unfinished attempt removed counts too.
  const removed: Record<string, RemovedCounts> = { ...request.removed };
  const erased: string[] = [];
  for (const name of PEER_PARTS) {
    const field = erasePartMutation(name);
    try {
      const part = await context.peer<Record<string, { removed: RemovedCounts }>>(name, `mutation ($id: UUID!) { ${field}(clientId: $id) }`, { id: clientId });
      removed[name] = addCounts({ ...removed[name] }, part[field].removed);
      erased.push(name);
      await em.nativeUpdate(ErasureRequest, { id: request.id }, { removed });
    } catch {
      context.logger.warn({ service: name, erasureId: request.id }, 'erasure incomplete: a part could not be erased');
      throw hubError(
        'ERASURE_INCOMPLETE',
        `the erasure is recorded but not complete: the ${name} service did not erase its part; ask again to finish it (nothing of the client file has been erased yet)`,
        { erasureId: request.id, service: name, erased },
      );
    }
  }
  const erasedAt = new Date();
  // The file and the record of its erasure in one transaction: PENDING with the file there, or ERASED with it gone.
  await eraseClientFile(em, clientId, {
    after: async (tx, file) => {
      removed.clients = file;
      await tx.nativeUpdate(ErasureRequest, { id: request.id }, { status: ErasureStatus.ERASED, erasedAt, removed });
    },
  });
  Object.assign(request, { status: ErasureStatus.ERASED, erasedAt, removed });
  return answer(request);
}
