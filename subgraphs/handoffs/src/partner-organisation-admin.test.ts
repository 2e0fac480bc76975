import { DEMO_CLIENTS } from '@hub/common';
import { startTestSubgraphs, testCallers, type TestSubgraphs } from '@hub/testing';
import { clientsSubgraph } from '@hub/testing/peers';
import { createHandoff } from './handoff-test-support';
import { handoffsSubgraph } from './subgraph';

const FIELDS = 'id name partnerType municipalityCode contactName contactPhone contactEmail active';
const REGISTER = `mutation($input: RegisterPartnerOrganisationInput!) { registerPartnerOrganisation(input: $input) { ${FIELDS} } }`;
const UPDATE = `mutation($input: UpdatePartnerOrganisationInput!) { updatePartnerOrganisation(input: $input) { ${FIELDS} } }`;
const DEACTIVATE = `mutation($id: UUID!) { deactivatePartnerOrganisation(id: $id) { id active } }`;
const UNKNOWN = '00000000-0000-4000-8000-000000000000';

describe('partner organisations as data', () => {
  let hub: TestSubgraphs;

  beforeAll(async () => {
    hub = await startTestSubgraphs([clientsSubgraph, handoffsSubgraph]);
  });
  afterAll(() => hub?.stop());

  const register = (input: Record<string, unknown>, caller = testCallers.staff) => hub.query('handoffs', REGISTER, { input }, caller);

  it('staff register, update and deactivate an organisation; a deactivated one cannot be named on a new handoff', async () => {
    const registered = await register({
      name: '  GGZ Deventer ',
      partnerType: 'GGZ',
      municipalityCode: 'GM0150',
      contactName: 'Anna de Vries',
      contactPhone: '038 123 4567',
      contactEmail: 'A.deVries@GGZ-Deventer.nl',
    });
    expect(registered.errors).toBeUndefined();
    const id = registered.data.registerPartnerOrganisation.id as string;
    expect(registered.data.registerPartnerOrganisation).toEqual({
      id,
      name: 'GGZ Deventer',
      partnerType: 'GGZ',
      municipalityCode: 'GM0150',
      contactName: 'Anna de Vries',
      contactPhone: '038 123 4567',
      contactEmail: 'a.devries@ggz-deventer.nl',
      active: true,
    });

    const listed = await hub.query('handoffs', `{ partnerOrganisations(partnerType: GGZ) { id name active } }`, {}, testCallers.staff);
    expect(listed.data.partnerOrganisations).toContainEqual({ id, name: 'GGZ Deventer', active: true });

    const updated = await hub.query(
      'handoffs',
      UPDATE,
      { input: { id, name: 'GGZ Salland', contactPhone: null, contactEmail: 'intake@ggz-salland.nl' } },
      testCallers.staff,
    );
    expect(updated.errors).toBeUndefined();
    expect(updated.data.updatePartnerOrganisation).toEqual({
      id,
      name: 'GGZ Salland',
      partnerType: 'GGZ',
      municipalityCode: 'GM0150',
      contactName: 'Anna de Vries',
      contactPhone: null,
      contactEmail: 'intake@ggz-salland.nl',
      active: true,
    });

    // While active the organisation is found (the handoff then fails on consent, which this test does not record).
    const input = {
      clientId: DEMO_CLIENTS[0].id,
      municipalityCode: DEMO_CLIENTS[0].municipalityCode,
      partnerOrganisationId: id,
      categories: ['IDENTITY'],
      purpose: 'Screening',
      priority: 'ROUTINE',
    };
    expect((await createHandoff(hub, input)).errors?.[0].extensions?.code).toBe('CONSENT_REQUIRED');

    const deactivated = await hub.query('handoffs', DEACTIVATE, { id }, testCallers.staff);
    expect(deactivated.errors).toBeUndefined();
    expect(deactivated.data.deactivatePartnerOrganisation).toEqual({ id, active: false });
    const refused = await createHandoff(hub, input);
    expect(refused.data?.createHandoff ?? null).toBeNull();
    expect(refused.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    expect(refused.errors?.[0].message).toBe('partner organisation was not found');
  });

  it('a retry with the same idempotency key registers the organisation once; the same key with other input is refused', async () => {
    const input = { name: 'Woonstichting Kampen', partnerType: 'HOUSING', municipalityCode: 'GM0166', idempotencyKey: 'register-wsk-0001' };
    const [first, retry] = await Promise.all([register(input), register(input)]);
    expect(first.errors).toBeUndefined();
    expect(retry.errors).toBeUndefined();
    expect(retry.data.registerPartnerOrganisation.id).toBe(first.data.registerPartnerOrganisation.id);
    const listed = await hub.query('handoffs', '{ partnerOrganisations(partnerType: HOUSING) { name } }', {}, testCallers.staff);
    expect(listed.data.partnerOrganisations.filter((o: { name: string }) => o.name === 'Woonstichting Kampen')).toHaveLength(1);
    const other = await register({ ...input, name: 'Woonstichting Zwartewaterland' });
    expect(other.errors?.[0].extensions?.code).toBe('CONFLICT');
  });

  it('an unknown organisation is NOT_FOUND for update, deactivate and a new handoff', async () => {
    const update = await hub.query('handoffs', UPDATE, { input: { id: UNKNOWN, name: 'Nobody' } }, testCallers.staff);
    expect(update.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    const deactivate = await hub.query('handoffs', DEACTIVATE, { id: UNKNOWN }, testCallers.staff);
    expect(deactivate.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    const input = { clientId: DEMO_CLIENTS[0].id, partnerOrganisationId: UNKNOWN, categories: ['IDENTITY'], purpose: 'Screening', priority: 'ROUTINE' };
    expect((await createHandoff(hub, input)).errors?.[0].extensions?.code).toBe('NOT_FOUND');
  });

  it.each([
    ['a blank name', { name: '   ' }, 'name'],
    ['a malformed municipality code', { municipalityCode: 'Zwolle' }, 'municipalityCode'],
    ['a malformed email', { contactEmail: 'not an email' }, 'contactEmail'],
    ['a malformed phone', { contactPhone: 'call me' }, 'contactPhone'],
  ])('%s is BAD_USER_INPUT', async (_what, change, field) => {
    const result = await register({ name: 'Schuldhulp Deventer', partnerType: 'DEBT_ASSISTANCE', municipalityCode: 'GM0150', ...change });
    expect(result.data?.registerPartnerOrganisation ?? null).toBeNull();
    expect(result.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(JSON.stringify(result.errors?.[0].extensions)).toContain(field);
  });

  it.each([
    ['intake', testCallers.intake],
    ['auditor', testCallers.auditor],
    ['partner:ggz', testCallers.partner(0)],
    ['referrer', testCallers.referrer(0)],
    ['municipality', testCallers.municipality('GM0193')],
  ])('%s may not register, update or deactivate an organisation (FORBIDDEN)', async (_role, caller) => {
    const registered = await register({ name: 'Woonstichting X', partnerType: 'HOUSING', municipalityCode: 'GM0193' }, caller);
    expect(registered.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const update = await hub.query('handoffs', UPDATE, { input: { id: UNKNOWN, name: 'X' } }, caller);
    expect(update.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const deactivate = await hub.query('handoffs', DEACTIVATE, { id: UNKNOWN }, caller);
    expect(deactivate.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });
});
