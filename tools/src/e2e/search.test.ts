import { DEMO_CLIENTS, PartnerType } from '@hub/common';
import { testCallers } from '@hub/testing';
import { startTestStack, type TestStack } from '../testing/test-stack';

const SUBMIT = `mutation ($input: SubmitReferralInput!) { submitReferral(input: $input) { id status referrerReference } }`;
const REGISTER = `mutation ($input: RegisterClientInput!) { registerClient(input: $input) { id name } }`;
const DUPLICATES = `query ($name: String!, $dob: LocalDate!, $municipality: String) {
  possibleDuplicates(name: $name, dateOfBirth: $dob, municipalityCode: $municipality) { client { id name dateOfBirth } score reasons { kind similarity } }
}`;
const SEARCH_CLIENTS = `query ($name: String, $dob: LocalDate) { searchClients(name: $name, dateOfBirth: $dob, first: 10) {
  totalCount edges { node { id name dateOfBirth } } pageInfo { hasNextPage endCursor } } }`;
const SEARCH_REFERRALS = (fields: string) => `query ($ref: String!) { searchReferrals(referrerReference: $ref) { totalCount edges { node { ${fields} } } } }`;
const LINK = `mutation ($input: LinkReferralClientInput!) { linkReferralClient(input: $input) { id } }`;
const LOG = `query ($id: UUID!) { accessLog(clientId: $id) { action outcome roles fields sourceService } }`;

const person = { name: 'Iris Hendriks', dateOfBirth: '1993-02-14', municipalityCode: 'GM0153' };
const referral = (referrerReference: string) => ({
  kind: 'AMBULATORY',
  sourceType: 'GP',
  region: 'TWENTE',
  priority: 'ROUTINE',
  fundingStream: 'WMO',
  referrerReference,
  referrerOrganisationName: 'Huisartsenpraktijk De Esch',
  referrerContactName: 'Dr. A. Jansen',
  referrerContactPhone: '038-1234567',
  person,
});

