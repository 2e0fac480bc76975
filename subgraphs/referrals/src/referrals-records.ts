import {
  careQuery,
  sqlList,
  closedStatuses,
  refuseErasureIf,
  openStatuses,
  removeLogged,
  retentionCutoff,
  type ClientRecords,
  type ErasureRefusal,
} from '@hub/common';
import type { EntityManager as SqlEntityManager } from '@mikro-orm/postgresql';
import { ReferralStatus } from './referral.workflow';

const OPEN = sqlList(openStatuses(ReferralStatus));
const CLOSED = sqlList(closedStatuses(ReferralStatus));
/** When anything last happened to a referral: its receipt or its latest status change. */
const LAST_CHANGE = `greatest(r.received_at, (select max(c.changed_at) from "referrals"."referral_status_change" c where c.referral_id = r.id))`;

async function refusals(em: SqlEntityManager, clientId: string): Promise<ErasureRefusal[]> {
  const [row] = await em.execute<Array<{ open: number }>>(
    `select count(*)::int as open from "referrals"."referral" where client_id = ? and status in (${OPEN})`,
    [clientId],
  );
  return row.open
    ? [{ code: 'OPEN_CARE', message: `${row.open === 1 ? 'a referral of hers is' : `${row.open} referrals of hers are`} still open: close them first` }]
    : [];
}

/** The referrals service's part of retention and erasure (docs/security.md, "Retention and erasure"). */
export const referralsRecords: ClientRecords = {
  erasureRefusals: (em, clientId) => refusals(em, clientId),

  async erase(em, clientId) {
    return removeLogged(
      em,
      [
        {
          type: 'ReferralStatusChange',
          sql: `delete from "referrals"."referral_status_change" c using "referrals"."referral" r where c.referral_id = r.id and r.client_id = ? returning c.id, r.client_id`,
          params: [clientId],
        },
        { type: 'Referral', sql: `delete from "referrals"."referral" where client_id = ? returning id, client_id`, params: [clientId] },
      ],
      {
        before: async (tx) => {
          const found = await refusals(tx, clientId);
          refuseErasureIf('referrals', 'referrals', found);
        },
      },
    );
  },

  async expire(em, periods, now) {
    const cutoff = retentionCutoff(periods.referrals, now);
    // Every closed referral whose last change is past the period, linked to a client or not (a consultation, a referral turned down).
    const expired = `select r.id from "referrals"."referral" r where r.status in (${CLOSED}) and ${LAST_CHANGE} < ?`;
    return removeLogged(em, [
      {
        type: 'ReferralStatusChange',
        sql: `delete from "referrals"."referral_status_change" c using "referrals"."referral" r where c.referral_id = r.id and r.id in (${expired}) returning c.id, r.client_id`,
        params: [cutoff],
      },
      // Its history is gone by now, so the last change is its receipt: the same referrals as above.
      {
        type: 'Referral',
        sql: `delete from "referrals"."referral" r where r.status in (${CLOSED}) and r.received_at < ? and not exists (select 1 from "referrals"."referral_status_change" c where c.referral_id = r.id) returning id, client_id`,
        params: [cutoff],
      },
    ]);
  },

  careOf: (em, clientIds) =>
    careQuery(
      em,
      `select r.client_id, bool_or(r.status in (${OPEN})) as open, max(${LAST_CHANGE}) as last_activity
         from "referrals"."referral" r where r.client_id = any(?::uuid[]) group by r.client_id`,
      clientIds,
    ),
};
