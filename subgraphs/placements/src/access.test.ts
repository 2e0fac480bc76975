import { randomUUID } from 'node:crypto';
import {
  ALL_ROLES,
  buildFederatedSchema,
  CLIENT_ERASURE_ROLES,
  CLIENT_EXPORT_ROLES,
  DEMO_CLIENTS,
  fieldRulesOf,
  KADERA_ROLES,
  PARTNER_ROLES,
  POLICY,
  STATISTICS_ROLES,
  WHEREABOUTS_ROLES,
  type Caller,
  type Role,
} from '@hub/common';
import { checkExportPart, startTestSubgraphs, type SubgraphResponse, testCallers, type TestSubgraphs } from '@hub/testing';
import { clientsSubgraph } from '@hub/testing/peers';
import { placementsSubgraph } from './subgraph';
import { admit, newClient, sql, unitAt } from './placement-test-support';

/**
 * Field access in the placements subgraph, over HTTP as the gateway would call it:
 * Kadera roles read placements; where a shelter is (name, city, address) only
 * staff and shelter see, by whatever route; every other role gets nothing.
 */

type Path = (string | number)[];
interface GraphQLErrorBody {
  message: string;
  path?: Path;
  extensions?: Record<string, unknown>;
}
interface LocationRow {
  id: string;
  name: string;
  city: string;
  address: string;
  region: string;
  is_secret: boolean;
}

const LOCATION = 'id region isSecret name city address';
/** Response key -> ShelterLocation column, for the queries that alias the whereabouts fields. */
const WHEREABOUTS: Record<string, 'name' | 'city' | 'address'> = { name: 'name', city: 'city', address: 'address' };

interface Route {
  name: string;
  query: string;
  variables?: () => Record<string, unknown>;
  keys?: Record<string, 'name' | 'city' | 'address'>;
}

const errorsOf = (response: SubgraphResponse) => (response.errors ?? []) as GraphQLErrorBody[];
const at = (data: unknown, path: Path) => path.reduce<any>((value, key) => (value == null ? undefined : value[key]), data);

/** Paths of every response key in `keys`, wherever it occurs in `data`. */
function pathsOf(data: unknown, keys: string[], path: Path = []): Path[] {
  if (Array.isArray(data)) return data.flatMap((item, i) => pathsOf(item, keys, [...path, i]));
  if (!data || typeof data !== 'object') return [];
  return Object.entries(data).flatMap(([key, value]) => (keys.includes(key) ? [[...path, key]] : pathsOf(value, keys, [...path, key])));
}

/** `data` with every whereabouts key set to null: what a caller without the whereabouts scope must get. */
function withoutWhereabouts(data: unknown, keys: string[]): unknown {
  if (Array.isArray(data)) return data.map((item) => withoutWhereabouts(item, keys));
  if (!data || typeof data !== 'object') return data;
  return Object.fromEntries(Object.entries(data).map(([key, value]) => [key, keys.includes(key) ? null : withoutWhereabouts(value, keys)]));
}

const sortedPaths = (paths: Path[]) => paths.map((p) => JSON.stringify(p)).sort();

