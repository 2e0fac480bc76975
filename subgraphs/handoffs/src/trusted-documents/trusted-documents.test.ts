import { createHash } from 'node:crypto';
import { DEMO_PARTNERS, PartnerType } from '@hub/common';
import { startTestSubgraphs, testCallers, type TestSubgraphs } from '@hub/testing';
import { clientsSubgraph } from '@hub/testing/peers';
import { GraphQLError } from 'graphql';
import { handoffsSubgraph } from '../subgraph';
import { registerManifestAt } from './trusted-document-registry';

// Hashes computed here with node's sha256, not by the code under test.
const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');
const manifestOf = (...documents: string[]) => Object.fromEntries(documents.map((body) => [sha256(body), body]));

const HANDOFFS = 'query GgzHandoffs { handoffs(first: 10) { edges { node { id status client { name healthScreeningSummary } } } } }';
const ACCEPT = 'mutation Accept($id: UUID!) { transitionHandoff(input: { handoffId: $id, to: ACCEPTED }) { id status } }';
const RISK = 'query Risk { handoffs(first: 5) { edges { node { id client { name riskLevel } } } } }';

const REGISTER = `mutation($input: RegisterTrustedDocumentsInput!) {
  registerTrustedDocuments(input: $input) { application { id name ownerRole ownerOrganisationId } documentIds registered alreadyRegistered } }`;

describe('registering trusted documents', () => {
  let hub: TestSubgraphs;

  beforeAll(async () => {
    hub = await startTestSubgraphs([clientsSubgraph, handoffsSubgraph]);
  });
  afterAll(() => hub?.stop());

  const sql = <T>(query: string, params: unknown[] = []) => hub.servers.handoffs!.orm.em.getConnection().execute<T[]>(query, params);

  const register = (input: Record<string, unknown>, caller = testCallers.staff) => hub.query('handoffs', REGISTER, { input }, caller);
  const stored = async () => {
    const [counts] = await sql<{ applications: number; documents: number }>(
      'select (select count(*)::int from handoffs.client_application) as applications, (select count(*)::int from handoffs.trusted_document) as documents',
    );
    return counts;
  };

  it('refuses a GGZ application document selecting Client.riskLevel, naming the field and its path; nothing is stored', async () => {
    const before = await stored();
    const answer = await register({ application: 'ggz-risk', ownerRole: 'partner:ggz', manifest: JSON.stringify(manifestOf(HANDOFFS, RISK)) });
    expect(answer.data).toBeNull();
    const error = answer.errors![0];
    expect(error.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      reason: 'FIELD_NOT_ALLOWED',
      faults: [
        {
          documentId: `sha256:${sha256(RISK)}`,
          reason: 'FIELD_NOT_ALLOWED',
          denied: [{ field: 'Client.riskLevel', path: 'handoffs.edges.node.client.riskLevel' }],
        },
      ],
    });
    expect(error.message).toContain('Client.riskLevel');
    expect(await stored()).toEqual(before);
  });

  it('registers a valid manifest once; registering it again is idempotent', async () => {
    const manifest = JSON.stringify(manifestOf(HANDOFFS, ACCEPT));
    const first = await register({ application: 'ggz-portal', ownerRole: 'partner:ggz', manifest });
    expect(first.errors).toBeUndefined();
    expect(first.data.registerTrustedDocuments).toMatchObject({
      application: { name: 'ggz-portal', ownerRole: 'partner:ggz', ownerOrganisationId: null },
      documentIds: [`sha256:${sha256(HANDOFFS)}`, `sha256:${sha256(ACCEPT)}`],
      registered: 2,
      alreadyRegistered: 0,
    });
    const before = await stored();
    const again = await register({ application: 'ggz-portal', ownerRole: 'partner:ggz', manifest });
    expect(again.data.registerTrustedDocuments).toMatchObject({
      application: first.data.registerTrustedDocuments.application,
      registered: 0,
      alreadyRegistered: 2,
    });
    expect(await stored()).toEqual(before);
    const rows = await sql(
      'select hash, body from handoffs.trusted_document d join handoffs.client_application a on a.id = d.application_id where a.name = ? order by hash',
      ['ggz-portal'],
    );
    expect(rows).toEqual([HANDOFFS, ACCEPT].map((body) => ({ hash: sha256(body), body })).sort((a, b) => a.hash.localeCompare(b.hash)));
  });

  it('refuses a hash that is not the sha256 of its body, and a body that is not valid against the supergraph', async () => {
    const before = await stored();
    const mismatched = await register({ application: 'ggz-bad-hash', ownerRole: 'partner:ggz', manifest: JSON.stringify({ [sha256(ACCEPT)]: HANDOFFS }) });
    expect(mismatched.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'DOCUMENT_HASH_MISMATCH' });
    const unknownField = '{ handoffs(first: 1) { edges { node { noSuchField } } } }';
    const invalid = await register({ application: 'ggz-invalid', ownerRole: 'partner:ggz', manifest: JSON.stringify(manifestOf(unknownField)) });
    expect(invalid.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'DOCUMENT_INVALID' });
    expect(invalid.errors![0].message).toContain('noSuchField');
    expect(await stored()).toEqual(before);
  });

  it('keeps an application with its owner: another owner under the same name is a CONFLICT', async () => {
    const answer = await register({ application: 'ggz-portal', ownerRole: 'referrer', manifest: JSON.stringify(manifestOf('query Me { me { userId } }')) });
    expect(answer.errors![0].extensions).toMatchObject({ code: 'CONFLICT', reason: 'APPLICATION_OWNER_DIFFERS' });
  });

  it('narrows an application to a partner organisation of the role only', async () => {
    const ggz = DEMO_PARTNERS.find((org) => org.partnerType === PartnerType.GGZ)!;
    const debt = DEMO_PARTNERS.find((org) => org.partnerType === PartnerType.DEBT_ASSISTANCE)!;
    const manifest = JSON.stringify(manifestOf(HANDOFFS));
    const own = await register({ application: 'ggz-zwolle', ownerRole: 'partner:ggz', ownerOrganisationId: ggz.id, manifest });
    expect(own.data.registerTrustedDocuments.application.ownerOrganisationId).toBe(ggz.id);
    const wrongType = await register({ application: 'ggz-debt', ownerRole: 'partner:ggz', ownerOrganisationId: debt.id, manifest });
    expect(wrongType.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'OWNER_INVALID' });
  });

  it('is staff only: a partner, even the owner role, is FORBIDDEN and stores nothing', async () => {
    const before = await stored();
    const answer = await register(
      { application: 'ggz-self', ownerRole: 'partner:ggz', manifest: JSON.stringify(manifestOf(HANDOFFS)) },
      testCallers.partnerOfType(PartnerType.GGZ),
    );
    expect(answer.errors![0].extensions!.code).toBe('FORBIDDEN');
    expect(await stored()).toEqual(before);
  });

  it('the module the CLI uses runs the same check', async () => {
    const refusal = await registerManifestAt(hub.databaseUrl, { name: 'ggz-cli', role: 'partner:ggz', manifest: manifestOf(RISK) }).catch(
      (error: unknown) => error,
    );
    expect(refusal).toBeInstanceOf(GraphQLError);
    expect((refusal as GraphQLError).extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'FIELD_NOT_ALLOWED' });
    const done = await registerManifestAt(hub.databaseUrl, { name: 'ggz-cli', role: 'partner:ggz', manifest: manifestOf(HANDOFFS) });
    expect(done).toMatchObject({ registered: 1, alreadyRegistered: 0, application: { name: 'ggz-cli', owner: { role: 'partner:ggz' } } });
  });
});
