import { DEMO_PARTNERS, DEMO_REFERRERS, KADERA, ROLES } from '@hub/common';
import { CALLERS_BY_ROLE, startTestSubgraphs, testCallers, type TestSubgraphs } from '@hub/testing';
import { handoffsSubgraph } from './subgraph';

const ME = `{ me { userId roles side organisationId municipalityCode partnerType } }`;

describe('me: the caller as the gateway verified it', () => {
  let hub: TestSubgraphs;

  beforeAll(async () => {
    hub = await startTestSubgraphs([handoffsSubgraph]);
  });
  afterAll(() => hub?.stop());

  it.each([
    ['staff', testCallers.staff, { userId: 'staff-1', roles: ['staff'], side: 'KADERA', organisationId: KADERA.id, municipalityCode: null, partnerType: null }],
    [
      'auditor',
      testCallers.auditor,
      { userId: 'auditor-1', roles: ['auditor'], side: 'AUDITOR', organisationId: KADERA.id, municipalityCode: null, partnerType: null },
    ],
    [
      'partner:debt',
      testCallers.partner(2),
      {
        userId: 'partner-user-2',
        roles: ['partner:debt'],
        side: 'PARTNER',
        organisationId: DEMO_PARTNERS[2].id,
        municipalityCode: null,
        partnerType: 'DEBT_ASSISTANCE',
      },
    ],
    [
      'referrer',
      testCallers.referrer(1),
      { userId: 'referrer-user-1', roles: ['referrer'], side: 'REFERRER', organisationId: DEMO_REFERRERS[1].id, municipalityCode: null, partnerType: null },
    ],
    [
      'municipality',
      testCallers.municipality('GM0153'),
      { userId: 'municipality-GM0153', roles: ['municipality'], side: 'MUNICIPALITY', organisationId: null, municipalityCode: 'GM0153', partnerType: null },
    ],
  ])('%s gets its own identity', async (_role, caller, expected) => {
    const result = await hub.query('handoffs', ME, {}, caller);
    expect(result.errors).toBeUndefined();
    expect(result.data.me).toEqual(expected);
  });

  it('a caller holding a Kadera role and a partner role acts for Kadera and still sees its partner type', async () => {
    const caller = { userId: 'both-1', roles: ['partner:ggz', 'intake'], organisationId: KADERA.id } as never;
    const result = await hub.query('handoffs', ME, {}, caller);
    expect(result.errors).toBeUndefined();
    expect(result.data.me).toMatchObject({ roles: ['partner:ggz', 'intake'], side: 'KADERA', partnerType: 'GGZ' });
  });

  it.each(ROLES.map((role) => [role]))('every role may ask: %s', async (role) => {
    const result = await hub.query('handoffs', ME, {}, CALLERS_BY_ROLE[role]);
    expect(result.errors).toBeUndefined();
    expect(result.data.me).toMatchObject({ userId: CALLERS_BY_ROLE[role].userId, roles: [role] });
  });

  it('without a caller there is no me', async () => {
    const result = await hub.query('handoffs', ME, {}, undefined);
    expect(result.data?.me ?? null).toBeNull();
    expect(result.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });
});
