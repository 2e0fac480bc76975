import { badInput, hubError } from '../errors';
import { MUNICIPALITIES, Region } from '../domain/enums';
import { MUNICIPALITY_CODE } from '../domain/municipality-code';
import type { Caller } from '../domain/caller';
import { Side, sideOf } from '../domain/roles';
import { yearSpan } from '../domain/calendar';

/**
 * The area a statistics entity covers: a CBS municipality code, or for a
 * region total (staff only) the region's name, e.g. "TWENTE"; and the year,
 * as the instants [from, to) of the organisation's calendar year (Amsterdam
 * midnights). A date column compares with `dayOf(from)`..`dayOf(to)`.
 */
export interface StatisticsArea {
  municipalityCodes: string[];
  year: number;
  from: Date;
  to: Date;
}

const REGIONS: ReadonlySet<string> = new Set(Object.values(Region));
const isRegion = (value: string): value is Region => REGIONS.has(value);

export function statisticsArea(municipalityCode: string, year: number): StatisticsArea {
  if (!Number.isInteger(year) || year < 2000 || year > 2100) throw badInput('year must be a calendar year', { argument: 'year' });
  const region = isRegion(municipalityCode) ? municipalityCode : undefined;
  if (!region && !MUNICIPALITY_CODE.test(municipalityCode)) {
    throw badInput('municipalityCode must be a CBS code like GM0193, or a region for a region total', { argument: 'municipalityCode' });
  }
  const municipalityCodes = region
    ? Object.entries(MUNICIPALITIES)
        .filter(([, m]) => m.region === region)
        .map(([code]) => code)
    : [municipalityCode];
  return { municipalityCodes, year, ...yearSpan(year) };
}

/** Kadera sees every area; a municipality only its own code, never a region total or another's. */
export function mayReadArea(caller: Caller | undefined, municipalityCode: string): boolean {
  const side = sideOf(caller);
  if (side === Side.KADERA) return true;
  return side === Side.MUNICIPALITY && caller?.municipalityCode === municipalityCode;
}

export function requireArea(caller: Caller | undefined, municipalityCode: string): void {
  if (!mayReadArea(caller, municipalityCode)) {
    throw hubError('FORBIDDEN', 'a municipality may read only its own statistics');
  }
}

/** The `own-municipality` row rule, for every subgraph's MunicipalityStatistics fields. */
export const ownMunicipalityPolicy = {
  'own-municipality': (parent: { municipalityCode: string }, _args: unknown, context: { caller?: Caller }) =>
    mayReadArea(context.caller, parent.municipalityCode),
};

/**
 * `_entities` for MunicipalityStatistics in every contributing subgraph: the
 * key is the whole entity. A bad code or year is BAD_USER_INPUT; who may read
 * it is each field's policy. Async, so a bad representation fails only its own item.
 */
export const municipalityStatisticsReference = {
  MunicipalityStatistics: {
    __resolveReference: async (reference: { municipalityCode: string; year: number }) => {
      statisticsArea(reference.municipalityCode, reference.year);
      return { municipalityCode: reference.municipalityCode, year: reference.year };
    },
  },
};
