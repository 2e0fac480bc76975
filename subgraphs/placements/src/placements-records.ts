import {
  careQuery,
  sqlList,
  refuseErasureIf,
  removeLogged,
  RETENTION_RULES,
  retentionCutoff,
  type ClientRecords,
  type ErasureRefusal,
  type RemoveStep,
} from '@hub/common';
import type { EntityManager as SqlEntityManager } from '@mikro-orm/postgresql';
import { ON_THE_LIST, WaitlistStatus } from './waitlist.workflow';

const CLOSED_ENTRY = Object.values(WaitlistStatus).filter((status) => !ON_THE_LIST.includes(status));
const day = (date: Date) => date.toISOString().slice(0, 10);

/** The records of one client, as they are removed: whatever ties to them first. */
const erasureSteps = (clientId: string): RemoveStep[] => [
  { type: 'WaitlistEntry', sql: `delete from "placements"."waitlist_entry" where client_id = ? returning id, client_id`, params: [clientId] },
  { type: 'Stay', sql: `delete from "placements"."stay" where client_id = ? returning id, client_id`, params: [clientId] },
  { type: 'AftercareProgramme', sql: `delete from "placements"."aftercare_programme" where client_id = ? returning id, client_id`, params: [clientId] },
  { type: 'AlarmDeployment', sql: `delete from "placements"."alarm_deployment" where client_id = ? returning id, client_id`, params: [clientId] },
];

async function refusals(em: SqlEntityManager, clientId: string, now: Date): Promise<ErasureRefusal[]> {
  const keepSince = day(retentionCutoff(RETENTION_RULES.placements.minimum, now));
  const [row] = await em.execute<Array<{ active_stays: number; waiting: number; aftercare: number; alarms: number; kept_from: string | null }>>(
    `select
       (select count(*) from "placements"."stay" where client_id = ? and discharged_on is null)::int as active_stays,
       (select count(*) from "placements"."waitlist_entry" where client_id = ? and status in (${sqlList(ON_THE_LIST)}))::int as waiting,
       (select count(*) from "placements"."aftercare_programme" where client_id = ? and ended_on is null)::int as aftercare,
       (select count(*) from "placements"."alarm_deployment" where client_id = ? and returned_on is null)::int as alarms,
       (select max(d) from (
          select max(discharged_on) as d from "placements"."stay" where client_id = ?
          union all select max(ended_on) from "placements"."aftercare_programme" where client_id = ?
          union all select max(returned_on) from "placements"."alarm_deployment" where client_id = ?) ended
        where d > ?::date)::text as kept_from`,
    [clientId, clientId, clientId, clientId, clientId, clientId, clientId, keepSince],
  );
  const found: ErasureRefusal[] = [];
  if (row.active_stays) found.push({ code: 'OPEN_CARE', message: 'she is staying at a shelter: discharge her first' });
  if (row.waiting) found.push({ code: 'OPEN_CARE', message: 'she is on a waitlist: withdraw her first' });
  if (row.aftercare) found.push({ code: 'OPEN_CARE', message: 'her aftercare programme is running: end it first' });
  if (row.alarms) found.push({ code: 'OPEN_CARE', message: 'she has an alarm: have it returned first' });
  if (row.kept_from) {
    const until = new Date(`${row.kept_from.slice(0, 10)}T00:00:00Z`);
    until.setUTCFullYear(until.getUTCFullYear() + RETENTION_RULES.placements.minimum.years);
    found.push({
      code: 'RETENTION_OBLIGATION',
      message: `her stays, aftercare and alarms are invoiced to the municipality: ${RETENTION_RULES.placements.obligation}, here until ${day(until)}`,
    });
  }
  return found;
}

/** The placements service's part of retention and erasure (docs/security.md, "Retention and erasure"). */
export const placementsRecords: ClientRecords = {
  erasureRefusals: refusals,

  async erase(em, clientId, now) {
    return removeLogged(em, erasureSteps(clientId), {
      before: async (tx) => {
        // Checked again inside the transaction: care opened since the check stops the erasure here.
        const found = await refusals(tx, clientId, now);
        refuseErasureIf('placements', 'placements records', found);
      },
    });
  },

  async expire(em, periods, now) {
    const cutoff = day(retentionCutoff(periods.placements, now));
    const instant = retentionCutoff(periods.placements, now);
    return removeLogged(em, [
      {
        type: 'WaitlistEntry',
        sql: `delete from "placements"."waitlist_entry" where status in (${sqlList(CLOSED_ENTRY)}) and coalesce(status_changed_at, queued_at) < ? returning id, client_id`,
        params: [instant],
      },
      { type: 'Stay', sql: `delete from "placements"."stay" where discharged_on < ?::date returning id, client_id`, params: [cutoff] },
      { type: 'AftercareProgramme', sql: `delete from "placements"."aftercare_programme" where ended_on < ?::date returning id, client_id`, params: [cutoff] },
      { type: 'AlarmDeployment', sql: `delete from "placements"."alarm_deployment" where returned_on < ?::date returning id, client_id`, params: [cutoff] },
    ]);
  },

  careOf: (em, clientIds) =>
    careQuery(
      em,
      `select client_id, bool_or(open) as open, max(at) as last_activity from (
         select client_id, discharged_on is null as open, coalesce(discharged_on, admitted_on)::timestamptz as at from "placements"."stay" where client_id = any(?::uuid[])
         union all select client_id, status in (${sqlList(ON_THE_LIST)}), coalesce(status_changed_at, queued_at) from "placements"."waitlist_entry" where client_id = any(?::uuid[])
         union all select client_id, ended_on is null, greatest(coalesce(ended_on, started_on), last_reviewed_on)::timestamptz from "placements"."aftercare_programme" where client_id = any(?::uuid[])
         union all select client_id, returned_on is null, greatest(coalesce(returned_on, deployed_on), last_reviewed_on)::timestamptz from "placements"."alarm_deployment" where client_id = any(?::uuid[])
       ) care group by client_id`,
      clientIds,
      4,
    ),
};
