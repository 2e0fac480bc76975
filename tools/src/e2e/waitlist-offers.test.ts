import { randomUUID } from 'node:crypto';
import { DEFAULT_PLACEMENT_SETTINGS } from '@hub/common';
import { testCallers } from '@hub/testing';
import { startTestStack, type TestStack } from '../testing/test-stack';

const SHELTER = testCallers.shelter;

const ADMIT = `mutation ($input: AdmitClientInput!) { admitClient(input: $input) { outcome stay { id } waitlistEntry { id position } } }`;
const OFFERS = `{ waitlistOffers(first: 20) {
  totalCount
  edges { node { id status offeredAt offerExpiresAt placementType location { id name } client { id name } } }
} }`;
const ACCEPT = `mutation ($input: AcceptWaitlistOfferInput!) { acceptWaitlistOffer(input: $input) { id admittedOn placementType client { id name } } }`;
const SAFE_HOUSE = `{ occupancy { unitId type capacity occupied held available waiting location { id isSecret } } }`;
const LOG = `query ($id: UUID!) { accessLog(clientId: $id) { action outcome userId fields sourceService } }`;

/** Issue 11: a freed safe-house place produces an offer for the first waitlisted client, through the gateway. */
describe('waitlist offers through the gateway', () => {
  let hub: TestStack;

  beforeAll(async () => {
    hub = await startTestStack();
  });
  afterAll(async () => {
    await hub?.drop();
  });

  const shelter = () => hub.as(SHELTER);
  const newClient = async (name: string) => {
    const { data, errors } = await hub.query(`mutation ($input: RegisterClientInput!) { registerClient(input: $input) { id } }`, {
      input: { name, dateOfBirth: '1991-02-11', municipalityCode: 'GM0153', confidentialAddress: 'Testlaan 5, 7511 Enschede', riskLevel: 'RED' },
    });
    expect(errors).toBeUndefined();
    return data.registerClient.id as string;
  };
  const safeHouse = async () => {
    const { data, errors } = await shelter().query(SAFE_HOUSE);
    expect(errors).toBeUndefined();
    return data.occupancy.find((row: any) => row.type === 'SAFE_HOUSE' && row.location.isSecret);
  };

  it('a freed safe-house place produces an offer for the first waitlisted client; accepting it admits her', async () => {
    const unit = await safeHouse();
    const admit = (clientId: string) => shelter().query(ADMIT, { input: { clientId, placementType: 'SAFE_HOUSE', locationId: unit.location.id } });
    const stays: string[] = [];
    for (let i = unit.occupied; i < unit.capacity; i++) {
      const admitted = await admit(await newClient(`Safe ${randomUUID().slice(0, 8)}`));
      expect(admitted.data.admitClient.outcome).toBe('ADMITTED');
      stays.push(admitted.data.admitClient.stay.id);
    }
    const first = await newClient(`Eerste ${randomUUID().slice(0, 8)}`);
    const second = await newClient(`Tweede ${randomUUID().slice(0, 8)}`);
    expect((await admit(first)).data.admitClient).toMatchObject({ outcome: 'WAITLISTED', waitlistEntry: { position: 1 } });
    expect((await admit(second)).data.admitClient).toMatchObject({ outcome: 'WAITLISTED', waitlistEntry: { position: 2 } });
    expect((await shelter().query(OFFERS)).data.waitlistOffers.totalCount).toBe(0);

    const discharged = await shelter().query(`mutation ($id: UUID!) { dischargeClient(input: { stayId: $id }) { dischargedOn } }`, { id: stays[0] });
    expect(discharged.errors).toBeUndefined();

    const offers = await shelter().query(OFFERS);
    expect(offers.errors).toBeUndefined();
    expect(offers.data.waitlistOffers.totalCount).toBe(1);
    const [{ node: offer }] = offers.data.waitlistOffers.edges;
    expect(offer).toMatchObject({
      status: 'OFFERED',
      placementType: 'SAFE_HOUSE',
      location: { id: unit.location.id, name: 'Safe house' },
      client: { id: first },
    });
    expect(offer.client.name).toMatch(/^Eerste /);
    expect(new Date(offer.offerExpiresAt).getTime() - new Date(offer.offeredAt).getTime()).toBe(DEFAULT_PLACEMENT_SETTINGS.waitlistOfferTimeLimitS * 1000);
    // The place is hers: the house is full for anyone else.
    expect(await safeHouse()).toMatchObject({ occupied: unit.capacity - 1, held: 1, available: 0, waiting: 1 });

    // Intake works the queue too, but never learns where the safe house is; a partner is refused the queue.
    const intake = await hub.as(testCallers.intake).query(`{ waitlistOffers { totalCount edges { node { id offerExpiresAt location { id } } } } }`);
    expect(intake.errors).toBeUndefined();
    expect(intake.data.waitlistOffers.edges[0].node).toEqual({ id: offer.id, offerExpiresAt: offer.offerExpiresAt, location: { id: unit.location.id } });
    const where = await hub.as(testCallers.intake).query(`{ waitlistOffers { edges { node { location { name } } } } }`);
    expect(where.errors?.map((e: any) => e.extensions.code)).toEqual(['FORBIDDEN']);
    const partner = await hub.as(testCallers.partner(0)).query(`{ waitlistOffers { totalCount } }`);
    expect(partner.errors?.[0].extensions?.code).toBe('FORBIDDEN');

    const accepted = await shelter().query(ACCEPT, { input: { entryId: offer.id, idempotencyKey: 'e2e-offer-accept-01' } });
    expect(accepted.errors).toBeUndefined();
    expect(accepted.data.acceptWaitlistOffer).toMatchObject({ placementType: 'SAFE_HOUSE', client: { id: first } });
    expect(await safeHouse()).toMatchObject({ occupied: unit.capacity, held: 0, available: 0, waiting: 1 });
    expect((await shelter().query(OFFERS)).data.waitlistOffers.totalCount).toBe(0);
    const list = await shelter().query(`query ($l: UUID!) { waitlist(placementType: SAFE_HOUSE, locationId: $l) { status position client { id } } }`, {
      l: unit.location.id,
    });
    expect(list.data.waitlist).toEqual([{ status: 'WAITING', position: 1, client: { id: second } }]);

    // The access log names her: the offer made when the place came free, and her admission.
    const log = await hub.as(testCallers.auditor).query(LOG, { id: first });
    expect(log.errors).toBeUndefined();
    const placements = log.data.accessLog.filter((entry: any) => entry.sourceService === 'placements');
    expect(placements).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ action: 'UPDATE', outcome: 'ALLOWED', userId: SHELTER.userId, fields: ['WaitlistEntry.status'] }),
        expect.objectContaining({ outcome: 'ALLOWED', userId: SHELTER.userId, fields: expect.arrayContaining(['Stay.client', 'Stay.admittedOn']) }),
      ]),
    );
  });
});
