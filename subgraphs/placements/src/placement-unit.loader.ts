import { wrap } from '@mikro-orm/core';
import { byKey, type RequestContext } from '@hub/common';
import { PlacementUnit } from './placement-unit.entity';

/**
 * Units with their location, all ids asked for in one tick in one query: for
 * stays and waitlist entries that reach a resolver without their unit populated.
 */
function placementUnitLoader(context: RequestContext) {
  return context.loader<string, PlacementUnit | null>('PlacementUnit', async (ids) => {
    const rows = await context.em.find(PlacementUnit, { id: { $in: [...ids] } }, { populate: ['location'] });
    return byKey(ids, rows, (row) => row.id);
  });
}

/** A row's unit with its location, from the row when populated, else batched. */
export async function loadedUnit(unit: PlacementUnit, context: RequestContext): Promise<PlacementUnit> {
  if (wrap(unit).isInitialized() && wrap(unit.location).isInitialized()) return unit;
  const loaded = await placementUnitLoader(context).load(unit.id);
  if (!loaded) throw new Error(`placement unit ${unit.id} is missing`);
  return loaded;
}
