import { randomUUID } from 'node:crypto';
import { clientsSubgraph } from '@hub/testing/peers';
import { DEMO_CLIENTS, today, type Caller } from '@hub/common';
import { startTestSubgraphs, testCallers, type TestSubgraphs } from '@hub/testing';
import { placementsSubgraph } from './subgraph';
import { codeOf, daysAgo, newClient, recordsForKey, rowsForClient, sql } from './placement-test-support';

const PROGRAMME = 'id client { id } coordinatorUserId startedOn endedOn homeVisitsPlanned';
const DEPLOYMENT = 'id client { id } deviceSerial deployedOn returnedOn';
const START = `mutation ($input: StartAftercareInput!) { startAftercare(input: $input) { ${PROGRAMME} } }`;
const END = `mutation ($input: EndAftercareInput!) { endAftercare(input: $input) { ${PROGRAMME} } }`;
const DEPLOY = `mutation ($input: DeployAlarmInput!) { deployAlarm(input: $input) { ${DEPLOYMENT} } }`;
const RETURN = `mutation ($input: ReturnAlarmInput!) { returnAlarm(input: $input) { ${DEPLOYMENT} } }`;

/** The creating mutations are given the client's municipality (GM0160, see `client`); a test that sets it (even to bad input or undefined) wins. */
const withMunicipality = (query: string, input: Record<string, unknown>) =>
  query === START || query === DEPLOY ? { municipalityCode: 'GM0160', ...input } : input;

