import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { requireClient, badInput, checkTransition, dayOf, hubError, notFound, optionalText, Side, today, type Caller, type RequestContext } from '@hub/common';
import type { AcceptWaitlistOfferInput, AdmitClientInput, DischargeClientInput } from './admission.input';
import { AdmissionOutcome, AdmissionResult } from './admission.types';
import { municipalityOf } from './client-municipality';
import { createOnce } from './create-once';
import { notBefore } from './not-before';
import { heldPlaces, lockUnit, passOffer, recordSettled, settleUnit, type Settled } from './offers';
import { PlacementUnit } from './placement-unit.entity';
import { ShelterLocation } from './shelter-location.entity';
import { Stay } from './stay.entity';
import { WaitlistEntry } from './waitlist-entry.entity';
import { ON_THE_LIST, WAITLIST_TRANSITIONS, WaitlistStatus } from './waitlist.workflow';

/**
 * Admits a client when the unit has a place for her, else puts her on its waitlist. A place is hers when she
 * holds the unit's open offer, or when it is neither taken (a current stay) nor held (another client's open
 * offer). The unit row is locked (select ... for update) and settled (offers.ts) before counting, so concurrent
 * admissions, discharges and offers on one unit queue behind each other and each sees every change committed
 * before it: no overbooking, and no admission into a held place. The client is looked up first, so no lock
 * waits on the clients subgraph.
 */
export async function admitClient(context: RequestContext, caller: Caller, input: AdmitClientInput): Promise<AdmissionResult> {
  const { em } = context;
  const admittedOn = input.admittedOn ?? today();
  const municipalityCode = municipalityOf(await requireClient(context, input.clientId), input.municipalityCode);
  const { idempotencyKey, ...request } = input;
  let settled: Settled[] = [];
  const resultId = await createOnce(
    em,
    { key: idempotencyKey, operation: 'admitClient', scope: caller.organisationId ?? caller.userId, input: { ...request } },
    async (tx) => {
      if (!(await tx.findOne(ShelterLocation, { id: input.locationId }))) throw notFound('the location');
      const found = await tx.findOne(PlacementUnit, { location: input.locationId, type: input.placementType });
      if (!found) {
        throw badInput(`this location has no ${input.placementType} places`, { argument: 'input', field: 'placementType' });
      }
      const unit = (await lockUnit(tx, found.id))!;
      settled = [await settleUnit(tx, unit, context, caller.userId)];
      await refuseCurrentStay(tx, input.clientId, 'clientId');
      const onList = await tx.findOne(WaitlistEntry, { clientId: input.clientId, unit, status: { $in: [...ON_THE_LIST] } });
      const now = new Date();
      const placeIsHers = onList?.status === WaitlistStatus.OFFERED;
      const occupied = await tx.count(Stay, { unit, dischargedOn: null });
      if (placeIsHers || occupied + (await heldPlaces(tx, unit, now)) < unit.capacity) {
        if (onList) admitEntry(onList, caller, now);
        return admitInto(tx, unit, { clientId: input.clientId, municipalityCode, admittedOn }, caller);
      }
      if (onList) {
        throw hubError('CONFLICT', 'the unit is full and the client is already on its waitlist', { argument: 'input', field: 'clientId' });
      }
      const entry = tx.create(WaitlistEntry, {
        clientId: input.clientId,
        municipalityCode,
        unit,
        requestedAt: now,
        queuedAt: now,
        requestedByUserId: caller.userId,
      });
      await tx.flush();
      return entry.id;
    },
    // The partial unique indexes: one current stay per client, one place in a unit's queue.
    { message: 'the client was admitted or waitlisted by a concurrent request', field: 'clientId' },
  );
  recordSettled(context, settled);
  return loadAdmission(em, resultId);
}

/**
 * The client accepts the place her open offer holds: a stay begins, her entry is ADMITTED. The same path as
 * `admitClient` into her held place, without asking the clients subgraph again (the entry holds her id and
 * municipality). An offer that lapsed, was declined or withdrawn is INVALID_TRANSITION.
 */
export async function acceptWaitlistOffer(context: RequestContext, caller: Caller, input: AcceptWaitlistOfferInput): Promise<Stay> {
  const { em } = context;
  const admittedOn = input.admittedOn ?? today();
  const { idempotencyKey, ...request } = input;
  let settled: Settled[] = [];
  const stayId = await createOnce(
    em,
    { key: idempotencyKey, operation: 'acceptWaitlistOffer', scope: caller.organisationId ?? caller.userId, input: { ...request } },
    async (tx) => {
      const found = await tx.findOne(WaitlistEntry, { id: input.entryId });
      if (!found) throw notFound('the waitlist entry');
      const unit = (await lockUnit(tx, found.unit.id))!;
      settled = [await settleUnit(tx, unit, context, caller.userId)];
      const entry = await tx.findOneOrFail(WaitlistEntry, { id: input.entryId }, { lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true });
      if (entry.status !== WaitlistStatus.OFFERED) {
        throw hubError('INVALID_TRANSITION', 'the entry holds no open offer (it lapsed, was declined or withdrawn, or was never made)', {
          from: entry.status,
          to: WaitlistStatus.ADMITTED,
        });
      }
      notBefore(admittedOn, dayOf(entry.offeredAt!), 'admittedOn', 'the day of the offer');
      await refuseCurrentStay(tx, entry.clientId, 'entryId');
      admitEntry(entry, caller, new Date());
      return admitInto(tx, unit, { clientId: entry.clientId, municipalityCode: entry.municipalityCode, admittedOn }, caller);
    },
    { message: 'the client was admitted by a concurrent request', field: 'entryId' },
  );
  recordSettled(context, settled);
  return em.findOneOrFail(Stay, { id: stayId }, { populate: ['unit.location'], strategy: 'joined' });
}

