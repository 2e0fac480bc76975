import {
  careQuery,
  sqlList,
  closedStatuses,
  refuseErasureIf,
  openStatuses,
  purgeWebhookEvents,
  removeLogged,
  retentionCutoff,
  type ClientRecords,
  type RemovedCounts,
  type ErasureRefusal,
  type RemoveStep,
} from '@hub/common';
import type { EntityManager as SqlEntityManager } from '@mikro-orm/postgresql';
import { HandoffStatus } from './handoff.workflow';

const OPEN = sqlList(openStatuses(HandoffStatus));
const CLOSED = sqlList(closedStatuses(HandoffStatus));
/** When anything last happened to a handoff: a change of the handoff, a note or a status change. */
const LAST_CHANGE = `greatest(h.updated_at,
  (select max(n.created_at) from "handoffs"."handoff_note" n where n.handoff_id = h.id),
  (select max(c.changed_at) from "handoffs"."handoff_status_change" c where c.handoff_id = h.id))`;

/** The handoffs matching `which` (a condition on `h`), removed with their notes and status history. */
const removeSteps = (which: string, params: unknown[]): RemoveStep[] => [
  {
    type: 'HandoffNote',
    sql: `delete from "handoffs"."handoff_note" n using "handoffs"."handoff" h where n.handoff_id = h.id and h.id in (select h.id from "handoffs"."handoff" h where ${which}) returning n.id, h.client_id`,
    params,
  },
  {
    type: 'HandoffStatusChange',
    sql: `delete from "handoffs"."handoff_status_change" c using "handoffs"."handoff" h where c.handoff_id = h.id and h.id in (select h.id from "handoffs"."handoff" h where ${which}) returning c.id, h.client_id`,
    params,
  },
  {
    type: 'Handoff',
    sql: `delete from "handoffs"."handoff" h where h.id in (select h.id from "handoffs"."handoff" h where ${which}) returning id, client_id`,
    params,
  },
];

async function refusals(em: SqlEntityManager, clientId: string): Promise<ErasureRefusal[]> {
  const [row] = await em.execute<Array<{ open: number }>>(
    `select count(*)::int as open from "handoffs"."handoff" where client_id = ? and status in (${OPEN})`,
    [clientId],
  );
  return row.open
    ? [
        {
          code: 'OPEN_CARE',
          message: `${row.open === 1 ? 'a handoff of hers to a partner is' : `${row.open} handoffs of hers to partners are`} still open: close them first`,
        },
      ]
    : [];
}

/** Removes the closed handoffs (with their notes and history) whose last change is before `cutoff`. */
async function expireHandoffs(em: SqlEntityManager, cutoff: Date): Promise<RemovedCounts> {
  // Decided once, before anything is removed: removing the notes would make the last change look older.
  const rows = await em.execute<
    Array<{
      id: string;
    }>
  >(`select h.id from "handoffs"."handoff" h where h.status in (${CLOSED}) and ${LAST_CHANGE} < ?`, [cutoff]);
  if (!rows.length) return {};
  return removeLogged(em, removeSteps('h.id = any(?::uuid[])', [`{${rows.map((row) => row.id).join(',')}}`]));
}

/** The handoffs service's part of retention and erasure (docs/security.md, "Retention and erasure"). */
export const handoffsRecords: ClientRecords = {
  erasureRefusals: (em, clientId) => refusals(em, clientId),

  async erase(em, clientId) {
    return removeLogged(em, removeSteps('h.client_id = ?', [clientId]), {
      before: async (tx) => {
        const found = await refusals(tx, clientId);
        refuseErasureIf('handoffs', 'handoffs', found);
      },
    });
  },

  async expire(em, periods, now) {
    const webhookEvents = await purgeWebhookEvents(em, retentionCutoff(periods.webhookDeliveries, now));
    const removed = await expireHandoffs(em, retentionCutoff(periods.handoffs, now));
    return webhookEvents ? { ...removed, webhookEvents } : removed;
  },

  careOf: (em, clientIds) =>
    careQuery(
      em,
      `select h.client_id, bool_or(h.status in (${OPEN})) as open, max(${LAST_CHANGE}) as last_activity
         from "handoffs"."handoff" h where h.client_id = any(?::uuid[]) group by h.client_id`,
      clientIds,
    ),
};
