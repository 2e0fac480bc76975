import { byKey, type RequestContext } from '@hub/common';
import { PlacementUnit } from './placement-unit.entity';

/**
 * Units with their location, all ids asked for in one tick in one query: for
 * stays that reach a resolver without their unit populated.
 */
export function placementUnitLoader(context: RequestContext) {
  return context.loader<string, PlacementUnit | null>('PlacementUnit', async (ids) => {
    const rows = await context.em.find(PlacementUnit, { id: { $in: [...ids] } }, { populate: ['location'] });
    return byKey(ids, rows, (row) => row.id);
  });
}
