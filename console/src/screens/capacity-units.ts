import type { OccupancyQuery } from '../gql/graphql';
import { placementTypeLabel } from '../i18n/labels';
import type { Language } from '../i18n/messages';

/** A unit of the capacity screen (a kind of place at a location), and how it is named. */
export type Unit = OccupancyQuery['occupancy'][number];
export type LocationNames = ReadonlyMap<string, string>;

/** A location by name where the caller may read it, else by region (and whether it is secret). */
export const locationLabel = (location: Unit['location'], names: LocationNames, secret: string) =>
  names.get(location.id) ?? `${location.region}${location.isSecret ? ` (${secret})` : ''}`;

/** A unit in words: its kind of place at its location. */
export const unitLabel = (unit: Pick<Unit, 'type' | 'location'>, names: LocationNames, language: Language, secret: string) =>
  `${placementTypeLabel(unit.type, language)}, ${locationLabel(unit.location, names, secret)}`;
