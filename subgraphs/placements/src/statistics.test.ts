import { randomUUID } from 'node:crypto';
import { daysBetween, today, type Caller } from '@hub/common';
import { startTestSubgraphs, type SubgraphResponse, testCallers, type TestSubgraphs } from '@hub/testing';
import { AftercareProgramme } from './aftercare-programme.entity';
import { AlarmDeployment } from './alarm-deployment.entity';
import { PlacementType } from './placement-type';
import { PlacementUnit } from './placement-unit.entity';
import { Stay } from './stay.entity';
import { placementsSubgraph } from './subgraph';

const FIGURES = `municipalityCode year
  clientsSheltered { value suppressed }
  occupancyRateByPlacementType { type rate { value suppressed } }
  averageLengthOfStayDays { value suppressed }
  aftercarePrograms { value suppressed }
  alarmDeployments { value suppressed }`;
const ENTITIES = `query ($r: [_Any!]!) { _entities(representations: $r) { ... on MunicipalityStatistics { ${FIGURES} } } }`;

const hidden = { value: null, suppressed: true };
const shown = (value: number) => ({ value, suppressed: false });

/**
 * placements' MunicipalityStatistics figures, asked for the way the gateway
 * asks (`_entities`), over crafted stays in years and municipalities without
 * demo data (2018-2020; Almelo GM0141, Hengelo GM0164, Enschede GM0153: all TWENTE),
 * so every exact count is known and the edges a naive query gets wrong are in it.
 */
