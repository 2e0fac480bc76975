import { PartnerType } from '@hub/common';
import { testCallers } from '@hub/testing';
import { startTestStack, type TestStack } from '../testing/test-stack';

const BSN = '252760189';
const REGISTER = `mutation ($input: RegisterClientInput!) { registerClient(input: $input) { id version } }`;
const FIND = `query ($b: String!) { clientByBsn(bsn: $b) { id name } }`;
const READ = `query ($id: UUID!) { client(id: $id) { id bsn } }`;
const LOG = `query ($id: UUID!) { accessLog(clientId: $id) { action outcome roles fields sourceService } }`;

/** The BSN through the gateway (docs/security.md, "BSN"): intake records and finds it, only staff read it, nobody else gets near it. */
describe('the BSN through the gateway', () => {
  let hub: TestStack;
  let clientId: string;

  beforeAll(async () => {
    hub = await startTestStack();
    const registered = await hub.as(testCallers.intake).query(REGISTER, {
      input: {
        name: 'Bsn Gateway',
        dateOfBirth: '1979-07-07',
        municipalityCode: 'GM0141',
        confidentialAddress: 'Poortweg 7, Almelo',
        riskLevel: 'GREEN',
        bsn: BSN,
      },
    });
    expect(registered.errors).toBeUndefined();
    clientId = registered.data.registerClient.id;
  });
  afterAll(async () => {
    await hub?.drop();
  });

  it('intake finds the client by BSN; staff read the BSN; intake selecting it is refused before any subgraph is asked', async () => {
    const found = await hub.as(testCallers.intake).query(FIND, { b: '252 760 189' });
    expect(found.errors).toBeUndefined();
    expect(found.data.clientByBsn).toEqual({ id: clientId, name: 'Bsn Gateway' });
    const staff = await hub.query(READ, { id: clientId });
    expect(staff.data.client).toEqual({ id: clientId, bsn: BSN });
    const intake = await hub.as(testCallers.intake).query(READ, { id: clientId });
    expect(intake.status).toBe(403);
    expect(intake.errors?.[0].extensions).toMatchObject({ code: 'FORBIDDEN', denied: [{ field: 'Client.bsn', path: 'client.bsn' }] });
    expect(intake.text).not.toContain(BSN);
  });

  it('a partner with a handoff and consent, the auditor, a referrer and a municipality cannot search by BSN or read one', async () => {
    for (const caller of [testCallers.partnerOfType(PartnerType.GGZ), testCallers.auditor, testCallers.referrer(0), testCallers.municipality('GM0141')]) {
      const search = await hub.as(caller).query(FIND, { b: BSN });
      expect(search.status).toBe(403);
      expect(search.errors?.[0].extensions).toMatchObject({
        code: 'FORBIDDEN',
        denied: expect.arrayContaining([expect.objectContaining({ field: 'Query.clientByBsn' })]),
      });
      expect(search.text).not.toContain(clientId);
    }
    const partner = await hub.as(testCallers.partnerOfType(PartnerType.GGZ)).query(`{ handoffs(first: 1) { edges { node { client { bsn } } } } }`);
    expect(partner.status).toBe(403);
    expect(partner.errors?.[0].extensions?.denied).toEqual([expect.objectContaining({ field: 'Client.bsn' })]);
    expect(partner.text).not.toContain(BSN);
  });

  it('a BSN failing the eleven test is BAD_USER_INPUT naming the field, never the value', async () => {
    const bad = await hub.query(FIND, { b: '252760188' });
    expect(bad.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT' });
    expect(bad.errors?.[0].message).toMatch(/^bsn must be a BSN/);
    expect(bad.text).not.toContain('252760188');
    // A number where the string belongs: refused at the gateway, worded without the value (graphql-js would quote it).
    const number = await hub.query(FIND, { b: 252760189 });
    expect(number.errors?.[0]).toMatchObject({ message: 'bsn must be a valid String', extensions: { code: 'BAD_USER_INPUT', argument: 'bsn' } });
    expect(number.text).not.toContain('252760189');
  });

  it('updates with expectedVersion: a stale one is CONFLICT; the access log names the mutation and the field, never the number', async () => {
    const UPDATE = `mutation ($c: UUID!, $v: Int!, $b: String) { updateClientBsn(clientId: $c, expectedVersion: $v, bsn: $b) { version } }`;
    const stale = await hub.as(testCallers.intake).query(UPDATE, { c: clientId, v: 9, b: '628194821' });
    expect(stale.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', currentVersion: 1 });
    const updated = await hub.as(testCallers.intake).query(UPDATE, { c: clientId, v: 1, b: '628194821' });
    expect(updated.data.updateClientBsn).toEqual({ version: 2 });
    expect((await hub.query(READ, { id: clientId })).data.client.bsn).toBe('628194821');
    const log = await hub.as(testCallers.auditor).query(LOG, { id: clientId });
    const fields = log.data.accessLog.flatMap((entry: { fields: string[] }) => entry.fields);
    expect(fields).toEqual(expect.arrayContaining(['Query.clientByBsn', 'Client.bsn', 'Mutation.updateClientBsn']));
    expect(log.text).not.toMatch(/252760189|628194821/);
  });
});
