import { DEMO_CLIENTS } from '@hub/common';
import { startTestSubgraphs, testCallers, type TestSubgraphs } from '@hub/testing';
import { Client } from './client.entity';
import { DUPLICATE_SCORE_WEIGHTS } from './duplicates';
import { addDays, today } from '@hub/common';
import { clientsSubgraph } from './subgraph';

const REGISTER = `mutation($input: RegisterClientInput!) {
  registerClient(input: $input) { id name dateOfBirth municipalityCode riskLevel formsOfAbuse consents { id } }
}`;
const DUPLICATES = `query($name: String!, $dob: LocalDate!, $municipality: String) {
  possibleDuplicates(name: $name, dateOfBirth: $dob, municipalityCode: $municipality) { client { id name } score reasons { kind similarity } }
}`;

const newPerson = (extra: Record<string, unknown> = {}) => ({
  name: 'Mila van Dam',
  dateOfBirth: '1991-04-12',
  municipalityCode: 'GM0193',
  confidentialAddress: 'Populierstraat 3, 8011 Zwolle',
  riskLevel: 'ORANGE',
  formsOfAbuse: ['PARTNER_ABUSE', 'PARTNER_ABUSE'],
  ...extra,
});

describe('registerClient and duplicate detection', () => {
  let hub: TestSubgraphs;
  const count = () => hub.servers.clients!.orm.em.fork().count(Client);
  const register = (input: Record<string, unknown>, caller = testCallers.intake) => hub.query('clients', REGISTER, { input }, caller);

  beforeAll(async () => {
    hub = await startTestSubgraphs([clientsSubgraph]);
  });
  afterAll(() => hub?.stop());

  it('registers a new client for Kadera staff, tidying the name and dropping repeated forms of abuse', async () => {
    const before = await count();
    const { data, errors } = await register(newPerson({ name: '  Mila   van Dam ' }));
    expect(errors).toBeUndefined();
    expect(data.registerClient).toMatchObject({
      name: 'Mila van Dam',
      dateOfBirth: '1991-04-12',
      formsOfAbuse: ['PARTNER_ABUSE'],
      consents: [],
    });
    expect(await count()).toBe(before + 1);
    const row = await hub.servers.clients!.orm.em.fork().findOneOrFail(Client, { id: data.registerClient.id });
    expect(row.nameKey).toBe('mila van dam');
  });

  it('refuses a second client with the same name (any case or spacing) and date of birth, naming the candidates', async () => {
    const demo = DEMO_CLIENTS[3];
    const before = await count();
    const { errors } = await register(newPerson({ name: `  ${demo.name.toUpperCase().replace(' ', '   ')} `, dateOfBirth: demo.dateOfBirth }));
    expect(errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', candidates: [demo.id] });
    expect(await count()).toBe(before);
  });

  it('registers the namesake anyway once intake confirms it is another person', async () => {
    const demo = DEMO_CLIENTS[4];
    const { data, errors } = await register(newPerson({ name: demo.name, dateOfBirth: demo.dateOfBirth, confirmNotDuplicate: true }));
    expect(errors).toBeUndefined();
    expect(data.registerClient.id).not.toBe(demo.id);
    // Both are now candidates for a third registration, ranked as possibleDuplicates ranks them: the new one
    // shares the municipality of the registration too.
    const third = await register(newPerson({ name: demo.name, dateOfBirth: demo.dateOfBirth }));
    expect(third.errors?.[0].extensions?.candidates).toEqual([data.registerClient.id, demo.id]);
    const { data: asked } = await hub.query('clients', DUPLICATES, { name: demo.name, dob: demo.dateOfBirth, municipality: 'GM0193' }, testCallers.intake);
    expect(asked.possibleDuplicates.map((c: any) => c.client.id)).toEqual(third.errors?.[0].extensions?.candidates);
  });

  it('the same name with another date of birth in another municipality is not a duplicate', async () => {
    const demo = DEMO_CLIENTS[5];
    expect(demo.municipalityCode).not.toBe(newPerson().municipalityCode);
    const { errors } = await register(newPerson({ name: demo.name, dateOfBirth: '2001-01-01' }));
    expect(errors).toBeUndefined();
  });

  it('possibleDuplicates finds clients by name ignoring case and spacing, and date of birth', async () => {
    const demo = DEMO_CLIENTS[6];
    const { data } = await hub.query('clients', DUPLICATES, { name: ` ${demo.name.toLowerCase()}  `, dob: demo.dateOfBirth }, testCallers.intake);
    expect(data.possibleDuplicates).toEqual([
      {
        client: { id: demo.id, name: demo.name },
        score: expect.closeTo(DUPLICATE_SCORE_WEIGHTS.name + DUPLICATE_SCORE_WEIGHTS.SAME_DATE_OF_BIRTH, 3),
        reasons: [
          { kind: 'NAME_SIMILARITY', similarity: 1 },
          { kind: 'SAME_DATE_OF_BIRTH', similarity: null },
        ],
      },
    ]);
    const none = await hub.query('clients', DUPLICATES, { name: demo.name, dob: '1950-01-01' }, testCallers.intake);
    expect(none.data.possibleDuplicates).toEqual([]);
    const bad = await hub.query('clients', DUPLICATES, { name: 'x', dob: demo.dateOfBirth }, testCallers.intake);
    expect(bad.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'name' });
  });

  it.each([
    ['name', { name: 'A' }],
    ['name', { name: 'x'.repeat(201) }],
    ['dateOfBirth', { dateOfBirth: addDays(today(), 1) }],
    ['dateOfBirth', { dateOfBirth: today() }],
    ['dateOfBirth', { dateOfBirth: '1899-12-31' }],
    ['municipalityCode', { municipalityCode: 'Zwolle' }],
    ['confidentialAddress', { confidentialAddress: ' ab ' }],
  ])('refuses a bad %s with BAD_USER_INPUT and writes nothing', async (field, change) => {
    const before = await count();
    const { errors } = await register(newPerson({ name: 'Valid Person', ...change }));
    expect(errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'input', field });
    expect(await count()).toBe(before);
  });

  it('refuses callers who are not Kadera staff', async () => {
    for (const caller of [testCallers.partner(0), testCallers.referrer(0), testCallers.auditor]) {
      const { errors } = await register(newPerson({ name: 'Forbidden Person' }), caller);
      expect(errors?.[0].extensions?.code).toBe('FORBIDDEN');
    }
    const anonymous = await hub.query('clients', REGISTER, { input: newPerson({ name: 'Anonymous Person' }) });
    expect(anonymous.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('a retry with the same idempotency key returns the first client and creates nothing twice', async () => {
    const input = newPerson({ name: 'Retry Person', idempotencyKey: 'register-retry-0001' });
    const first = await register(input);
    const before = await count();
    const second = await register(input);
    expect(second.errors).toBeUndefined();
    expect(second.data.registerClient.id).toBe(first.data.registerClient.id);
    expect(await count()).toBe(before);
    const other = await register({ ...input, riskLevel: 'RED' });
    expect(other.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', argument: 'idempotencyKey' });
    const badKey = await register(newPerson({ name: 'Key Person', idempotencyKey: 'short' }));
    expect(badKey.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'idempotencyKey' });
  });

  it('two simultaneous registrations of the same new person create one client', async () => {
    const input = newPerson({ name: 'Twin Request', dateOfBirth: '1985-05-05' });
    const results = await Promise.all([register(input), register(input)]);
    const codes = results.map((r) => r.errors?.[0].extensions?.code ?? 'OK').sort();
    expect(codes).toEqual(['CONFLICT', 'OK']);
    expect(await hub.servers.clients!.orm.em.fork().count(Client, { nameKey: 'twin request' })).toBe(1);
  });
});