describe('placements: field access', () => {
  let hub: TestSubgraphs;
  let locations: LocationRow[];
  /** Every string that would tell where a shelter is. */
  let secrets: string[];
  let safeHouse: { unitId: string; locationId: string };
  let safeHouseStayId: string;

  const ask = (caller: Caller, query: string, variables: Record<string, unknown> = {}) => hub.query('placements', query, variables, caller);

  /** Nothing in the body, data or errors, names a shelter's name, city or address. */
  function expectNoWhereabouts(response: SubgraphResponse) {
    for (const secret of secrets) expect(response.text).not.toContain(secret);
    for (const error of errorsOf(response)) {
      for (const secret of secrets) {
        expect(error.message).not.toContain(secret);
        expect(JSON.stringify(error.extensions ?? {})).not.toContain(secret);
      }
    }
  }

  /** Each whereabouts field is null with a FORBIDDEN error at exactly its path; nothing else failed. */
  function expectWhereaboutsDenied(response: SubgraphResponse, keys: string[]) {
    expect(response.status).toBe(200);
    expectNoWhereabouts(response);
    const denied = pathsOf(response.data, keys);
    expect(denied.length).toBeGreaterThan(0);
    for (const path of denied) expect(at(response.data, path)).toBeNull();
    const errors = errorsOf(response);
    for (const error of errors) {
      expect(error.message).toMatch(/^access denied to ShelterLocation\.(name|city|address)$/);
      expect(error.extensions).toEqual({ code: 'FORBIDDEN' });
    }
    expect(sortedPaths(errors.map((e) => e.path!))).toEqual(sortedPaths(denied));
  }

  /** No errors, and every whereabouts field holds the location's real value. */
  function expectWhereaboutsShown(response: SubgraphResponse, keys: Record<string, 'name' | 'city' | 'address'>) {
    expect(response.errors).toBeUndefined();
    const shown = pathsOf(response.data, Object.keys(keys));
    expect(shown.length).toBeGreaterThan(0);
    for (const path of shown) {
      const location = at(response.data, path.slice(0, -1));
      const row = locations.find((l) => l.id === location.id)!;
      expect(row).toBeDefined();
      expect(at(response.data, path)).toBe(row[keys[path[path.length - 1] as string]]);
    }
  }

  beforeAll(async () => {
    hub = await startTestSubgraphs([clientsSubgraph, placementsSubgraph]);
    locations = await sql<LocationRow>(hub, 'select id, name, city, address, region, is_secret from placements.shelter_location');
    expect(locations.length).toBe(3);
    secrets = locations.flatMap((l) => [l.name, l.city, l.address, ...l.address.split(', ')]);
    const unit = await unitAt(hub, 'Safe house', 'SAFE_HOUSE');
    safeHouse = { unitId: unit.unitId, locationId: unit.location.id };
    [{ id: safeHouseStayId }] = await sql(hub, 'select id from placements.stay where unit_id = ? and discharged_on is null', [unit.unitId]);
    // Fill the safe house and put one client on its waitlist, so the waitlist route has rows.
    let lastStayId = '';
    for (let i = unit.occupied; i < unit.capacity; i++) {
      const admitted = await admit(hub, {
        clientId: await newClient(hub),
        municipalityCode: 'GM0193',
        placementType: 'SAFE_HOUSE',
        locationId: unit.location.id,
      });
      expect(admitted.data.admitClient.outcome).toBe('ADMITTED');
      lastStayId = admitted.data.admitClient.stay.id;
    }
    for (let i = 0; i < 2; i++) {
      const waiting = await admit(hub, {
        clientId: await newClient(hub),
        municipalityCode: 'GM0193',
        placementType: 'SAFE_HOUSE',
        locationId: unit.location.id,
      });
      expect(waiting.data.admitClient.outcome).toBe('WAITLISTED');
    }
    // One place comes free: the first in line holds it (an open offer, for the waitlistOffers route); the house stays full for others.
    expect(
      (await hub.query('placements', `mutation ($id: UUID!) { dischargeClient(input: { stayId: $id }) { id } }`, { id: lastStayId }, testCallers.staff)).errors,
    ).toBeUndefined();
  });
  afterAll(async () => {
    await hub?.stop();
  });

  /** Every read route to a ShelterLocation. */
  const READ_ROUTES: Route[] = [
    { name: 'shelterLocations', query: `{ shelterLocations { ${LOCATION} } }` },
    {
      name: 'stay(id).location',
      query: `query ($id: UUID!) { stay(id: $id) { id admittedOn location { ${LOCATION} } } }`,
      variables: () => ({ id: safeHouseStayId }),
    },
    {
      name: 'stays.edges.node.location',
      query: `{ stays(first: 100) { edges { cursor node { id placementType location { ${LOCATION} } } } pageInfo { hasNextPage } } }`,
    },
    { name: 'longSafeHouseStays.location', query: `{ longSafeHouseStays { id lengthOfStayDays location { ${LOCATION} } } }` },
    { name: 'occupancy.location', query: `{ occupancy { unitId type capacity occupied available waiting location { ${LOCATION} } } }` },
    {
      name: 'waitlist entry location',
      query: `query ($type: PlacementType!, $locationId: UUID!) { waitlist(placementType: $type, locationId: $locationId) { id position client { id } location { ${LOCATION} } } }`,
      variables: () => ({ type: 'SAFE_HOUSE', locationId: safeHouse.locationId }),
    },
    {
      name: 'waitlistOffers.edges.node.location',
      query: `{ waitlistOffers { totalCount edges { node { id status offerExpiresAt client { id } location { ${LOCATION} } } } pageInfo { hasNextPage } } }`,
    },
    {
      name: 'aliases',
      query: '{ shelterLocations { id region where: address town: city label: name } }',
      keys: { where: 'address', town: 'city', label: 'name' },
    },
    {
      name: 'aliased root fields and the same field twice',
      query: '{ a: occupancy { unitId location { id street: address address } } b: shelterLocations { id address } }',
      keys: { street: 'address', address: 'address' },
    },
    {
      name: 'named fragment',
      query: `query { stays(first: 100) { edges { node { id location { ...Whereabouts } } } } } fragment Whereabouts on ShelterLocation { ${LOCATION} }`,
    },
    {
      name: 'nested named fragments',
      query:
        'query { longSafeHouseStays { ...StayWhere } } fragment StayWhere on Stay { id location { ...Where } } fragment Where on ShelterLocation { id isSecret address }',
    },
    {
      name: 'inline fragments and directives',
      query: '{ occupancy { unitId location { id ... on ShelterLocation { address } ... @include(if: true) { city name } } } }',
    },
    {
      name: 'variables in @include/@skip',
      query: 'query ($show: Boolean!) { shelterLocations { __typename id address @include(if: $show) city @skip(if: false) name @include(if: $show) } }',
      variables: () => ({ show: true }),
    },
  ];

  describe('intake sees placements but not where a shelter is', () => {
    it.each(READ_ROUTES.map((r) => [r.name, r] as const))('%s: everything but name, city and address; those FORBIDDEN', async (_name, route) => {
      const keys = Object.keys(route.keys ?? WHEREABOUTS);
      const variables = route.variables?.() ?? {};
      const intake = await ask(testCallers.intake, route.query, variables);
      expectWhereaboutsDenied(intake, keys);
      // Apart from the whereabouts, intake gets exactly what staff get: ids, region, isSecret, figures, stays.
      const staff = await ask(testCallers.staff, route.query, variables);
      expect(staff.errors).toBeUndefined();
      expect(intake.data).toEqual(withoutWhereabouts(staff.data, keys));
    });

    it('ids, region and isSecret of every location come back', async () => {
      const response = await ask(testCallers.intake, '{ shelterLocations { id region isSecret } }');
      expect(response.errors).toBeUndefined();
      const byId = (a: { id: string }, b: { id: string }) => a.id.localeCompare(b.id);
      expect([...response.data.shelterLocations].sort(byId)).toEqual(locations.map((l) => ({ id: l.id, region: l.region, isSecret: l.is_secret })).sort(byId));
      const occupancy = await ask(testCallers.intake, '{ occupancy { unitId capacity occupied location { id isSecret } } shelterCapacity { type capacity } }');
      expect(occupancy.errors).toBeUndefined();
      expect(occupancy.data.occupancy).toHaveLength(10);
      expect(occupancy.data.shelterCapacity.reduce((sum: number, t: { capacity: number }) => sum + t.capacity, 0)).toBe(61);
    });

    it('mutations: the stay and waitlist entry intake creates, withdraws or discharges carry no whereabouts', async () => {
      await runMutationRoutes(testCallers.intake, (response) => expectWhereaboutsDenied(response, Object.keys(WHEREABOUTS)));
    });

    it('error messages of a refused admission name no location', async () => {
      const zwolle = locations.find((l) => l.name === 'Kadera Zwolle')!;
      const wrongType = await ask(testCallers.intake, ADMIT_ALL, {
        input: { clientId: await newClient(hub), municipalityCode: 'GM0193', placementType: 'SAFE_HOUSE', locationId: zwolle.id },
      });
      expect(errorsOf(wrongType)[0].extensions?.code).toBe('BAD_USER_INPUT');
      expectNoWhereabouts(wrongType);
      const unknown = await ask(testCallers.intake, ADMIT_ALL, {
        input: { clientId: await newClient(hub), municipalityCode: 'GM0193', placementType: 'SAFE_HOUSE', locationId: randomUUID() },
      });
      expect(errorsOf(unknown)[0].extensions?.code).toBe('NOT_FOUND');
      expectNoWhereabouts(unknown);
    });

    it('_entities does not resolve a ShelterLocation', async () => {
      const representations = [{ __typename: 'ShelterLocation', id: safeHouse.locationId }];
      for (const caller of [testCallers.intake, testCallers.partner(0)]) {
        const spread = await ask(caller, 'query ($r: [_Any!]!) { _entities(representations: $r) { ... on ShelterLocation { id address city name } } }', {
          r: representations,
        });
        // ShelterLocation is no entity: the spread does not even validate.
        expect(errorsOf(spread).map((e) => e.extensions?.code)).toEqual(['GRAPHQL_VALIDATION_FAILED']);
        expect(spread.data).toBeUndefined();
        expectNoWhereabouts(spread);
        const typename = await ask(caller, 'query ($r: [_Any!]!) { _entities(representations: $r) { __typename } }', { r: representations });
        expect(typename.data._entities).toEqual([null]);
        expect(errorsOf(typename).length).toBe(1);
        expectNoWhereabouts(typename);
      }
    });
  });

  describe.each([
    ['staff', testCallers.staff],
    ['shelter', testCallers.shelter],
  ] as const)('%s sees where a shelter is', (_role, caller) => {
    it.each(READ_ROUTES.map((r) => [r.name, r] as const))('%s', async (_name, route) => {
      expectWhereaboutsShown(await ask(caller, route.query, route.variables?.() ?? {}), route.keys ?? WHEREABOUTS);
    });

    it('mutations return the location in full', async () => {
      await runMutationRoutes(caller, (response) => expectWhereaboutsShown(response, WHEREABOUTS));
    });
  });

  const ADMIT_ALL = `mutation ($input: AdmitClientInput!) {
    admitClient(input: $input) { outcome stay { id location { ${LOCATION} } } waitlistEntry { id location { ${LOCATION} } } }
  }`;

  /** Waitlists a client at the full safe house and withdraws it; admits one in Zwolle and discharges it. */
  async function runMutationRoutes(caller: Caller, check: (response: SubgraphResponse) => void) {
    const waitlisted = await ask(caller, ADMIT_ALL, {
      input: { clientId: await newClient(hub), municipalityCode: 'GM0193', placementType: 'SAFE_HOUSE', locationId: safeHouse.locationId },
    });
    expect(waitlisted.data.admitClient.outcome).toBe('WAITLISTED');
    check(waitlisted);
    const withdrawn = await ask(caller, `mutation ($id: UUID!) { withdrawFromWaitlist(id: $id) { id status location { ${LOCATION} } } }`, {
      id: waitlisted.data.admitClient.waitlistEntry.id,
    });
    expect(withdrawn.data.withdrawFromWaitlist.status).toBe('WITHDRAWN');
    check(withdrawn);

    const zwolle = locations.find((l) => l.name === 'Kadera Zwolle')!;
    const admitted = await ask(caller, ADMIT_ALL, {
      input: { clientId: await newClient(hub), municipalityCode: 'GM0193', placementType: 'CRISIS_RELIEF', locationId: zwolle.id },
    });
    expect(admitted.data.admitClient.outcome).toBe('ADMITTED');
    check(admitted);
    const discharged = await ask(
      caller,
      `mutation ($input: DischargeClientInput!) { dischargeClient(input: $input) { id dischargedOn location { ${LOCATION} } } }`,
      {
        input: { stayId: admitted.data.admitClient.stay.id },
      },
    );
    expect(discharged.data.dischargeClient.dischargedOn).toBeTruthy();
    check(discharged);
  }

  describe('partners, referrers, municipalities and the auditor get nothing from placements', () => {
    const OUTSIDERS: [string, Caller][] = [
      ['auditor', testCallers.auditor],
      ['referrer 0', testCallers.referrer(0)],
      ['referrer 2', testCallers.referrer(2)],
      ['municipality GM0193', testCallers.municipality('GM0193')],
      ['municipality GM0153', testCallers.municipality('GM0153')],
      // Two organisations of every partner type.
      ...Array.from({ length: 10 }, (_, i) => [`partner ${i} (${testCallers.partner(i).roles[0]})`, testCallers.partner(i)] as [string, Caller]),
    ];

    /** One operation per root field, with arguments that would succeed for a Kadera caller. */
    async function operations(): Promise<Array<{ type: 'Query' | 'Mutation'; field: string; query: string; variables?: Record<string, unknown> }>> {
      const [openStay] = await sql(hub, 'select id from placements.stay where discharged_on is null order by id limit 1');
      const [running] = await sql(hub, 'select id, client_id from placements.aftercare_programme where ended_on is null order by id limit 1');
      const [deployed] = await sql(hub, 'select id from placements.alarm_deployment where returned_on is null order by id limit 1');
      const [waiting] = await sql(hub, "select id from placements.waitlist_entry where status = 'WAITING' order by id limit 1");
      const [offered] = await sql(hub, "select id from placements.waitlist_entry where status = 'OFFERED' order by id limit 1");
      const zwolle = locations.find((l) => l.name === 'Kadera Zwolle')!;
      const clientId = await newClient(hub);
      return [
        { type: 'Query', field: 'shelterCapacity', query: '{ shelterCapacity { type capacity occupied available } }' },
        { type: 'Query', field: 'occupancy', query: `{ occupancy { unitId occupied location { ${LOCATION} } } }` },
        { type: 'Query', field: 'shelterLocations', query: `{ shelterLocations { ${LOCATION} } }` },
        { type: 'Query', field: 'stays', query: `{ stays { edges { node { id client { id } location { ${LOCATION} } } } } }` },
        { type: 'Query', field: 'stay', query: `query ($id: UUID!) { stay(id: $id) { id location { ${LOCATION} } } }`, variables: { id: safeHouseStayId } },
        { type: 'Query', field: 'longSafeHouseStays', query: `{ longSafeHouseStays { id location { ${LOCATION} } } }` },
        {
          type: 'Query',
          field: 'waitlist',
          query: `query ($locationId: UUID!) { waitlist(placementType: SAFE_HOUSE, locationId: $locationId) { id location { ${LOCATION} } } }`,
          variables: { locationId: safeHouse.locationId },
        },
        {
          type: 'Query',
          field: 'aftercarePrograms',
          query: 'query ($id: UUID!) { aftercarePrograms(clientId: $id) { id client { id } } }',
          variables: { id: running.client_id },
        },
        {
          type: 'Query',
          field: 'alarmDeployments',
          query: 'query ($id: UUID!) { alarmDeployments(clientId: $id) { id deviceSerial } }',
          variables: { id: DEMO_CLIENTS[0].id },
        },
        {
          type: 'Query',
          field: 'placementsDataExport',
          query: 'query ($id: UUID!) { placementsDataExport(clientId: $id) }',
          variables: { id: DEMO_CLIENTS[0].id },
        },
        {
          type: 'Query',
          field: 'placementsErasureCheck',
          query: 'query ($id: UUID!) { placementsErasureCheck(clientId: $id) }',
          variables: { id: DEMO_CLIENTS[0].id },
        },
        {
          type: 'Mutation',
          field: 'placementsEraseClient',
          query: 'mutation ($id: UUID!) { placementsEraseClient(clientId: $id) }',
          variables: { id: DEMO_CLIENTS[0].id },
        },
        {
          type: 'Mutation',
          field: 'admitClient',
          query: ADMIT_ALL,
          variables: { input: { clientId, municipalityCode: 'GM0193', placementType: 'CRISIS_RELIEF', locationId: zwolle.id } },
        },
        {
          type: 'Mutation',
          field: 'dischargeClient',
          query: 'mutation ($id: UUID!) { dischargeClient(input: { stayId: $id }) { id } }',
          variables: { id: openStay.id },
        },
        {
          type: 'Mutation',
          field: 'withdrawFromWaitlist',
          query: `mutation ($id: UUID!) { withdrawFromWaitlist(id: $id) { id location { ${LOCATION} } } }`,
          variables: { id: waiting.id },
        },
        {
          type: 'Mutation',
          field: 'startAftercare',
          query: 'mutation ($clientId: UUID!) { startAftercare(input: { clientId: $clientId, municipalityCode: "GM0193", homeVisitsPlanned: 3 }) { id } }',
          variables: { clientId },
        },
        { type: 'Mutation', field: 'endAftercare', query: 'mutation ($id: UUID!) { endAftercare(input: { id: $id }) { id } }', variables: { id: running.id } },
        {
          type: 'Mutation',
          field: 'deployAlarm',
          query: 'mutation ($clientId: UUID!) { deployAlarm(input: { clientId: $clientId, municipalityCode: "GM0193", deviceSerial: "AW-9999" }) { id } }',
          variables: { clientId },
        },
        { type: 'Mutation', field: 'returnAlarm', query: 'mutation ($id: UUID!) { returnAlarm(input: { id: $id }) { id } }', variables: { id: deployed.id } },
        {
          type: 'Query',
          field: 'waitlistOffers',
          query: `{ waitlistOffers { totalCount edges { node { id offerExpiresAt client { id } location { ${LOCATION} } } } } }`,
        },
        {
          type: 'Query',
          field: 'reviewsDue',
          query: '{ reviewsDue(withinDays: 366) { totalCount edges { node { kind dueOn client { id } aftercareProgramme { id } alarmDeployment { id } } } } }',
        },
        {
          type: 'Mutation',
          field: 'acceptWaitlistOffer',
          query: `mutation ($id: UUID!) { acceptWaitlistOffer(input: { entryId: $id }) { id location { ${LOCATION} } } }`,
          variables: { id: offered.id },
        },
        {
          type: 'Mutation',
          field: 'declineWaitlistOffer',
          query: `mutation ($id: UUID!) { declineWaitlistOffer(id: $id) { id location { ${LOCATION} } } }`,
          variables: { id: offered.id },
        },
        {
          type: 'Mutation',
          field: 'recordAftercareReview',
          query: 'mutation ($id: UUID!) { recordAftercareReview(input: { id: $id }) { id nextReviewOn } }',
          variables: { id: running.id },
        },
        {
          type: 'Mutation',
          field: 'setUnitCapacity',
          query: `mutation ($id: UUID!) { setUnitCapacity(input: { unitId: $id, capacity: 2 }) { id capacity location { ${LOCATION} } } }`,
          variables: { id: safeHouse.unitId },
        },
        {
          type: 'Mutation',
          field: 'recordAlarmReview',
          query: 'mutation ($id: UUID!) { recordAlarmReview(input: { id: $id }) { id nextReviewOn } }',
          variables: { id: deployed.id },
        },
      ];
    }

    /** A fingerprint of every placements table, to prove a refused mutation wrote nothing. */
    async function fingerprint(): Promise<string> {
      const tables = ['shelter_location', 'placement_unit', 'stay', 'waitlist_entry', 'aftercare_programme', 'alarm_deployment'];
      const rows = await sql<{ t: string; f: string }>(
        hub,
        tables.map((t) => `select '${t}' as t, coalesce(md5(string_agg(x::text, '|' order by x.id)), '') as f from placements.${t} x`).join(' union all '),
      );
      return JSON.stringify(rows);
    }

    it('the operations below cover every Query and Mutation field of the subgraph', async () => {
      const schema = await buildFederatedSchema(placementsSubgraph);
      const covered = (await operations()).map((o) => `${o.type}.${o.field}`).sort();
      const declared = [
        ...Object.keys(schema.getQueryType()!.getFields())
          .filter((f) => !f.startsWith('_'))
          .map((f) => `Query.${f}`),
        ...Object.keys(schema.getMutationType()!.getFields()).map((f) => `Mutation.${f}`),
      ].sort();
      expect(covered).toEqual(declared);
    });

    it.each(OUTSIDERS)('%s: FORBIDDEN on every query and mutation, no data, nothing written', async (_name, caller) => {
      const before = await fingerprint();
      for (const operation of await operations()) {
        const response = await ask(caller, operation.query, operation.variables);
        expect(response.status).toBe(200);
        expect(errorsOf(response)).toEqual([
          {
            message: `access denied to ${operation.type}.${operation.field}`,
            path: [operation.field],
            locations: expect.any(Array),
            extensions: { code: 'FORBIDDEN' },
          },
        ]);
        expect(response.data?.[operation.field] ?? null).toBeNull();
        expectNoWhereabouts(response);
      }
      expect(await fingerprint()).toBe(before);
    });

    it('several root fields in one request: no data at all, only FORBIDDEN', async () => {
      const roots = ['occupancy', 'shelterLocations', 'longSafeHouseStays'];
      const response = await ask(
        testCallers.partner(4),
        '{ occupancy { unitId } shelterLocations { id where: address } longSafeHouseStays { id location { city } } }',
      );
      // The roots are non-null, so the first refusal nulls `data`; graphql-js may drop the siblings' errors.
      expect(response.data).toBeNull();
      expect(errorsOf(response).length).toBeGreaterThan(0);
      for (const error of errorsOf(response)) {
        expect(error.extensions).toEqual({ code: 'FORBIDDEN' });
        expect(roots.map((r) => [r])).toContainEqual(error.path);
      }
      expectNoWhereabouts(response);
    });
  });

  it('the right of access part (placementsDataExport): staff only; every stay, waitlist entry, aftercare programme and alarm of one client, nothing of another', async () => {
    const part = await checkExportPart(
      hub,
      'placements',
      `select id, client_id from placements.stay union all select id, client_id from placements.waitlist_entry
       union all select id, client_id from placements.aftercare_programme union all select id, client_id from placements.alarm_deployment`,
    );
    expect(Object.keys(part).sort()).toEqual(['aftercareProgrammes', 'alarmDeployments', 'stays', 'waitlistEntries']);
    // Where a shelter is stays out: units by id and type only.
    for (const secret of secrets) expect(JSON.stringify(part)).not.toContain(secret);
  });

  it('every field of every object type carries @requiresScopes, with the roles of the access table', async () => {
    const STATISTICS_TYPES = /^(MunicipalityStatistics|PlacementTypeRate|StatCount|StatRate)\./;
    const rules = fieldRulesOf(await buildFederatedSchema(placementsSubgraph));
    const FEDERATION = new Set(['Query._service', 'Query._entities', '_Service.sdl']);
    const expected = (coordinate: string): Role[] => {
      if (/^ShelterLocation\.(name|city|address)$/.test(coordinate)) return WHEREABOUTS_ROLES;
      // Those who run the shelters set their places; intake does not.
      if (coordinate === 'Mutation.setUnitCapacity') return WHEREABOUTS_ROLES;
      if (coordinate === 'Query.placementsDataExport') return CLIENT_EXPORT_ROLES;
      if (coordinate === 'Query.placementsErasureCheck' || coordinate === 'Mutation.placementsEraseClient') return CLIENT_ERASURE_ROLES;
      if (coordinate === 'Client.id') return [...KADERA_ROLES, ...PARTNER_ROLES];
      if (coordinate.startsWith('PageInfo.')) return ALL_ROLES;
      if (STATISTICS_TYPES.test(coordinate)) return STATISTICS_ROLES;
      return KADERA_ROLES;
    };
    // The figures (not the key) are row-guarded: a municipality reads only its own code.
    const STATISTICS_KEY = new Set(['MunicipalityStatistics.municipalityCode', 'MunicipalityStatistics.year']);
    const expectedPolicies = (coordinate: string) =>
      coordinate.startsWith('MunicipalityStatistics.') && !STATISTICS_KEY.has(coordinate) ? [[POLICY.ownMunicipality]] : undefined;
    expect(rules.size).toBeGreaterThan(60);
    for (const [coordinate, rule] of rules) {
      if (FEDERATION.has(coordinate)) {
        expect({ coordinate, scopes: rule.scopes }).toEqual({ coordinate, scopes: undefined });
        continue;
      }
      const scopes = (rule.scopes ?? []).map((all) => all.join('&')).sort();
      expect({ coordinate, scopes }).toEqual({ coordinate, scopes: [...expected(coordinate)].sort() });
      expect({ coordinate, policies: rule.policies }).toEqual({ coordinate, policies: expectedPolicies(coordinate) });
    }
  });
});
