import { hubError, notFound, type Caller, type RequestContext } from '@hub/common';
import { heldPlaces, lockUnit, recordSettled, settleUnit } from './offers';
import { PlacementUnit } from './placement-unit.entity';
import { Stay } from './stay.entity';
import type { SetUnitCapacityInput } from './unit-capacity.input';

/**
 * Sets a unit's number of places. More places are offered to the unit's waiting clients at once (offers.ts);
 * fewer may not drop below the places taken (current stays) and held (open offers): nobody is put out.
 */
export async function setUnitCapacity(context: RequestContext, caller: Caller, input: SetUnitCapacityInput): Promise<PlacementUnit> {
  const { em } = context;
  const settled = await em.transactional(async (tx) => {
    const unit = await lockUnit(tx, input.unitId);
    if (!unit) throw notFound('the placement unit');
    const first = await settleUnit(tx, unit, context, caller.userId);
    const inUse = (await tx.count(Stay, { unit, dischargedOn: null })) + (await heldPlaces(tx, unit, new Date()));
    if (input.capacity < inUse) {
      throw hubError('CONFLICT', `${inUse} places are taken or held by an open offer; the capacity cannot be lower`, {
        argument: 'input',
        field: 'capacity',
      });
    }
    unit.capacity = input.capacity;
    await tx.flush();
    return [first, await settleUnit(tx, unit, context, caller.userId)];
  });
  recordSettled(context, settled);
  return em.findOneOrFail(PlacementUnit, { id: input.unitId }, { populate: ['location'], refresh: true });
}
