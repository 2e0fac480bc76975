import {
  accessLogFor,
  CLIENT_EXPORT_VERSION,
  clientExportQuery,
  exportRecord,
  exportTimestamp,
  notFound,
  recordExport,
  type RequestContext,
  type SubgraphName,
} from '@hub/common';
import { Child } from './child.entity';
import { ClientChange } from './client-change.entity';
import { RiskLevelChange } from './client-risk-level-change.entity';
import { Client } from './client.entity';
import { Consent } from './consent.entity';
import { DataExport } from './data-export.entity';
import { EmergencyAccess } from './emergency-access.entity';
import { SafetyPlan } from './safety-plan.entity';

/** The subgraphs that hold a part of a client's data besides this one, asked as peers in this order. */
const PEER_PARTS: SubgraphName[] = ['placements', 'referrals', 'handoffs'];

/**
 * What the clients service holds on one client: the file (contact details included), safety plan, children, consents,
 * histories, earlier exports, and the times she was opened in an emergency (with the reason and review). Null: no such client.
 */
export async function clientsPart(context: RequestContext, clientId: string): Promise<Record<string, unknown> | null> {
  const em = context.em;
  const client = await em.findOne(Client, { id: clientId });
  if (!client) return null;
  const [children, consents, safetyPlan, changes, riskLevelHistory, exports, emergencyAccesses] = await Promise.all([
    em.find(Child, { client: clientId }, { orderBy: { dateOfBirth: 'asc', id: 'asc' } }),
    em.find(Consent, { client: clientId }, { orderBy: { recordedAt: 'asc', id: 'asc' } }),
    em.findOne(SafetyPlan, { client: clientId }),
    em.find(ClientChange, { client: clientId }, { orderBy: { changedAt: 'asc', id: 'asc' } }),
    em.find(RiskLevelChange, { client: clientId }, { orderBy: { changedAt: 'asc', id: 'asc' } }),
    em.find(DataExport, { client: clientId }, { orderBy: { exportedAt: 'asc', id: 'asc' } }),
    em.find(EmergencyAccess, { client: clientId }, { orderBy: { openedAt: 'asc', id: 'asc' } }),
  ]);
  return {
    client: exportRecord(client),
    safetyPlan: safetyPlan ? exportRecord(safetyPlan) : null,
    children: children.map(exportRecord),
    consents: consents.map(exportRecord),
    changes: changes.map(exportRecord),
    riskLevelHistory: riskLevelHistory.map(exportRecord),
    exports: exports.map(exportRecord),
    emergencyAccesses: emergencyAccesses.map(exportRecord),
  };
}

/**
 * The access log's entries about the client, read as the auditor's `accessLog` reads them. An entry may name
 * several clients (a search); only this client is said to be concerned, the others' ids are left out, and so
 * are the records and consents of such an entry (`objects`, `consentIds`), which may be the others'.
 */
async function accessLogPart(context: RequestContext, clientId: string): Promise<Array<Record<string, unknown>>> {
  const rows = await accessLogFor(context.em, clientId);
  return rows.map(({ clientIds, objects, consentIds, ...entry }) => {
    const hersAlone = clientIds.length === 1;
    return { ...entry, objects: hersAlone ? objects : [], consentIds: hersAlone ? consentIds : [], occurredAt: exportTimestamp(entry.occurredAt) };
  });
}

/**
 * The right of access export: every subgraph's part for one client, gathered as the caller (staff) through the
 * peers, with the access log entries about her. Each subgraph logs its part as an EXPORT; this one the request itself.
 */
export async function exportClientData(context: RequestContext, clientId: string, reason: string): Promise<Record<string, unknown>> {
  const generatedAt = new Date();
  const clients = await clientsPart(context, clientId);
  if (!clients) throw notFound('client');
  const peers = await Promise.all(
    PEER_PARTS.map(async (name) => {
      const field = clientExportQuery(name);
      const answer = await context.peer<Record<string, Record<string, unknown>>>(name, `query ($id: UUID!) { ${field}(clientId: $id) }`, { id: clientId });
      return [name, answer[field]] as const;
    }),
  );
  const accessLog = await accessLogPart(context, clientId);
  // Kept once every part is in: an export that failed on the way was never given out.
  const kept = context.em.create(DataExport, {
    client: clientId,
    exportedAt: generatedAt,
    exportedByUserId: context.caller?.userId ?? 'unknown',
    exportedByOrganisationId: context.caller?.organisationId ?? null,
    reason,
    requestId: context.requestId,
  });
  await context.em.flush();
  recordExport(context, clientId, 'Mutation.exportClientData');
  return {
    format: 'kadera-hub/client-data-export',
    version: CLIENT_EXPORT_VERSION,
    exportId: kept.id,
    clientId,
    generatedAt: exportTimestamp(generatedAt),
    requestedBy: { userId: context.caller?.userId ?? null, organisationId: context.caller?.organisationId ?? null, roles: context.caller?.roles ?? [] },
    reason,
    requestId: context.requestId,
    sections: { clients, ...Object.fromEntries(peers), accessLog },
  };
}
