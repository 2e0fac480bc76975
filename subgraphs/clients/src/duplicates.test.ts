import { DEMO_CLIENTS } from '@hub/common';
import { startTestSubgraphs, testCallers, type TestSubgraphs } from '@hub/testing';
import { DUPLICATE_SCORE_WEIGHTS as WEIGHTS } from './duplicates';
import { NAME_SIMILARITY_THRESHOLD } from './name-similarity';
import { clientsSubgraph } from './subgraph';

const DUPLICATES = `query($name: String!, $dob: LocalDate!, $municipality: String) {
  possibleDuplicates(name: $name, dateOfBirth: $dob, municipalityCode: $municipality) { client { id name } score reasons { kind similarity } }
}`;
const REGISTER = `mutation($input: RegisterClientInput!) { registerClient(input: $input) { id } }`;

// Iris Hendriks, born 1980-08-08, lives in Zwolle (GM0193).
const iris = DEMO_CLIENTS[7];

/** Duplicate detection at intake: pg_trgm similarity of the names, with the reasons, ranked; registerClient refuses with the same. */
describe('possibleDuplicates', () => {
  let hub: TestSubgraphs;
  const sql = (query: string, params: unknown[] = []) => hub.servers.clients!.orm.em.getConnection().execute(query, params);
  const duplicates = (name: string, dob: string, municipality?: string, caller = testCallers.intake) =>
    hub.query('clients', DUPLICATES, { name, dob, municipality }, caller);

  beforeAll(async () => {
    hub = await startTestSubgraphs([clientsSubgraph]);
  });
  afterAll(() => hub?.stop());

  it('a typo in the surname still finds the client, with the name similarity and the same date of birth as reasons', async () => {
    expect(iris.name).toBe('Iris Hendriks');
    const { data, errors } = await duplicates('Iris Hendrix', iris.dateOfBirth);
    expect(errors).toBeUndefined();
    expect(data.possibleDuplicates).toHaveLength(1);
    const [candidate] = data.possibleDuplicates;
    expect(candidate.client).toEqual({ id: iris.id, name: iris.name });
    expect(candidate.reasons.map((r: any) => r.kind)).toEqual(['NAME_SIMILARITY', 'SAME_DATE_OF_BIRTH']);
    const similarity = candidate.reasons[0].similarity;
    expect(similarity).toBeGreaterThanOrEqual(NAME_SIMILARITY_THRESHOLD);
    expect(similarity).toBeLessThan(1);
    expect(candidate.score).toBeCloseTo(WEIGHTS.name * similarity + WEIGHTS.SAME_DATE_OF_BIRTH, 2);
  });

  it('the same municipality is a reason too, and ranks a candidate higher', async () => {
    const { data } = await duplicates('Iris Hendrix', iris.dateOfBirth, iris.municipalityCode);
    expect(data.possibleDuplicates[0].reasons.map((r: any) => r.kind)).toEqual(['NAME_SIMILARITY', 'SAME_DATE_OF_BIRTH', 'SAME_MUNICIPALITY']);
    expect(data.possibleDuplicates[0].score).toBeCloseTo(
      WEIGHTS.name * data.possibleDuplicates[0].reasons[0].similarity + WEIGHTS.SAME_DATE_OF_BIRTH + WEIGHTS.SAME_MUNICIPALITY,
      2,
    );
    // Another birthday in the same municipality: still a candidate, on the name and the municipality.
    const moved = await duplicates('Iris Hendriks', '1981-01-01', iris.municipalityCode);
    expect(moved.data.possibleDuplicates.map((c: any) => [c.client.id, c.reasons.map((r: any) => r.kind)])).toEqual([
      [iris.id, ['NAME_SIMILARITY', 'SAME_MUNICIPALITY']],
    ]);
  });

  it('a similar name alone, or a date of birth alone, is not a candidate; nor is another first name with the same surname', async () => {
    expect((await duplicates('Iris Hendriks', '1981-01-01')).data.possibleDuplicates).toEqual([]);
    expect((await duplicates('Sanne Visser', iris.dateOfBirth)).data.possibleDuplicates).toEqual([]);
    expect((await duplicates('Esther Hendriks', iris.dateOfBirth, iris.municipalityCode)).data.possibleDuplicates).toEqual([]);
  });

  it('ranks by score: the exact name before the typo, then the one with fewer reasons', async () => {
    const register = (name: string, dateOfBirth: string, municipalityCode: string) =>
      hub.query(
        'clients',
        REGISTER,
        { input: { name, dateOfBirth, municipalityCode, confidentialAddress: 'Ergens 1, Zwolle', riskLevel: 'GREEN', confirmNotDuplicate: true } },
        testCallers.staff,
      );
    const typo = (await register('Iris Hendrix', '1980-08-08', 'GM0153')).data.registerClient.id;
    const sameMunicipality = (await register('Iris Hendriks', '1975-03-03', iris.municipalityCode)).data.registerClient.id;
    const { data } = await duplicates('Iris Hendriks', iris.dateOfBirth, iris.municipalityCode);
    expect(data.possibleDuplicates.map((c: any) => c.client.id)).toEqual([iris.id, typo, sameMunicipality]);
    const scores = data.possibleDuplicates.map((c: any) => c.score);
    expect([...scores].sort((a, b) => b - a)).toEqual(scores);
    expect(scores[0]).toBe(1); // every reason at its fullest: the weights add up to 1

    // registerClient refuses with the same candidates in the same order.
    const refused = await hub.query(
      'clients',
      REGISTER,
      {
        input: {
          name: 'Iris Hendriks',
          dateOfBirth: iris.dateOfBirth,
          municipalityCode: iris.municipalityCode,
          confidentialAddress: 'Ergens 2, Zwolle',
          riskLevel: 'GREEN',
        },
      },
      testCallers.staff,
    );
    expect(refused.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', candidates: [iris.id, typo, sameMunicipality] });
  });

  it('every check is in the access log: the candidates asked about, and the candidates a refusal names', async () => {
    await duplicates('Iris Hendrix', iris.dateOfBirth);
    const [read] = await sql(`select action, outcome, client_ids, fields, roles from audit.access_log order by seq desc limit 1`);
    expect(read).toMatchObject({ action: 'SEARCH', outcome: 'ALLOWED', roles: ['intake'] });
    expect(read.client_ids).toContain(iris.id);
    expect(read.fields).toEqual(expect.arrayContaining(['Client.id', 'Client.name', 'DuplicateCandidate.score', 'DuplicateReason.kind']));

    await hub.query(
      'clients',
      REGISTER,
      {
        input: {
          name: 'Iris Hendrix',
          dateOfBirth: iris.dateOfBirth,
          municipalityCode: 'GM0153',
          confidentialAddress: 'Ergens 3, Enschede',
          riskLevel: 'GREEN',
        },
      },
      testCallers.staff,
    );
    const [refusal] = await sql(`select action, outcome, client_ids, fields from audit.access_log order by seq desc limit 1`);
    expect(refusal).toMatchObject({ action: 'CREATE', outcome: 'ALLOWED', fields: ['Mutation.registerClient'] });
    expect(refusal.client_ids).toContain(iris.id);
  });

  it('refuses a bad municipality code and callers outside Kadera', async () => {
    const bad = await duplicates('Iris Hendrix', iris.dateOfBirth, 'Zwolle');
    expect(bad.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'municipalityCode' });
    for (const caller of [testCallers.partner(0), testCallers.referrer(0), testCallers.auditor, testCallers.municipality(iris.municipalityCode)]) {
      const refused = await duplicates('Iris Hendrix', iris.dateOfBirth, undefined, caller);
      expect(refused.errors?.[0].extensions?.code).toBe('FORBIDDEN');
      expect(refused.text).not.toContain(iris.id);
    }
  });
});
