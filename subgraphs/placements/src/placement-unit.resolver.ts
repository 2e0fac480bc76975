import { Access, KADERA_ROLES, type Region, ListSize, requireSide, Side, sqlTable, WHEREABOUTS_ROLES, type RequestContext } from '@hub/common';
import { Arg, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import { PlacementType } from './placement-type';
import { PlacementTypeCapacity } from './placement-type-capacity';
import { PlacementUnit } from './placement-unit.entity';
import { ShelterLocation } from './shelter-location.entity';
import { Stay } from './stay.entity';
import { UnitOccupancy } from './unit-occupancy';
import { setUnitCapacity } from './unit-capacity';
import { SetUnitCapacityInput } from './unit-capacity.input';
import { WaitlistEntry } from './waitlist-entry.entity';

interface OccupancyRow {
  unit_id: string;
  type: PlacementType;
  capacity: number;
  occupied: number;
  held: number;
  available: number;
  waiting: number;
  location_id: string;
  location_name: string;
  location_city: string;
  location_region: Region;
  location_address: string;
  location_is_secret: boolean;
}

const PLACEMENT_TYPES = Object.values(PlacementType);

/** Places each unit's open waitlist offers hold (offers.ts): an expired offer holds nothing, settled or not. */
const HELD_PER_UNIT = (em: RequestContext['em']) =>
  `select unit_id, count(*) as held from ${sqlTable(em, WaitlistEntry)} where status = 'OFFERED' and offer_expires_at > now() group by unit_id`;

@Resolver(() => PlacementUnit)
export class PlacementUnitResolver {
  @Access(...KADERA_ROLES)
  @ListSize(Object.values(PlacementType).length)
  @Query(() => [PlacementTypeCapacity], {
    description: 'Capacity, current occupancy and places held by open waitlist offers per placement type, summed over locations; one row for every type.',
  })
  async shelterCapacity(@Ctx() context: RequestContext): Promise<PlacementTypeCapacity[]> {
    const { em } = context;
    // Driven by the list of types, so a type with no units or no stays still gets its row.
    const rows = await em.execute<{ type: PlacementType; capacity: number; occupied: number; held: number; available: number }[]>(
      `select t.type,
              coalesce(sum(u.capacity), 0)::int as capacity,
              coalesce(sum(o.occupied), 0)::int as occupied,
              coalesce(sum(h.held), 0)::int as held,
              (coalesce(sum(u.capacity), 0) - coalesce(sum(o.occupied), 0) - coalesce(sum(h.held), 0))::int as available
         from unnest(array[${PLACEMENT_TYPES.map(() => '?').join(', ')}]::text[]) with ordinality as t(type, position)
         left join ${sqlTable(em, PlacementUnit)} u on u.type::text = t.type
         left join (select unit_id, count(*) as occupied
                      from ${sqlTable(em, Stay)}
                     where discharged_on is null
                     group by unit_id) o on o.unit_id = u.id
         left join (${HELD_PER_UNIT(em)}) h on h.unit_id = u.id
        group by t.type, t.position
        order by t.position`,
      PLACEMENT_TYPES,
    );
    return rows.map((row) => Object.assign(new PlacementTypeCapacity(), row));
  }

  @Access(...KADERA_ROLES)
  @ListSize(50)
  @Query(() => [UnitOccupancy], {
    description: 'Capacity, occupancy, places held by open offers and waitlist length for every unit (type at a location), by location name then type.',
  })
  async occupancy(@Ctx() context: RequestContext): Promise<UnitOccupancy[]> {
    const { em } = context;
    const rows = await em.execute<OccupancyRow[]>(
      `select u.id as unit_id, u.type, u.capacity,
              coalesce(s.occupied, 0)::int as occupied,
              coalesce(h.held, 0)::int as held,
              greatest(u.capacity - coalesce(s.occupied, 0) - coalesce(h.held, 0), 0)::int as available,
              coalesce(w.waiting, 0)::int as waiting,
              l.id as location_id, l.name as location_name, l.city as location_city, l.region as location_region,
              l.address as location_address, l.is_secret as location_is_secret
         from ${sqlTable(em, PlacementUnit)} u
         join ${sqlTable(em, ShelterLocation)} l on l.id = u.location_id
         left join (select unit_id, count(*) as occupied from ${sqlTable(em, Stay)}
                     where discharged_on is null group by unit_id) s on s.unit_id = u.id
         left join (select unit_id, count(*) as waiting from ${sqlTable(em, WaitlistEntry)}
                     where status = 'WAITING' group by unit_id) w on w.unit_id = u.id
         left join (${HELD_PER_UNIT(em)}) h on h.unit_id = u.id
        order by l.name, l.id, u.type`,
    );
    return rows.map((row) =>
      Object.assign(new UnitOccupancy(), {
        unitId: row.unit_id,
        type: row.type,
        capacity: row.capacity,
        occupied: row.occupied,
        held: row.held,
        available: row.available,
        waiting: row.waiting,
        location: em.map(ShelterLocation, {
          id: row.location_id,
          name: row.location_name,
          city: row.location_city,
          region: row.location_region,
          address: row.location_address,
          is_secret: row.location_is_secret,
        }),
      }),
    );
  }

  // Those who run the shelters set their places; intake does not.
  @Access(...WHEREABOUTS_ROLES)
  @Mutation(() => PlacementUnit, {
    description:
      "Sets a unit's number of places. Added places are offered to the unit's first waiting clients at once (waitlistOffers). " +
      'staff and shelter only. Errors: BAD_USER_INPUT, NOT_FOUND, CONFLICT (fewer than the places taken or held now), FORBIDDEN, UNAUTHENTICATED.',
  })
  async setUnitCapacity(@Arg('input', () => SetUnitCapacityInput) input: SetUnitCapacityInput, @Ctx() context: RequestContext): Promise<PlacementUnit> {
    const { caller } = requireSide(context.caller, Side.KADERA);
    return setUnitCapacity(context, caller, input);
  }
}
