import type { EntityManager } from '@mikro-orm/postgresql';
import { dayOf, sqlTable, today, type StatisticsArea } from '@hub/common';
import { AftercareProgramme } from './aftercare-programme.entity';
import { AlarmDeployment } from './alarm-deployment.entity';
import { PlacementType } from './placement-type';
import { PlacementUnit } from './placement-unit.entity';
import { Stay } from './stay.entity';

/**
 * The raw (unprotected) figures behind placements' MunicipalityStatistics
 * fields, one grouped SQL statement each. Rows are attributed to the client's
 * municipality (the row's municipality_code); the year is [from, to), its
 * first day and the next year's first day in the organisation's calendar.
 * The caller protects them (disclosure.ts) before anything leaves the service.
 */

const PLACEMENT_TYPES = Object.values(PlacementType);
const list = (values: unknown[]) => values.map(() => '?').join(', ');

/**
 * The area's stays that overlap [from, to): admitted before the end, not discharged before the start.
 * Two ranges of the statistics index, discharged since the start and still open, each read from the
 * index alone; one `discharged_on is null or discharged_on >= ?` would make PostgreSQL either visit
 * every stay's heap page or read all of the municipality's stays since records began.
 */
function overlappingStays(em: EntityManager, area: StatisticsArea): { sql: string; params: unknown[] } {
  const codes = area.municipalityCodes;
  const [from, to] = [dayOf(area.from), dayOf(area.to)];
  const columns = 's.client_id, s.unit_id, s.admitted_on, s.discharged_on';
  const inArea = `s.municipality_code in (${list(codes)})`;
  return {
    sql: `(select ${columns} from ${sqlTable(em, Stay)} s where ${inArea} and s.discharged_on >= ?::date and s.admitted_on < ?::date
           union all
           select ${columns} from ${sqlTable(em, Stay)} s where ${inArea} and s.discharged_on is null and s.admitted_on < ?::date)`,
    params: [...codes, from, to, ...codes, to],
  };
}

export async function countClientsSheltered(em: EntityManager, area: StatisticsArea): Promise<number> {
  const stays = overlappingStays(em, area);
  const [row] = await em.execute<{ n: number }[]>(`select count(distinct s.client_id)::int as n from ${stays.sql} s`, stays.params);
  return row.n;
}

export interface TypeOccupancy {
  type: PlacementType;
  /** bed-days / (capacity x days of the year up to today); null without capacity or elapsed days. */
  rate: number | null;
  /** Distinct clients whose stays gave at least one bed-day: the basis for suppression. */
  clients: number;
}

/**
 * Bed-days of the area's clients per placement type: each stay's nights inside
 * the year, an ongoing stay counted up to today; summed per type and client
 * first (a hash aggregate), so the clients with a bed-day are counted from those
 * sums without the sort a `count(distinct)` per type needs (docs/benchmarks.md,
 * "Municipal statistics at scale": 5.0 against 3.4 ms at 4,700 stays). Capacity is the type's current
 * total over all locations (shared by every municipality, so a municipality's rate
 * is its share of the type's capacity). The days of a year still running are
 * the days up to today, so the current year is not diluted by days yet to come.
 */
export async function occupancyByPlacementType(em: EntityManager, area: StatisticsArea): Promise<TypeOccupancy[]> {
  const stays = overlappingStays(em, area);
  const [from, to, now] = [dayOf(area.from), dayOf(area.to), today()];
  return em.execute<TypeOccupancy[]>(
    `with window_days as (select greatest(least(?::date, ?::date) - ?::date, 0) as days),
          capacity as (select u.type::text as type, sum(u.capacity) as capacity
                         from ${sqlTable(em, PlacementUnit)} u group by u.type),
          per_client as (select u.type, s.client_id,
                                sum(greatest(least(coalesce(s.discharged_on, ?::date), ?::date) - greatest(s.admitted_on, ?::date), 0)) as days
                           from ${stays.sql} s
                           join ${sqlTable(em, PlacementUnit)} u on u.id = s.unit_id
                          group by u.type, s.client_id),
          used as (select type::text as type, sum(days) as bed_days, count(*) filter (where days > 0) as clients
                     from per_client group by type)
     select t.type,
            (coalesce(used.bed_days, 0)::float8 / nullif(capacity.capacity * window_days.days, 0))::float8 as rate,
            coalesce(used.clients, 0)::int as clients
       from unnest(array[${list(PLACEMENT_TYPES)}]::text[]) with ordinality as t(type, position)
      cross join window_days
       left join capacity on capacity.type = t.type
       left join used on used.type = t.type
      order by t.position`,
    [now, to, from, now, to, from, ...stays.params, ...PLACEMENT_TYPES],
  );
}

/** Stays discharged in the year: how many, and their total length in days (nights). */
export async function dischargedStays(em: EntityManager, area: StatisticsArea): Promise<{ stays: number; days: number }> {
  const codes = area.municipalityCodes;
  const [row] = await em.execute<{ stays: number; days: number }[]>(
    `select count(*)::int as stays, coalesce(sum(s.discharged_on - s.admitted_on), 0)::float8 as days
       from ${sqlTable(em, Stay)} s
      where s.municipality_code in (${list(codes)}) and s.discharged_on >= ?::date and s.discharged_on < ?::date`,
    [...codes, dayOf(area.from), dayOf(area.to)],
  );
  return row;
}

/** Rows of a table whose own date column falls in the year. */
async function countStarted(
  em: EntityManager,
  area: StatisticsArea,
  entity: typeof AftercareProgramme | typeof AlarmDeployment,
  dateColumn: 'started_on' | 'deployed_on',
): Promise<number> {
  const codes = area.municipalityCodes;
  const [row] = await em.execute<{ n: number }[]>(
    `select count(*)::int as n
       from ${sqlTable(em, entity)} r
      where r.municipality_code in (${list(codes)}) and r.${dateColumn} >= ?::date and r.${dateColumn} < ?::date`,
    [...codes, dayOf(area.from), dayOf(area.to)],
  );
  return row.n;
}

export const countAftercareStarted = (em: EntityManager, area: StatisticsArea) => countStarted(em, area, AftercareProgramme, 'started_on');

export const countAlarmsDeployed = (em: EntityManager, area: StatisticsArea) => countStarted(em, area, AlarmDeployment, 'deployed_on');
