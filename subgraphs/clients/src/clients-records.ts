import { addCounts, removeLogged, retentionCutoff, type ClientRecords, type RemovedCounts, type RemoveHooks, type RemoveStep } from '@hub/common';
import type { EntityManager as SqlEntityManager } from '@mikro-orm/postgresql';

/** Every table of the client file, as it is removed: what refers to the client first, the client last. */
const erasureSteps = (clientId: string): RemoveStep[] =>
  [
    ['Child', 'child'],
    ['Consent', 'consent'],
    ['SafetyPlan', 'safety_plan'],
    ['ClientChange', 'client_change'],
    ['RiskLevelChange', 'risk_level_change'],
    ['DataExport', 'data_export'],
  ]
    .map(([type, table]): RemoveStep => ({ type, sql: `delete from "clients"."${table}" where client_id = ? returning id, client_id`, params: [clientId] }))
    .concat({ type: 'Client', sql: `delete from "clients"."client" where id = ? returning id, id as client_id`, params: [clientId] });

/** When anything of the client file last changed: the file, its histories, consents, safety plan or an export. */
const LAST_ACTIVITY = `greatest(c.updated_at,
  (select max(x.changed_at) from "clients"."client_change" x where x.client_id = c.id),
  (select max(x.changed_at) from "clients"."risk_level_change" x where x.client_id = c.id),
  (select max(greatest(x.recorded_at, x.withdrawn_at)) from "clients"."consent" x where x.client_id = c.id),
  (select max(x.updated_at) from "clients"."safety_plan" x where x.client_id = c.id),
  (select max(x.exported_at) from "clients"."data_export" x where x.client_id = c.id))`;

/** Removes the whole client file of one client, in one transaction with its access log entries (and whatever `hooks` do in it). */
export function eraseClientFile(em: SqlEntityManager, clientId: string, hooks?: RemoveHooks): Promise<RemovedCounts> {
  return removeLogged(em, erasureSteps(clientId), hooks);
}

class ChangedSince extends Error {}

/**
 * The clients service's part of retention and erasure (docs/security.md, "Retention and erasure"). The file itself
 * has no legal obligation to keep it (erasure on request is refused only by the other services' records), and it
 * expires once her case has ended everywhere: nothing open and nothing changed, here or in another service, within
 * the period.
 */
export const clientsRecords: ClientRecords = {
  erasureRefusals: async () => [],

  erase: (em, clientId) => eraseClientFile(em, clientId),

  async expire(em, periods, now, careElsewhere) {
    const cutoff = retentionCutoff(periods.clientFile, now);
    const rows = await em.execute<Array<{ id: string }>>(`select c.id from "clients"."client" c where ${LAST_ACTIVITY} < ? order by c.id`, [cutoff]);
    const care = await careElsewhere(rows.map((row) => row.id));
    const removed: RemovedCounts = {};
    for (const { id } of rows) {
      const elsewhere = care.get(id);
      if (elsewhere?.open || (elsewhere?.lastActivity && elsewhere.lastActivity >= cutoff)) continue;
      // One client per transaction: a failure leaves every client either whole or gone. Her file is locked and
      // checked again first: one changed since it was chosen stays.
      const gone = await eraseClientFile(em, id, {
        before: async (tx) => {
          const still = await tx.execute(`select c.id from "clients"."client" c where c.id = ? and ${LAST_ACTIVITY} < ? for update of c`, [id, cutoff]);
          if (!still.length) throw new ChangedSince();
        },
      }).catch((error) => {
        if (error instanceof ChangedSince) return {};
        throw error;
      });
      addCounts(removed, gone);
    }
    return removed;
  },
};
