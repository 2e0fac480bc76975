import type { ReactNode } from 'react';
import type { HubClient } from '../api/hub-client';
import { mayRunAll } from '../access/screen-access';
import { ShelterLocationNamesDocument, type ShelterLocationNamesQuery } from '../gql/graphql';
import { QueryStates } from '../query-states';
import { useHubQuery } from '../use-hub-query';
import type { LocationNames } from './capacity-units';
import type { SignedInCaller } from './registry';

/** The names of the shelter locations the caller may read by name, by location id (a location without one is left out). */
export const locationNames = (data: ShelterLocationNamesQuery): LocationNames =>
  new Map(data.shelterLocations.flatMap((l) => (l.name ? [[l.id, l.name] as const] : [])));

interface WithLocationNamesProps {
  client: HubClient;
  caller: SignedInCaller;
  children: (names: LocationNames) => ReactNode;
}

/**
 * A shelter location's name is confidential: asked for only when the caller's rules allow it, else no location is
 * named (a unit is then named by its region, capacity-units.ts).
 */
export function WithLocationNames({ client, caller, children }: WithLocationNamesProps) {
  if (!mayRunAll(caller.roles, [ShelterLocationNamesDocument])) return children(new Map());
  return <AskedLocationNames client={client}>{children}</AskedLocationNames>;
}

function AskedLocationNames({ client, children }: Omit<WithLocationNamesProps, 'caller'>) {
  const { result } = useHubQuery(client, ShelterLocationNamesDocument, {});
  return <QueryStates result={result}>{(data) => children(locationNames(data))}</QueryStates>;
}
