import { DEMO_CLIENTS, DEMO_PARTNERS, PARTNERS, PartnerType } from '@hub/common';
import { startTestSubgraphs, testCallers, type TestSubgraphs } from '@hub/testing';
import { clientsSubgraph } from '@hub/testing/peers';
import { createHandoff, handoffInput, move, recordConsent } from './handoff-test-support';
import { handoffsSubgraph } from './subgraph';

const READ = `query($id: UUID!) { handoff(id: $id) { id status partner { id partnerType } client { id } } }`;

describe('handoffs to every partner type of the partner table', () => {
  let hub: TestSubgraphs;

  beforeAll(async () => {
    hub = await startTestSubgraphs([clientsSubgraph, handoffsSubgraph]);
  });
  afterAll(() => hub?.stop());

  // One fresh demo client per row, so each handoff needs its own new consent.
  it.each(PARTNERS.map((row, i) => [row.partnerType, row.dataCategory, 22 + i] as const))(
    '%s: with consent for IDENTITY and %s a handoff is created; only that organisation reads and moves it',
    async (partnerType, category, clientIndex) => {
      const partner = DEMO_PARTNERS.findIndex((org) => org.partnerType === partnerType);
      const clientId = DEMO_CLIENTS[clientIndex].id;
      const input = handoffInput(clientId, partner, { categories: ['IDENTITY', category], purpose: 'Test handoff' });
      expect((await createHandoff(hub, input)).errors?.[0].extensions?.code).toBe('CONSENT_REQUIRED');
      await recordConsent(hub, clientId, partner, ['IDENTITY', category]);
      const created = await createHandoff(hub, input);
      expect(created.errors).toBeUndefined();
      const id = created.data.createHandoff.id;

      const own = testCallers.partner(partner);
      const read = await hub.query('handoffs', READ, { id }, own);
      expect(read.errors).toBeUndefined();
      expect(read.data.handoff).toEqual({ id, status: 'REQUESTED', partner: { id: DEMO_PARTNERS[partner].id, partnerType }, client: { id: clientId } });
      const received = await move(hub, own, id, 'RECEIVED');
      expect(received.errors).toBeUndefined();
      expect(received.data.transitionHandoff.status).toBe('RECEIVED');

      const other = testCallers.partnerOfType(partnerType === PartnerType.GGZ ? PartnerType.CASA : PartnerType.GGZ);
      const hidden = await hub.query('handoffs', READ, { id }, other);
      expect(hidden.data?.handoff ?? null).toBeNull();
    },
  );

  it('the database takes exactly the partner types of the table (a check constraint generated from PartnerType)', async () => {
    const connection = hub.servers.handoffs!.orm.em.getConnection();
    const rows = await connection.execute(
      `select pg_get_constraintdef(c.oid) as definition from pg_constraint c join pg_class t on t.oid = c.conrelid
        join pg_namespace n on n.oid = t.relnamespace
        where n.nspname = 'handoffs' and t.relname = 'partner_organisation' and c.conname = 'partner_organisation_partner_type_check'`,
    );
    expect(rows).toHaveLength(1);
    const allowed = [...(rows[0].definition as string).matchAll(/'([A-Z_]+)'/g)].map((m) => m[1]).sort();
    expect(allowed).toEqual(Object.values(PartnerType).sort());
    await expect(
      connection.execute(
        `insert into handoffs.partner_organisation (id, name, partner_type, municipality_code, created_at) values (gen_random_uuid(), 'No such kind', 'NOT_A_PARTNER_TYPE', 'GM0193', now())`,
      ),
    ).rejects.toThrow(/partner_organisation_partner_type_check/);
  });
});