describe('placements: municipal statistics', () => {
  let hub: TestSubgraphs;

  const ask = (municipalityCode: unknown, year: unknown, caller: Caller = testCallers.staff, fields = FIGURES) =>
    hub.query('placements', ENTITIES.replace(FIGURES, fields), { r: [{ __typename: 'MunicipalityStatistics', municipalityCode, year }] }, caller);
  const figures = async (municipalityCode: string, year: number, caller: Caller = testCallers.staff) => {
    const response = await ask(municipalityCode, year, caller);
    expect(response.errors).toBeUndefined();
    return response.data._entities[0];
  };
  const rateOf = (stats: { occupancyRateByPlacementType: { type: PlacementType; rate: unknown }[] }, type: PlacementType) =>
    stats.occupancyRateByPlacementType.find((row) => row.type === type)!.rate;
  const codesOf = (response: SubgraphResponse) => (response.errors ?? []).map((e) => e.extensions?.code);

  beforeAll(async () => {
    hub = await startTestSubgraphs([placementsSubgraph]);
    const em = hub.servers.placements!.orm.em.fork();
    const units = await em.find(PlacementUnit, {});
    const unitOf = (type: PlacementType) => units.find((u) => u.type === type)!;
    const stay = (municipalityCode: string, type: PlacementType, admittedOn: string, dischargedOn: string | null, clientId: string = randomUUID()) =>
      em.create(Stay, { clientId, municipalityCode, unit: unitOf(type), admittedOn, dischargedOn });
    const times = (n: number, make: (i: number) => void) => Array.from({ length: n }, (_, i) => make(i));

    // Almelo 2019. Intensive care: 10 clients x 30 nights; one of them also 4 nights in supported living.
    const twiceSheltered = randomUUID();
    times(10, (i) => stay('GM0141', PlacementType.INTENSIVE_CARE, '2019-03-01', '2019-03-31', i === 0 ? twiceSheltered : undefined));
    stay('GM0141', PlacementType.SUPPORTED_LIVING_MEN, '2019-08-01', '2019-08-05', twiceSheltered);
    // Safe house: 3 clients x 10 nights.
    times(3, () => stay('GM0141', PlacementType.SAFE_HOUSE, '2019-05-01', '2019-05-11'));
    // Crisis relief: 9 clients: 7 x 20 nights, one from December 2018 (9 nights in 2019), one still there (7 nights in 2019).
    times(7, () => stay('GM0141', PlacementType.CRISIS_RELIEF, '2019-06-01', '2019-06-21'));
    stay('GM0141', PlacementType.CRISIS_RELIEF, '2018-12-22', '2019-01-10');
    stay('GM0141', PlacementType.CRISIS_RELIEF, '2019-12-25', null);
    // Discharged on New Year's Day: sheltered in 2019, no bed-day in 2019, a 31-night stay discharged in 2019.
    stay('GM0141', PlacementType.SHELTERED_ACCOMMODATION, '2018-12-01', '2019-01-01');
    // Outside 2019 on either side.
    times(3, () => stay('GM0141', PlacementType.INTENSIVE_CARE, '2018-11-01', '2018-12-31'));
    times(2, () => stay('GM0141', PlacementType.INTENSIVE_CARE, '2020-01-01', '2020-01-05'));
    // Hengelo 2019: 8 clients with two stays each in supported living (10 + 5 nights).
    times(8, () => {
      const clientId = randomUUID();
      stay('GM0164', PlacementType.SUPPORTED_LIVING_MEN, '2019-02-01', '2019-02-11', clientId);
      stay('GM0164', PlacementType.SUPPORTED_LIVING_MEN, '2019-04-01', '2019-04-06', clientId);
    });
    // Enschede 2019: 9 clients x 10 nights in sheltered accommodation.
    times(9, () => stay('GM0153', PlacementType.SHELTERED_ACCOMMODATION, '2019-09-01', '2019-09-11'));

    const aftercare = (municipalityCode: string, startedOn: string) =>
      em.create(AftercareProgramme, {
        clientId: randomUUID(),
        municipalityCode,
        coordinatorUserId: 'staff-1',
        startedOn,
        endedOn: startedOn,
        homeVisitsPlanned: 3,
        nextReviewOn: startedOn,
      });
    times(10, () => aftercare('GM0141', '2019-06-15'));
    aftercare('GM0141', '2019-01-01');
    aftercare('GM0141', '2019-12-31');
    times(12, () => aftercare('GM0141', '2018-06-15'));
    aftercare('GM0141', '2018-12-31');
    aftercare('GM0141', '2020-01-01');

    const alarm = (municipalityCode: string, deployedOn: string) =>
      em.create(AlarmDeployment, {
        clientId: randomUUID(),
        municipalityCode,
        deviceSerial: `AW-${randomUUID().slice(0, 8).toUpperCase()}`,
        deployedOn,
        returnedOn: deployedOn,
        nextReviewOn: deployedOn,
      });
    times(9, () => alarm('GM0141', '2019-07-01'));
    times(10, () => alarm('GM0141', '2018-07-01'));
    times(3, () => alarm('GM0164', '2019-07-01'));
    await em.flush();
  });
  afterAll(async () => {
    await hub?.stop();
  });

  it("counts distinct clients sheltered in the year by the client's municipality, with the year's edges right", async () => {
    // 10 + 3 + 9 + 1 distinct clients (24 stays, 5 more outside 2019): 23, rounded to 25.
    expect((await figures('GM0141', 2019)).clientsSheltered).toEqual(shown(25));
    // 8 clients with 16 stays: counting stays would publish 15.
    expect((await figures('GM0164', 2019)).clientsSheltered).toEqual(hidden);
    expect((await figures('GM0153', 2019)).clientsSheltered).toEqual(hidden);
    // The region total: 23 + 8 + 9 = 40.
    expect((await figures('TWENTE', 2019)).clientsSheltered).toEqual(shown(40));
    // 2018: 3 (November) + the December crisis stay + the stay to New Year's Day = 5.
    expect((await figures('GM0141', 2018)).clientsSheltered).toEqual(hidden);
    expect((await figures('GM0141', 2017)).clientsSheltered).toEqual(hidden);
  });

  it('occupancy rate per placement type: bed-days in the year over capacity x days, hidden below 10 clients', async () => {
    const almelo = await figures('GM0141', 2019);
    expect(almelo.occupancyRateByPlacementType.map((row: { type: string }) => row.type)).toEqual(Object.values(PlacementType));
    // 10 clients x 30 nights / (17 places x 365 days).
    expect(rateOf(almelo, PlacementType.INTENSIVE_CARE)).toEqual(shown(Math.round((300 / (17 * 365)) * 1000) / 1000));
    expect(rateOf(almelo, PlacementType.SAFE_HOUSE)).toEqual(hidden);
    // 9 clients, even though the rate itself (156 bed-days) is not small.
    expect(rateOf(almelo, PlacementType.CRISIS_RELIEF)).toEqual(hidden);
    // No stays at all: hidden, not zero.
    expect(rateOf(almelo, PlacementType.HUMAN_TRAFFICKING_VICTIMS)).toEqual(hidden);
    const region = await figures('TWENTE', 2019);
    expect(rateOf(region, PlacementType.INTENSIVE_CARE)).toEqual(rateOf(almelo, PlacementType.INTENSIVE_CARE));
    // 8 Hengelo clients + 1 from Almelo.
    expect(rateOf(region, PlacementType.SUPPORTED_LIVING_MEN)).toEqual(hidden);
    // 9 Enschede clients; Almelo's New Year's Day discharge used no bed-day in 2019 and is no basis.
    expect(rateOf(region, PlacementType.SHELTERED_ACCOMMODATION)).toEqual(hidden);
  });

  it('a still-running stay counts its bed-days up to today, and a running year its days up to today', async () => {
    const em = hub.servers.placements!.orm.em.fork();
    const unit = (await em.find(PlacementUnit, { type: PlacementType.HUMAN_TRAFFICKING_VICTIMS }))[0];
    // The running year and its nights so far, in the organisation's calendar.
    const day = today();
    const year = Number(day.slice(0, 4));
    const elapsed = daysBetween(`${year}-01-01`, day);
    // Needs at least one night this year; on New Year's Day there is nothing to measure.
    if (elapsed < 1) return;
    for (let i = 0; i < 10; i++) {
      em.create(Stay, { clientId: randomUUID(), municipalityCode: 'GM0166', unit, admittedOn: `${year - 1}-12-01`, dischargedOn: null });
    }
    await em.flush();
    // Ten clients in six places (crafted overbooking): the rate may pass 1, its days still match.
    const capacity = 6;
    const kampen = await figures('GM0166', year);
    expect(rateOf(kampen, PlacementType.HUMAN_TRAFFICKING_VICTIMS)).toEqual(shown(Math.round(((10 * elapsed) / (capacity * elapsed)) * 1000) / 1000));
  });

  it('average length of stay over the stays discharged in the year, hidden below 10 stays', async () => {
    // 10 x 30 + 3 x 10 + 7 x 20 + 19 + 31 + 4 nights over 23 stays.
    expect((await figures('GM0141', 2019)).averageLengthOfStayDays).toEqual(shown(Math.round((524 / 23) * 100) / 100));
    // 16 stays of 10 and 5 nights.
    expect((await figures('GM0164', 2019)).averageLengthOfStayDays).toEqual(shown(7.5));
    expect((await figures('GM0153', 2019)).averageLengthOfStayDays).toEqual(hidden);
    expect((await figures('TWENTE', 2019)).averageLengthOfStayDays).toEqual(shown(Math.round(((524 + 120 + 90) / 48) * 100) / 100));
    // 2018: the 3 November stays only.
    expect((await figures('GM0141', 2018)).averageLengthOfStayDays).toEqual(hidden);
  });

  it('aftercare programmes started and alarms deployed in the year: 9 hidden, 10 -> 10, 12 -> 10, 13 -> 15', async () => {
    const almelo2019 = await figures('GM0141', 2019);
    expect(almelo2019.aftercarePrograms).toEqual(shown(10)); // 12, from 1 January to 31 December
    expect(almelo2019.alarmDeployments).toEqual(hidden); // 9
    const almelo2018 = await figures('GM0141', 2018);
    expect(almelo2018.aftercarePrograms).toEqual(shown(15)); // 13
    expect(almelo2018.alarmDeployments).toEqual(shown(10)); // 10
    expect((await figures('GM0141', 2020)).aftercarePrograms).toEqual(hidden); // 1
    expect((await figures('TWENTE', 2019)).alarmDeployments).toEqual(shown(10)); // 9 + 3
    expect((await figures('GM0164', 2019)).alarmDeployments).toEqual(hidden);
  });

  it('Kadera reads any municipality and a region total; a municipality only its own code', async () => {
    for (const caller of [testCallers.staff, testCallers.intake, testCallers.shelter]) {
      expect((await figures('GM0164', 2019, caller)).clientsSheltered).toEqual(hidden);
      expect((await figures('TWENTE', 2019, caller)).clientsSheltered).toEqual(shown(40));
    }
    const almelo = testCallers.municipality('GM0141');
    expect(await figures('GM0141', 2019, almelo)).toEqual(await figures('GM0141', 2019));

    for (const code of ['GM0164', 'TWENTE']) {
      const response = await ask(code, 2019, almelo);
      // Every figure is refused; being non-null, the refusal nulls the entity, so nothing leaks.
      expect(response.data._entities[0]).toBeNull();
      expect(codesOf(response).length).toBeGreaterThan(0);
      expect(new Set(codesOf(response))).toEqual(new Set(['FORBIDDEN']));
      expect(response.text).not.toMatch(/"value":\d/);
    }
  });

  it('partners, referrers, the auditor and anonymous callers get no figures', async () => {
    for (const caller of [testCallers.partner(0), testCallers.partner(6), testCallers.referrer(0), testCallers.auditor]) {
      const response = await ask('GM0141', 2019, caller);
      expect(response.data._entities[0]).toBeNull();
      expect(codesOf(response).length).toBeGreaterThan(0);
      expect(new Set(codesOf(response))).toEqual(new Set(['FORBIDDEN']));
      expect(response.text).not.toMatch(/"value":\d/);
    }
    const anonymous = await hub.query('placements', ENTITIES, { r: [{ __typename: 'MunicipalityStatistics', municipalityCode: 'GM0141', year: 2019 }] });
    expect(anonymous.status).toBe(401);
  });

  it('a malformed municipality code or year is BAD_USER_INPUT', async () => {
    for (const [code, year] of [
      ['Almelo', 2019],
      ['GM141', 2019],
      ['gm0141', 2019],
      ['NOORD', 2019],
      ['GM0141', 1999],
      ['GM0141', 2101],
      ['GM0141', 2019.5],
      ['GM0141', '2019'],
    ]) {
      const response = await ask(code, year);
      expect({ code, year, errors: codesOf(response) }).toEqual({ code, year, errors: ['BAD_USER_INPUT'] });
      expect(response.data._entities[0]).toBeNull();
    }
  });

  it('the figures cost one SQL statement each, however many rows and municipalities they cover', async () => {
    const { queries } = hub.servers.placements!;
    const statements = async (code: string) => {
      queries.reset();
      await figures(code, 2019);
      return [...queries.recent];
    };
    const one = await statements('GM0141');
    expect(one).toHaveLength(5);
    for (const sql of one) expect(sql).toMatch(/count\(/);
    expect(await statements('TWENTE')).toHaveLength(5);

    const em = hub.servers.placements!.orm.em.fork();
    const unit = (await em.find(PlacementUnit, { type: PlacementType.INTENSIVE_CARE }))[0];
    for (let i = 0; i < 200; i++) {
      em.create(Stay, { clientId: randomUUID(), municipalityCode: 'GM0141', unit, admittedOn: '2019-10-01', dischargedOn: '2019-10-02' });
    }
    await em.flush();
    expect(await statements('GM0141')).toHaveLength(5);
    expect((await figures('GM0141', 2019)).clientsSheltered).toEqual(shown(225));
  });
});