/** The client declines the offered place: she waits again at the back of the queue, and the place goes to the next. */
export async function declineWaitlistOffer(context: RequestContext, caller: Caller, entryId: string): Promise<WaitlistEntry> {
  const { em } = context;
  const settled = await em.transactional(async (tx) => {
    const found = await tx.findOne(WaitlistEntry, { id: entryId });
    if (!found) throw notFound('the waitlist entry');
    const unit = (await lockUnit(tx, found.unit.id))!;
    const now = new Date();
    const lapsed = await settleUnit(tx, unit, context, caller.userId, now);
    const entry = await tx.findOneOrFail(WaitlistEntry, { id: entryId }, { lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true });
    if (entry.status !== WaitlistStatus.OFFERED) {
      throw hubError('INVALID_TRANSITION', 'the entry holds no open offer to decline', { from: entry.status, to: WaitlistStatus.WAITING });
    }
    passOffer(entry, now, caller.userId);
    await tx.flush();
    return [lapsed, await settleUnit(tx, unit, context, caller.userId, now)];
  });
  recordSettled(context, settled);
  return em.findOneOrFail(WaitlistEntry, { id: entryId }, { populate: ['unit.location'], strategy: 'joined', refresh: true });
}

/** Takes a client off the list; an offered place she held goes to the next client. */
export async function withdrawFromWaitlist(context: RequestContext, caller: Caller, entryId: string): Promise<WaitlistEntry> {
  const { em } = context;
  const settled = await em.transactional(async (tx) => {
    const found = await tx.findOne(WaitlistEntry, { id: entryId });
    if (!found) throw notFound('the waitlist entry');
    // The unit first, then the entry: the order every change to a unit's places takes, so none deadlocks.
    const unit = (await lockUnit(tx, found.unit.id))!;
    const now = new Date();
    const entry = await tx.findOneOrFail(WaitlistEntry, { id: entryId }, { lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true });
    checkTransition(WAITLIST_TRANSITIONS, entry.status, WaitlistStatus.WITHDRAWN, Side.KADERA, null);
    Object.assign(entry, { status: WaitlistStatus.WITHDRAWN, statusChangedAt: now, statusChangedByUserId: caller.userId });
    await tx.flush();
    return [await settleUnit(tx, unit, context, caller.userId, now)];
  });
  recordSettled(context, settled);
  return em.findOneOrFail(WaitlistEntry, { id: entryId }, { populate: ['unit.location'], strategy: 'joined', refresh: true });
}

async function refuseCurrentStay(tx: EntityManager, clientId: string, field: string): Promise<void> {
  if (await tx.count(Stay, { clientId, dischargedOn: null })) {
    throw hubError('CONFLICT', 'the client already has a current stay; discharge it first', { argument: 'input', field });
  }
}

function admitEntry(entry: WaitlistEntry, caller: Caller, now: Date): void {
  checkTransition(WAITLIST_TRANSITIONS, entry.status, WaitlistStatus.ADMITTED, Side.KADERA, null);
  Object.assign(entry, { status: WaitlistStatus.ADMITTED, statusChangedAt: now, statusChangedByUserId: caller.userId });
}

async function admitInto(
  tx: EntityManager,
  unit: PlacementUnit,
  stay: { clientId: string; municipalityCode: string; admittedOn: string },
  caller: Caller,
): Promise<string> {
  const created = tx.create(Stay, { ...stay, unit, admittedByUserId: caller.userId });
  await tx.flush();
  return created.id;
}

/** The result behind an id: a stay (admitted) or a waitlist entry; replays answer the same way. */
async function loadAdmission(em: EntityManager, id: string): Promise<AdmissionResult> {
  const stay = await em.findOne(Stay, { id }, { populate: ['unit.location'], strategy: 'joined' });
  if (stay) return Object.assign(new AdmissionResult(), { outcome: AdmissionOutcome.ADMITTED, stay, waitlistEntry: null });
  const entry = await em.findOneOrFail(WaitlistEntry, { id }, { populate: ['unit.location'], strategy: 'joined' });
  return Object.assign(new AdmissionResult(), { outcome: AdmissionOutcome.WAITLISTED, stay: null, waitlistEntry: entry });
}

/** Ends a stay. The freed place is offered to the unit's next waiting client (offers.ts), in the same transaction. */
export async function dischargeClient(context: RequestContext, caller: Caller, input: DischargeClientInput): Promise<Stay> {
  const { em } = context;
  const dischargedOn = input.dischargedOn ?? today();
  const reason = optionalText(input.reason);
  const settled = await em.transactional(async (tx) => {
    const found = await tx.findOne(Stay, { id: input.stayId });
    if (!found) throw notFound('the stay');
    const unit = (await lockUnit(tx, found.unit.id))!;
    // Locked, so two concurrent discharges cannot both see the stay open.
    const stay = await tx.findOneOrFail(Stay, { id: input.stayId }, { lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true });
    if (stay.dischargedOn) {
      throw hubError('INVALID_TRANSITION', 'the stay was already discharged', { from: 'DISCHARGED', to: 'DISCHARGED' });
    }
    notBefore(dischargedOn, stay.admittedOn, 'dischargedOn', 'admittedOn');
    Object.assign(stay, { dischargedOn, dischargeReason: reason, dischargedByUserId: caller.userId });
    await tx.flush();
    return [await settleUnit(tx, unit, context, caller.userId)];
  });
  recordSettled(context, settled);
  return em.findOneOrFail(Stay, { id: input.stayId }, { populate: ['unit.location'], strategy: 'joined', refresh: true });
}
