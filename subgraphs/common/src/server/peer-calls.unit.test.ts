import { assertDeclaredPeerCall, peerCallersOf, peerCallRefusal } from './peer-calls';

describe('the peer calls (what a subgraph asks another)', () => {
  it('names as callers of each subgraph the subgraphs whose code asks it', () => {
    // handoffs asks clients about consent; placements, referrals and handoffs ask clients for the client;
    // clients asks the other three for an export or an erasure, handoffs for partners, referrals for referrers.
    expect(peerCallersOf('clients')).toEqual(['placements', 'referrals', 'handoffs']);
    expect(peerCallersOf('placements')).toEqual(['clients']);
    expect(peerCallersOf('referrals')).toEqual(['clients', 'handoffs']);
    expect(peerCallersOf('handoffs')).toEqual(['clients']);
  });

  it('admits a declared call from a subgraph that makes it, with several declared fields in one operation', () => {
    expect(peerCallRefusal('clients', 'query ($id: UUID!) { client(id: $id) { id municipalityCode } }', 'placements')).toBeUndefined();
    expect(
      peerCallRefusal(
        'clients',
        'query ($c: UUID!) { client(id: $c) { id } consentCoverage(clientId: $c, partnerOrganisationId: $c, categories: []) { covered } }',
        'handoffs',
      ),
    ).toBeUndefined();
    expect(peerCallRefusal('handoffs', 'mutation ($id: UUID!) { handoffsEraseClient(clientId: $id) }', 'clients')).toBeUndefined();
    // Without a caller: some subgraph asks it (the peer listener's first gate, before the token is read).
    expect(peerCallRefusal('referrals', '{ referrerOrganisationNames(ids: []) { id } }')).toBeUndefined();
  });

  it('refuses a field no peer asks for, a declared field from a subgraph that does not ask it, and anything but plain fields', () => {
    expect(peerCallRefusal('clients', '{ clients { id name } }', 'handoffs')).toMatch(/clients is not asked of clients/);
    expect(peerCallRefusal('clients', 'query ($id: UUID!) { client(id: $id) { id } clients { id } }', 'handoffs')).toMatch(/clients is not asked/);
    expect(peerCallRefusal('clients', '{ consentCoverage(clientId: "x", partnerOrganisationId: "y", categories: []) { covered } }', 'placements')).toMatch(
      /placements does not ask clients for consentCoverage/,
    );
    expect(peerCallRefusal('placements', 'mutation { placementsEraseClient(clientId: "x") }', 'referrals')).toMatch(/referrals does not ask/);
    expect(peerCallRefusal('clients', '{ ... on Query { clients { id } } }')).toBeDefined();
    expect(peerCallRefusal('clients', '{ ...F } fragment F on Query { client(id: "x") { id } }')).toBeDefined();
    expect(peerCallRefusal('clients', 'query A { client(id: "x") { id } } query B { clients { id } }')).toBeDefined();
    expect(peerCallRefusal('clients', '{ _entities(representations: []) { __typename } }')).toBeDefined();
    expect(peerCallRefusal('clients', '{ __schema { types { name } } }')).toBeDefined();
    expect(peerCallRefusal('clients', 'not graphql {')).toBeDefined();
    expect(peerCallRefusal('clients', undefined)).toBeDefined();
    expect(peerCallRefusal('clients', '{ constructor { id } }')).toBeDefined();
  });

  it('lets a subgraph sign only the calls the list holds', () => {
    const body = (query: string) => JSON.stringify({ query, variables: { id: 'x' } });
    expect(() => assertDeclaredPeerCall('handoffs', 'clients', body('query ($id: UUID!) { client(id: $id) { id } }'))).not.toThrow();
    expect(() => assertDeclaredPeerCall('clients', 'referrals', Buffer.from(body('query ($id: UUID!) { referralsDataExport(clientId: $id) }')))).not.toThrow();
    expect(() => assertDeclaredPeerCall('handoffs', 'clients', body('{ clients { id } }'))).toThrow(/undeclared peer call/);
    expect(() => assertDeclaredPeerCall('placements', 'referrals', body('{ referrerOrganisationNames(ids: []) { id } }'))).toThrow(
      /placements does not ask referrals/,
    );
    expect(() => assertDeclaredPeerCall('handoffs', 'clients', 'not json')).toThrow(/undeclared peer call/);
  });
});
