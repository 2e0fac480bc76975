import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { checkTransition, Side, sqlTable, type RequestContext } from '@hub/common';
import { PlacementUnit } from './placement-unit.entity';
import { Stay } from './stay.entity';
import { WaitlistEntry } from './waitlist-entry.entity';
import { WAITLIST_TRANSITIONS, WaitlistStatus } from './waitlist.workflow';

/**
 * Waitlist offers (docs/workflows.md, "Waitlist offers"). A unit's places are taken (current stays), held (open
 * offers: OFFERED and not yet expired) or free. Settling a unit, under its row lock:
 * 1. every offer past its expiry lapses: the entry is WAITING again, at the back of the queue;
 * 2. each free place is offered to the next WAITING entry (queue order), for the offer time limit, skipping
 *    entries that passed an offer less than one time limit ago (a lone client who just declined is not
 *    offered the same place again at once).
 * There is no timer: whatever reads or writes a unit settles it first, and every count treats an expired offer as
 * holding nothing, so a lapse takes effect at the moment of expiry whoever looks first.
 */

/** What a settle changed: the clients whose entries it moved, for the access log (recorded after commit). */
export interface Settled {
  clientIds: string[];
}

/** The unit's row, locked until the transaction ends: every change to its places queues behind this. */
export async function lockUnit(tx: EntityManager, unitId: string): Promise<PlacementUnit | null> {
  return tx.findOne(PlacementUnit, { id: unitId }, { lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true });
}

/** Places of the unit held by open offers at `now`. */
export function heldPlaces(tx: EntityManager, unit: PlacementUnit, now: Date): Promise<number> {
  return tx.count(WaitlistEntry, { unit, status: WaitlistStatus.OFFERED, offerExpiresAt: { $gt: now } });
}

/** Lapses expired offers and offers free places; the unit must be locked by `tx` (lockUnit). */
export async function settleUnit(tx: EntityManager, unit: PlacementUnit, context: RequestContext, userId: string, now = new Date()): Promise<Settled> {
  const limitMs = context.settings.placements.waitlistOfferTimeLimitS * 1000;
  const clientIds: string[] = [];
  const lapsed = await tx.find(WaitlistEntry, { unit, status: WaitlistStatus.OFFERED, offerExpiresAt: { $lte: now } });
  for (const entry of lapsed) {
    // A lapse is the clock's doing, dated when the offer ran out; nobody's user id.
    passOffer(entry, entry.offerExpiresAt!, null);
    clientIds.push(entry.clientId);
  }
  const occupied = await tx.count(Stay, { unit, dischargedOn: null });
  const held = await heldPlaces(tx, unit, now);
  const free = unit.capacity - occupied - held;
  if (free > 0) {
    const next = await tx.find(
      WaitlistEntry,
      { unit, status: WaitlistStatus.WAITING, $or: [{ offerPassedAt: null }, { offerPassedAt: { $lte: new Date(now.getTime() - limitMs) } }] },
      { orderBy: { queuedAt: 'asc', id: 'asc' }, limit: free },
    );
    for (const entry of next) {
      checkTransition(WAITLIST_TRANSITIONS, entry.status, WaitlistStatus.OFFERED, Side.KADERA, null);
      Object.assign(entry, {
        status: WaitlistStatus.OFFERED,
        offeredAt: now,
        offerExpiresAt: new Date(now.getTime() + limitMs),
        statusChangedAt: now,
        statusChangedByUserId: userId,
      });
      clientIds.push(entry.clientId);
    }
  }
  await tx.flush();
  return { clientIds };
}

/** OFFERED -> WAITING (declined, or lapsed when `userId` is null): the back of the queue, one more offer passed. */
export function passOffer(entry: WaitlistEntry, at: Date, userId: string | null): void {
  checkTransition(WAITLIST_TRANSITIONS, entry.status, WaitlistStatus.WAITING, Side.KADERA, null);
  Object.assign(entry, {
    status: WaitlistStatus.WAITING,
    queuedAt: at,
    offerPassedAt: at,
    offersPassed: entry.offersPassed + 1,
    statusChangedAt: at,
    statusChangedByUserId: userId,
  });
}

/** Logs, as an UPDATE, the clients whose entries a settle moved; call once the transaction has committed. */
export function recordSettled(context: RequestContext, settled: Settled[]): void {
  for (const clientId of settled.flatMap((s) => s.clientIds)) context.access.record('ALLOWED', clientId, 'WaitlistEntry.status', 'UPDATE');
}

/**
 * Settles every unit that has something to settle (an expired offer, or a free place and an eligible waiting
 * client), each in a transaction of its own, in unit id order. A read does this first, so what it shows is current.
 * One cheap query when there is nothing to do.
 */
export async function settleAll(context: RequestContext, userId: string, now = new Date()): Promise<void> {
  const { em } = context;
  const limitMs = context.settings.placements.waitlistOfferTimeLimitS * 1000;
  const entries = sqlTable(em, WaitlistEntry);
  const rows = await em.execute<{ id: string }[]>(
    `select u.id from ${sqlTable(em, PlacementUnit)} u
      where exists (select 1 from ${entries} e where e.unit_id = u.id and e.status = 'OFFERED' and e.offer_expires_at <= ?)
         or (exists (select 1 from ${entries} e where e.unit_id = u.id and e.status = 'WAITING' and (e.offer_passed_at is null or e.offer_passed_at <= ?))
             and u.capacity > (select count(*) from ${sqlTable(em, Stay)} s where s.unit_id = u.id and s.discharged_on is null)
                            + (select count(*) from ${entries} e where e.unit_id = u.id and e.status = 'OFFERED' and e.offer_expires_at > ?))
      order by u.id`,
    [now, new Date(now.getTime() - limitMs), now],
  );
  const settled: Settled[] = [];
  for (const { id } of rows) {
    settled.push(
      await em.fork().transactional(async (tx) => {
        const unit = await lockUnit(tx, id);
        return unit ? settleUnit(tx, unit, context, userId, now) : { clientIds: [] };
      }),
    );
  }
  recordSettled(context, settled);
}