/** Aftercare programmes and Aware alarm deployments. */
describe('placements: aftercare programmes and alarm deployments', () => {
  let hub: TestSubgraphs;
  /** `caller` null: a request with no caller at all. */
  const run = (query: string, input: Record<string, unknown>, caller: Caller | null = testCallers.staff) =>
    hub.query('placements', query, { input: withMunicipality(query, input) }, caller ?? undefined);
  /** A new client of GM0160 in the clients subgraph, with no aftercare or alarm yet. */
  const client = () => newClient(hub, 'GM0160');

  beforeAll(async () => {
    hub = await startTestSubgraphs([clientsSubgraph, placementsSubgraph]);
  });
  afterAll(async () => {
    await hub?.stop();
  });

  it('the demo data holds 6 aftercare programmes and 8 alarm deployments, listed per client', async () => {
    const [counts] = await sql(
      hub,
      `select (select count(*) from placements.aftercare_programme)::int as aftercare,
                                            (select count(*) from placements.alarm_deployment)::int as alarms`,
    );
    expect(counts).toEqual({ aftercare: 6, alarms: 8 });
    const programmes = await hub.query(
      'placements',
      `query ($id: UUID!) { aftercarePrograms(clientId: $id) { ${PROGRAMME} } }`,
      { id: DEMO_CLIENTS[22].id },
      testCallers.staff,
    );
    expect(programmes.data.aftercarePrograms).toHaveLength(1);
    const alarms = await hub.query(
      'placements',
      `query ($id: UUID!) { alarmDeployments(clientId: $id) { ${DEPLOYMENT} } }`,
      { id: DEMO_CLIENTS[0].id },
      testCallers.staff,
    );
    expect(alarms.data.alarmDeployments).toMatchObject([{ deviceSerial: 'AW-1001', returnedOn: null }]);
    expect(codeOf(await hub.query('placements', '{ alarmDeployments(clientId: "x") { id } }', {}, testCallers.staff))).toBe('BAD_USER_INPUT');
    expect(codeOf(await hub.query('placements', '{ aftercarePrograms(clientId: "x") { id } }', {}, testCallers.staff))).toBe('BAD_USER_INPUT');
  });

  it('startAftercare and endAftercare, with their errors; failures write nothing', async () => {
    const clientId = await client();
    const bad = async (input: Record<string, unknown>, field: string) => {
      const response = await run(START, { clientId, homeVisitsPlanned: 6, ...input });
      expect(codeOf(response)).toBe('BAD_USER_INPUT');
      expect(response.errors![0].extensions).toMatchObject({ field });
    };
    await bad({ homeVisitsPlanned: -1 }, 'homeVisitsPlanned');
    await bad({ homeVisitsPlanned: 101 }, 'homeVisitsPlanned');
    await bad({ startedOn: daysAgo(-1) }, 'startedOn');
    await bad({ clientId: 'x' }, 'clientId');
    await bad({ municipalityCode: 'gm0160' }, 'municipalityCode');
    await bad({ coordinatorUserId: 'u'.repeat(129) }, 'coordinatorUserId');
    expect(codeOf(await run(START, { clientId, homeVisitsPlanned: 6 }, testCallers.partner(2)))).toBe('FORBIDDEN');
    expect(codeOf(await run(START, { clientId, homeVisitsPlanned: 6 }, null))).toBe('UNAUTHENTICATED');
    expect(await rowsForClient(hub, clientId)).toBe(0);

    const started = await run(START, { clientId, homeVisitsPlanned: 6, startedOn: daysAgo(30) }, testCallers.shelter);
    expect(started.errors).toBeUndefined();
    expect(started.data.startAftercare).toMatchObject({
      client: { id: clientId },
      coordinatorUserId: 'shelter-1',
      startedOn: daysAgo(30),
      endedOn: null,
      homeVisitsPlanned: 6,
    });
    const id = started.data.startAftercare.id;

    expect(codeOf(await run(START, { clientId, homeVisitsPlanned: 2 }))).toBe('CONFLICT');
    expect(await rowsForClient(hub, clientId)).toBe(1);

    expect(codeOf(await run(END, { id, endedOn: daysAgo(31) }))).toBe('BAD_USER_INPUT');
    expect(codeOf(await run(END, { id, endedOn: daysAgo(-1) }))).toBe('BAD_USER_INPUT');
    expect(codeOf(await run(END, { id: randomUUID() }))).toBe('NOT_FOUND');
    expect(codeOf(await run(END, { id }, testCallers.partner(8)))).toBe('FORBIDDEN');
    const [open] = await sql(hub, 'select ended_on from placements.aftercare_programme where id = ?', [id]);
    expect(open.ended_on).toBeNull();

    const ended = await run(END, { id });
    expect(ended.data.endAftercare).toMatchObject({ id, endedOn: today() });
    expect(codeOf(await run(END, { id }))).toBe('INVALID_TRANSITION');

    // Ended, a new programme may start.
    const next = await run(START, { clientId, homeVisitsPlanned: 0, coordinatorUserId: 'staff-7' });
    expect(next.data.startAftercare).toMatchObject({ coordinatorUserId: 'staff-7', startedOn: today() });
    const listed = await hub.query('placements', `query ($id: UUID!) { aftercarePrograms(clientId: $id) { id } }`, { id: clientId }, testCallers.staff);
    expect(listed.data.aftercarePrograms.map((p: any) => p.id)).toEqual([next.data.startAftercare.id, id]);
  });

  it('startAftercare is idempotent: same key returns the same programme; other input is CONFLICT', async () => {
    const clientId = await client();
    const input = { clientId, homeVisitsPlanned: 5, idempotencyKey: `aftercare-${randomUUID()}` };
    const results = await Promise.all([run(START, input), run(START, input)]);
    expect(results.map((r) => r.errors)).toEqual([undefined, undefined]);
    expect(results[0].data.startAftercare.id).toBe(results[1].data.startAftercare.id);
    expect((await run(START, input)).data.startAftercare.id).toBe(results[0].data.startAftercare.id);
    expect(codeOf(await run(START, { ...input, homeVisitsPlanned: 6 }))).toBe('CONFLICT');
    expect(await rowsForClient(hub, clientId)).toBe(1);
  });

  it('deployAlarm and returnAlarm, with their errors; a device is with one client at a time', async () => {
    const clientId = await client();
    const serial = `AW-${Math.floor(Math.random() * 1e8)}`;
    const bad = async (input: Record<string, unknown>, field: string) => {
      const response = await run(DEPLOY, { clientId, deviceSerial: serial, ...input });
      expect(codeOf(response)).toBe('BAD_USER_INPUT');
      expect(response.errors![0].extensions).toMatchObject({ field });
    };
    await bad({ deviceSerial: 'a b' }, 'deviceSerial');
    await bad({ deviceSerial: 'AW' }, 'deviceSerial');
    await bad({ deployedOn: daysAgo(-2) }, 'deployedOn');
    await bad({ clientId: '1' }, 'clientId');
    await bad({ municipalityCode: '' }, 'municipalityCode');
    expect(codeOf(await run(DEPLOY, { clientId, deviceSerial: serial }, testCallers.partner(1)))).toBe('FORBIDDEN');
    expect(codeOf(await run(DEPLOY, { clientId, deviceSerial: serial }, null))).toBe('UNAUTHENTICATED');
    expect(await rowsForClient(hub, clientId)).toBe(0);

    const deployed = await run(DEPLOY, { clientId, deviceSerial: serial.toLowerCase(), deployedOn: daysAgo(5) }, testCallers.intake);
    expect(deployed.errors).toBeUndefined();
    expect(deployed.data.deployAlarm).toMatchObject({ client: { id: clientId }, deviceSerial: serial, deployedOn: daysAgo(5), returnedOn: null });
    const id = deployed.data.deployAlarm.id;

    const taken = await run(DEPLOY, { clientId: await client(), deviceSerial: serial });
    expect(codeOf(taken)).toBe('CONFLICT');
    expect(taken.errors![0].extensions).toMatchObject({ field: 'deviceSerial' });
    expect(codeOf(await run(DEPLOY, { clientId: await client(), deviceSerial: 'AW-1001' }))).toBe('CONFLICT');

    expect(codeOf(await run(RETURN, { id, returnedOn: daysAgo(6) }))).toBe('BAD_USER_INPUT');
    expect(codeOf(await run(RETURN, { id: randomUUID() }))).toBe('NOT_FOUND');
    expect(codeOf(await run(RETURN, { id: 'nope' }))).toBe('BAD_USER_INPUT');
    expect(codeOf(await run(RETURN, { id }, testCallers.referrer(0)))).toBe('FORBIDDEN');
    const returned = await run(RETURN, { id, returnedOn: daysAgo(1) });
    expect(returned.data.returnAlarm).toMatchObject({ id, returnedOn: daysAgo(1) });
    expect(codeOf(await run(RETURN, { id }))).toBe('INVALID_TRANSITION');

    // Returned, the device can go to the next client.
    const again = await run(DEPLOY, { clientId: await client(), deviceSerial: serial });
    expect(again.errors).toBeUndefined();
  });

  it('deployAlarm is idempotent: same key returns the same deployment; other input is CONFLICT', async () => {
    const clientId = await client();
    const input = { clientId, deviceSerial: `AW-${Math.floor(Math.random() * 1e8)}`, idempotencyKey: `alarm-${randomUUID()}` };
    const first = await run(DEPLOY, input);
    const second = await run(DEPLOY, input);
    expect(second.data.deployAlarm.id).toBe(first.data.deployAlarm.id);
    expect(codeOf(await run(DEPLOY, { ...input, deployedOn: daysAgo(3) }))).toBe('CONFLICT');
    expect(await rowsForClient(hub, clientId)).toBe(1);
  });

  it('a client the clients subgraph does not know is NOT_FOUND for startAftercare and deployAlarm; nothing is written', async () => {
    const clientId = randomUUID();
    const serial = `AW-${Math.floor(Math.random() * 1e8)}`;
    const keys = [`aftercare-${randomUUID()}`, `alarm-${randomUUID()}`];
    for (const municipalityCode of ['GM0160', undefined]) {
      for (const [query, input] of [
        [START, { clientId, municipalityCode, homeVisitsPlanned: 4, idempotencyKey: keys[0] }],
        [DEPLOY, { clientId, municipalityCode, deviceSerial: serial, idempotencyKey: keys[1] }],
      ] as const) {
        const response = await run(query, input);
        expect(codeOf(response)).toBe('NOT_FOUND');
        expect(response.errors![0]).toMatchObject({ message: 'client was not found', extensions: { field: 'clientId' } });
      }
    }
    expect(await rowsForClient(hub, clientId)).toBe(0);
    for (const key of keys) expect(await recordsForKey(hub, key)).toBe(0);
    expect(await sql(hub, 'select id from placements.alarm_deployment where device_serial = ?', [serial])).toEqual([]);
  });

  it("without municipalityCode a programme and a deployment take the client's municipality from the clients subgraph", async () => {
    const clientId = await newClient(hub, 'GM0150');
    const started = await run(START, { clientId, municipalityCode: undefined, homeVisitsPlanned: 2 });
    expect(started.errors).toBeUndefined();
    const deployed = await run(DEPLOY, { clientId, municipalityCode: null, deviceSerial: `AW-${Math.floor(Math.random() * 1e8)}` });
    expect(deployed.errors).toBeUndefined();
    const [programme] = await sql(hub, 'select municipality_code from placements.aftercare_programme where id = ?', [started.data.startAftercare.id]);
    const [deployment] = await sql(hub, 'select municipality_code from placements.alarm_deployment where id = ?', [deployed.data.deployAlarm.id]);
    expect([programme.municipality_code, deployment.municipality_code]).toEqual(['GM0150', 'GM0150']);
  });

  it("a municipalityCode other than the client's is BAD_USER_INPUT naming the field; nothing is written", async () => {
    const clientId = await client();
    const serial = `AW-${Math.floor(Math.random() * 1e8)}`;
    for (const [query, input] of [
      [START, { clientId, municipalityCode: 'GM0193', homeVisitsPlanned: 4 }],
      [DEPLOY, { clientId, municipalityCode: 'GM0193', deviceSerial: serial }],
    ] as const) {
      const response = await run(query, input);
      expect(codeOf(response)).toBe('BAD_USER_INPUT');
      expect(response.errors![0].extensions).toMatchObject({ argument: 'input', field: 'municipalityCode' });
    }
    expect(await rowsForClient(hub, clientId)).toBe(0);
    expect(await sql(hub, 'select id from placements.alarm_deployment where device_serial = ?', [serial])).toEqual([]);
  });
});
