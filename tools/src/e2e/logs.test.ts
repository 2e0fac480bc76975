import { DEMO_CLIENTS } from '@hub/common';
import { testCallers } from '@hub/testing';
import { startTestStack, type TestStack } from '../testing/test-stack';

/** Confidential addresses never reach a log line, even at debug level with every SQL statement logged. */
describe('logs', () => {
  let hub: TestStack;
  const lines: string[] = [];

  beforeAll(async () => {
    hub = await startTestStack({}, undefined, { level: 'debug', destination: { write: (line) => void lines.push(line) } });
  });
  afterAll(async () => {
    await hub?.drop();
  });

  it('hold no confidential address after reads, writes and refusals that touch one', async () => {
    const staff = hub.as(testCallers.staff);
    const read = await staff.query(`{ clients(first: 50) { edges { node { confidentialAddress } } } shelterLocations { address } }`);
    expect(read.errors).toBeUndefined();
    const locations: string[] = read.data.shelterLocations.map((l: any) => l.address);
    const newAddress = 'Geheimeweg 99, 7511 Enschede';
    const written = await staff.query(`mutation ($input: RegisterClientInput!) { registerClient(input: $input) { id confidentialAddress } }`, {
      input: {
        name: 'Log Test Persoon',
        dateOfBirth: '1991-05-06',
        municipalityCode: 'GM0153',
        confidentialAddress: newAddress,
        riskLevel: 'RED',
        formsOfAbuse: ['PARTNER_ABUSE'],
      },
    });
    expect(written.data.registerClient.confidentialAddress).toBe(newAddress);
    await hub.as(testCallers.intake).query(`query ($id: UUID!) { client(id: $id) { confidentialAddress } }`, { id: DEMO_CLIENTS[1].id });

    const text = lines.join('');
    expect(text).toMatch(/"sql"/); // the SQL log was on
    const secrets = [...DEMO_CLIENTS.map((c) => c.confidentialAddress.split(',')[0]), ...locations.map((a) => a.split(',')[0]), 'Geheimeweg'];
    expect(secrets.filter((secret) => text.includes(secret))).toEqual([]);
  });
});