/** Search through the gateway: a typo finds the client, intake sees ranked duplicate candidates with reasons, a referrer finds its own referral by its reference. */
describe('search through the gateway', () => {
  let hub: TestStack;
  const [referrer, otherReferrer] = [testCallers.referrer(0), testCallers.referrer(1)];
  let referralId: string;
  let clientId: string;

  beforeAll(async () => {
    hub = await startTestStack();
    const submitted = await hub.as(referrer).query(SUBMIT, { input: referral('HA-2026-0815') });
    expect(submitted.errors).toBeUndefined();
    referralId = submitted.data.submitReferral.id;
    const theirs = await hub.as(otherReferrer).query(SUBMIT, { input: referral('VT-2026-4711') });
    expect(theirs.errors).toBeUndefined();
  });
  afterAll(async () => {
    await hub?.drop();
  });

  it('"Iris Hendrix" finds "Iris Hendriks" registered via registerClient', async () => {
    const intake = hub.as(testCallers.intake);
    const registered = await intake.query(REGISTER, { input: { ...person, confidentialAddress: 'Lindelaan 4, Enschede', riskLevel: 'ORANGE' } });
    expect(registered.errors).toBeUndefined();
    clientId = registered.data.registerClient.id;

    const found = await intake.query(SEARCH_CLIENTS, { name: 'Iris Hendrix' });
    expect(found.errors).toBeUndefined();
    const nodes = found.data.searchClients.edges.map((e: any) => e.node);
    expect(nodes).toContainEqual({ id: clientId, name: 'Iris Hendriks', dateOfBirth: person.dateOfBirth });
    expect(nodes).toContainEqual(expect.objectContaining({ id: DEMO_CLIENTS[7].id, name: 'Iris Hendriks' }));
    expect(found.data.searchClients.totalCount).toBe(nodes.length);

    const narrowed = await intake.query(SEARCH_CLIENTS, { name: 'Iris Hendrix', dob: person.dateOfBirth });
    expect(narrowed.data.searchClients).toMatchObject({ totalCount: 1, edges: [{ node: { id: clientId } }] });
  });

  it('intake sees the duplicate candidates with their reasons, and registerClient refuses with the same ones', async () => {
    const intake = hub.as(testCallers.intake);
    const checked = await intake.query(DUPLICATES, { name: 'Iris Hendrix', dob: person.dateOfBirth, municipality: person.municipalityCode });
    expect(checked.errors).toBeUndefined();
    expect(checked.data.possibleDuplicates).toEqual([
      {
        client: { id: clientId, name: 'Iris Hendriks', dateOfBirth: person.dateOfBirth },
        score: expect.any(Number),
        reasons: [
          { kind: 'NAME_SIMILARITY', similarity: expect.any(Number) },
          { kind: 'SAME_DATE_OF_BIRTH', similarity: null },
          { kind: 'SAME_MUNICIPALITY', similarity: null },
        ],
      },
    ]);
    const [candidate] = checked.data.possibleDuplicates;
    expect(candidate.reasons[0].similarity).toBeGreaterThan(0.5);
    expect(candidate.reasons[0].similarity).toBeLessThan(1);

    const refused = await intake.query(REGISTER, {
      input: {
        name: 'Iris Hendrix',
        dateOfBirth: person.dateOfBirth,
        municipalityCode: person.municipalityCode,
        confidentialAddress: 'Lindelaan 4, Enschede',
        riskLevel: 'ORANGE',
      },
    });
    expect(refused.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', candidates: [clientId] });
  });

  it("a referrer finds its own referral by its reference, and not another referrer's", async () => {
    const own = await hub.as(referrer).query(SEARCH_REFERRALS('id status referrerReference'), { ref: 'ha-2026-0815' });
    expect(own.errors).toBeUndefined();
    expect(own.data.searchReferrals).toEqual({ totalCount: 1, edges: [{ node: { id: referralId, status: 'REQUESTED', referrerReference: 'HA-2026-0815' } }] });
    const foreign = await hub.as(referrer).query(SEARCH_REFERRALS('id'), { ref: 'VT-2026-4711' });
    expect(foreign.data.searchReferrals).toEqual({ totalCount: 0, edges: [] });
    const other = await hub.as(otherReferrer).query(SEARCH_REFERRALS('id'), { ref: 'HA-2026-0815' });
    expect(other.data.searchReferrals).toEqual({ totalCount: 0, edges: [] });
    expect(other.text).not.toContain(referralId);
    // A referrer never reaches the client behind its referral.
    const client = await hub.as(referrer).query(SEARCH_REFERRALS('id client { name }'), { ref: 'HA-2026-0815' });
    expect(client.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect(client.text).not.toContain('Iris');
  });

  it('Kadera finds a client by referral: the referral by its reference, then its client', async () => {
    const linked = await hub.as(testCallers.intake).query(LINK, { input: { referralId, clientId } });
    expect(linked.errors).toBeUndefined();
    const found = await hub.query(SEARCH_REFERRALS('id referrerOrganisationName client { id name dateOfBirth }'), { ref: 'HA-2026-0815' });
    expect(found.errors).toBeUndefined();
    expect(found.data.searchReferrals.edges).toEqual([
      {
        node: {
          id: referralId,
          referrerOrganisationName: 'Huisartsenpraktijk De Esch',
          client: { id: clientId, name: 'Iris Hendriks', dateOfBirth: person.dateOfBirth },
        },
      },
    ]);
  });

  it('partners, auditors and municipalities cannot search, and every search is in the access log', async () => {
    for (const caller of [testCallers.partnerOfType(PartnerType.GGZ), testCallers.auditor, testCallers.municipality('GM0153')]) {
      const refused = await hub.as(caller).query(SEARCH_CLIENTS, { name: 'Iris Hendrix' });
      expect(refused.errors?.[0].extensions?.code).toBe('FORBIDDEN');
      expect(refused.text).not.toContain(clientId);
    }
    const log = await hub.as(testCallers.auditor).query(LOG, { id: clientId });
    expect(log.errors).toBeUndefined();
    const entries = log.data.accessLog;
    expect(entries).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          action: 'SEARCH',
          outcome: 'ALLOWED',
          roles: ['intake'],
          sourceService: 'clients',
          fields: ['Client.dateOfBirth', 'Client.id', 'Client.name'],
        }),
        expect.objectContaining({
          action: 'SEARCH',
          sourceService: 'clients',
          fields: expect.arrayContaining(['DuplicateCandidate.score', 'DuplicateReason.kind']),
        }),
        expect.objectContaining({ action: 'CREATE', sourceService: 'clients', fields: ['Mutation.registerClient'] }),
        expect.objectContaining({
          action: 'SEARCH',
          sourceService: 'referrals',
          fields: expect.arrayContaining(['Referral.id', 'Referral.referrerOrganisationName']),
        }),
      ]),
    );
  });
});
