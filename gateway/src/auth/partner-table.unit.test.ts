import { DataCategory, PARTNERS, PartnerType, rolesOf, ROLES, Side } from '@hub/common/light';
import { readSupergraph } from '../supergraph-file';
import { isEnumType } from 'graphql';
import { accessMatrix } from './access-matrix';
import { supergraphRules, supergraphSchema } from './supergraph-rules';

/** The partner table (subgraphs/common/src/domain/partners.ts) against the checked-in supergraph. */
describe('the partner table and the schema agree', () => {
  const sdl = readSupergraph();
  const rules = supergraphRules(sdl);
  const partnerRoles = new Set<string>(rolesOf(Side.PARTNER));
  const scopeRoles = (coordinate: string) => new Set((rules.get(coordinate)?.scopes ?? []).flat());
  const consentOf = (coordinate: string) =>
    (rules.get(coordinate)?.policies ?? []).flat().flatMap((name) => (name.startsWith('consent:') ? [name.slice('consent:'.length)] : []));

  it('every PartnerType value of the supergraph has exactly one row, and every row a value', () => {
    const type = supergraphSchema(sdl).getType('PartnerType');
    if (!isEnumType(type)) throw new Error('the supergraph has no PartnerType enum');
    expect(
      type
        .getValues()
        .map((v) => v.name)
        .sort(),
    ).toEqual(PARTNERS.map((row) => row.partnerType).sort());
    expect(Object.values(PartnerType).sort()).toEqual(PARTNERS.map((row) => row.partnerType).sort());
  });

  it("every row's role is a known role and a column of the access matrix", () => {
    const columns = Object.keys(accessMatrix(sdl)[0].cells);
    for (const row of PARTNERS) {
      expect(ROLES).toContain(row.role);
      expect(columns).toContain(row.role);
    }
  });

  it('a partner role may select exactly the fields guarded by consent for identity or its own category', () => {
    for (const row of PARTNERS) {
      const selectable = [...rules.keys()].filter((c) => scopeRoles(c).has(row.role) && consentOf(c).length > 0).sort();
      const readable = new Set<string>([DataCategory.IDENTITY, row.dataCategory]);
      const guarded = [...rules.keys()].filter((c) => consentOf(c).some((category) => readable.has(category))).sort();
      expect({ role: row.role, fields: selectable }).toEqual({ role: row.role, fields: guarded });
    }
  });

  it('a field without a consent policy is for every partner role or for none: partner data only behind consent', () => {
    const singledOut = [...rules.keys()]
      .filter((c) => consentOf(c).length === 0)
      .map((c) => ({ field: c, partners: [...scopeRoles(c)].filter((role) => partnerRoles.has(role)) }))
      .filter(({ partners }) => partners.length > 0 && partners.length < partnerRoles.size);
    expect(singledOut).toEqual([]);
  });

  // Written out by hand: what the two newest partner types may read of a client, all of it under consent.
  it.each(['partner:addiction', 'partner:casa'])('%s reads of a client only identity and the health screening summary', (role) => {
    const clientFields = [...rules.keys()].filter((c) => (c.startsWith('Client.') || c.startsWith('Child.')) && scopeRoles(c).has(role)).sort();
    expect(clientFields).toEqual(['Client.dateOfBirth', 'Client.healthScreeningSummary', 'Client.id', 'Client.name']);
    expect(clientFields.map(consentOf)).toEqual([['IDENTITY'], ['HEALTH_SCREENING'], [], ['IDENTITY']]);
  });
});
