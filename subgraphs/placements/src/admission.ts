import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { requireClient, badInput, checkTransition, hubError, notFound, optionalText, Side, today, type Caller, type RequestContext } from '@hub/common';
import type { AdmitClientInput, DischargeClientInput } from './admission.input';
import { AdmissionOutcome, AdmissionResult } from './admission.types';
import { municipalityOf } from './client-municipality';
import { createOnce } from './create-once';
import { notBefore } from './not-before';
import { PlacementUnit } from './placement-unit.entity';
import { ShelterLocation } from './shelter-location.entity';
import { Stay } from './stay.entity';
import { WaitlistEntry } from './waitlist-entry.entity';
import { WAITLIST_TRANSITIONS, WaitlistStatus } from './waitlist.workflow';

/**
 * Admits a client when the unit has a place, else puts them on its waitlist.
 * The unit row is locked (select ... for update) before counting, so
 * concurrent admissions to one unit queue behind each other and the count
 * each one sees includes every stay committed before it: no overbooking.
 * The client is looked up first, so no lock waits on the clients subgraph.
 */
export async function admitClient(context: RequestContext, caller: Caller, input: AdmitClientInput): Promise<AdmissionResult> {
  const { em } = context;
  const admittedOn = input.admittedOn ?? today();
  const municipalityCode = municipalityOf(await requireClient(context, input.clientId), input.municipalityCode);
  const { idempotencyKey, ...request } = input;
  const resultId = await createOnce(
    em,
    { key: idempotencyKey, operation: 'admitClient', scope: caller.organisationId ?? caller.userId, input: { ...request } },
    async (tx) => {
      if (!(await tx.findOne(ShelterLocation, { id: input.locationId }))) throw notFound('the location');
      const unit = await tx.findOne(PlacementUnit, { location: input.locationId, type: input.placementType }, { lockMode: LockMode.PESSIMISTIC_WRITE });
      if (!unit) {
        throw badInput(`this location has no ${input.placementType} places`, { argument: 'input', field: 'placementType' });
      }
      if (await tx.count(Stay, { clientId: input.clientId, dischargedOn: null })) {
        throw hubError('CONFLICT', 'the client already has a current stay; discharge it first', { argument: 'input', field: 'clientId' });
      }
      const waiting = await tx.findOne(WaitlistEntry, { clientId: input.clientId, unit, status: WaitlistStatus.WAITING });
      const occupied = await tx.count(Stay, { unit, dischargedOn: null });
      if (occupied < unit.capacity) {
        if (waiting) {
          checkTransition(WAITLIST_TRANSITIONS, waiting.status, WaitlistStatus.ADMITTED, Side.KADERA, null);
          Object.assign(waiting, { status: WaitlistStatus.ADMITTED, statusChangedAt: new Date(), statusChangedByUserId: caller.userId });
        }
        const stay = tx.create(Stay, { clientId: input.clientId, municipalityCode, unit, admittedOn, admittedByUserId: caller.userId });
        await tx.flush();
        return stay.id;
      }
      if (waiting) {
        throw hubError('CONFLICT', 'the unit is full and the client is already on its waitlist', { argument: 'input', field: 'clientId' });
      }
      const entry = tx.create(WaitlistEntry, { clientId: input.clientId, municipalityCode, unit, requestedByUserId: caller.userId });
      await tx.flush();
      return entry.id;
    },
    // The partial unique indexes: one current stay per client, one place in a unit's queue.
    { message: 'the client was admitted or waitlisted by a concurrent request', field: 'clientId' },
  );
  return loadAdmission(em, resultId);
}

/** The result behind an id: a stay (admitted) or a waitlist entry; replays answer the same way. */
async function loadAdmission(em: EntityManager, id: string): Promise<AdmissionResult> {
  const stay = await em.findOne(Stay, { id }, { populate: ['unit.location'], strategy: 'joined' });
  if (stay) return Object.assign(new AdmissionResult(), { outcome: AdmissionOutcome.ADMITTED, stay, waitlistEntry: null });
  const entry = await em.findOneOrFail(WaitlistEntry, { id }, { populate: ['unit.location'], strategy: 'joined' });
  return Object.assign(new AdmissionResult(), { outcome: AdmissionOutcome.WAITLISTED, stay: null, waitlistEntry: entry });
}

/** Ends a stay. The freed place is not filled from the waitlist: staff choose who comes next. */
export async function dischargeClient(em: EntityManager, caller: Caller, input: DischargeClientInput): Promise<Stay> {
  const dischargedOn = input.dischargedOn ?? today();
  const reason = optionalText(input.reason);
  await em.transactional(async (tx) => {
    // Locked, so two concurrent discharges cannot both see the stay open.
    const stay = await tx.findOne(Stay, { id: input.stayId }, { lockMode: LockMode.PESSIMISTIC_WRITE });
    if (!stay) throw notFound('the stay');
    if (stay.dischargedOn) {
      throw hubError('INVALID_TRANSITION', 'the stay was already discharged', { from: 'DISCHARGED', to: 'DISCHARGED' });
    }
    notBefore(dischargedOn, stay.admittedOn, 'dischargedOn', 'admittedOn');
    Object.assign(stay, { dischargedOn, dischargeReason: reason, dischargedByUserId: caller.userId });
  });
  return em.findOneOrFail(Stay, { id: input.stayId }, { populate: ['unit.location'], strategy: 'joined', refresh: true });
}
