import type { RequestContext } from '@hub/common';
import { Ctx, Query, Resolver } from 'type-graphql';
import { PlacementType } from './placement-type';
import { PlacementTypeCapacity } from './placement-type-capacity';
import { PlacementUnit } from './placement-unit.entity';
import { Stay } from './stay.entity';

const PLACEMENT_TYPES = Object.values(PlacementType);

@Resolver(() => PlacementUnit)
export class PlacementUnitResolver {
  @Query(() => [PlacementTypeCapacity], {
    description: 'Capacity and current occupancy per placement type, summed over locations; one row for every type.',
  })
  async shelterCapacity(@Ctx() context: RequestContext): Promise<PlacementTypeCapacity[]> {
    const { em } = context;
    const schema = em.config.get('schema');
    const table = (entity: typeof PlacementUnit | typeof Stay) =>
      em.getPlatform().quoteIdentifier(`${schema}.${em.getMetadata(entity).tableName}`);
    // Driven by the list of types, so a type with no units or no stays still gets its row.
    const rows = await em.execute<{ type: PlacementType; capacity: number; occupied: number; available: number }[]>(
      `select t.type,
              coalesce(sum(u.capacity), 0)::int as capacity,
              coalesce(sum(o.occupied), 0)::int as occupied,
              (coalesce(sum(u.capacity), 0) - coalesce(sum(o.occupied), 0))::int as available
         from unnest(array[${PLACEMENT_TYPES.map(() => '?').join(', ')}]::text[]) with ordinality as t(type, position)
         left join ${table(PlacementUnit)} u on u.type::text = t.type
         left join (select unit_id, count(*) as occupied
                      from ${table(Stay)}
                     where discharged_on is null
                     group by unit_id) o on o.unit_id = u.id
        group by t.type, t.position
        order by t.position`,
      PLACEMENT_TYPES,
    );
    return rows.map((row) => Object.assign(new PlacementTypeCapacity(), row));
  }
}
