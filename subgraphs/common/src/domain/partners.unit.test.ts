import { DEMO_CONSENT_PURPOSES, DEMO_PARTNERS } from '../demo/demo-data';
import { DataCategory, PARTNER_ROLE_TYPES, PARTNER_TYPE_CATEGORY, PARTNER_TYPE_ROLES, partnerRolesFor, PARTNERS, PartnerType } from './partners';

// Written out by hand (DESIGN.md sections 1, 4 and 5), not computed from the table it checks.
const EXPECTED_ROWS = [
  { partnerType: 'GGZ', role: 'partner:ggz', dataCategory: 'HEALTH_SCREENING', label: 'Mental health care (GGZ)' },
  { partnerType: 'DEBT_ASSISTANCE', role: 'partner:debt', dataCategory: 'FINANCES', label: 'Debt assistance' },
  { partnerType: 'HOUSING', role: 'partner:housing', dataCategory: 'HOUSING', label: 'Housing corporation' },
  { partnerType: 'UWV', role: 'partner:uwv', dataCategory: 'INCOME_BENEFITS', label: 'Benefits agency (UWV)' },
  { partnerType: 'YOUTH_SERVICES', role: 'partner:youth', dataCategory: 'CHILDREN', label: 'Youth services' },
  { partnerType: 'ADDICTION_CARE', role: 'partner:addiction', dataCategory: 'HEALTH_SCREENING', label: 'Addiction care' },
  { partnerType: 'CASA', role: 'partner:casa', dataCategory: 'HEALTH_SCREENING', label: 'Sexual assault centre (CASA, Centrum Seksueel Geweld)' },
];

describe('the partner table', () => {
  it('holds exactly the expected rows, in order', () => {
    expect(PARTNERS).toEqual(EXPECTED_ROWS);
  });

  it('PartnerType is its keys, in order', () => {
    expect(Object.values(PartnerType)).toEqual(['GGZ', 'DEBT_ASSISTANCE', 'HOUSING', 'UWV', 'YOUTH_SERVICES', 'ADDICTION_CARE', 'CASA']);
    expect(Object.keys(PartnerType)).toEqual(Object.values(PartnerType));
  });

  it('maps role to type and back, and type to category', () => {
    expect(PARTNER_ROLE_TYPES).toEqual({
      'partner:ggz': 'GGZ',
      'partner:debt': 'DEBT_ASSISTANCE',
      'partner:housing': 'HOUSING',
      'partner:uwv': 'UWV',
      'partner:youth': 'YOUTH_SERVICES',
      'partner:addiction': 'ADDICTION_CARE',
      'partner:casa': 'CASA',
    });
    expect(PARTNER_TYPE_ROLES).toEqual({
      GGZ: 'partner:ggz',
      DEBT_ASSISTANCE: 'partner:debt',
      HOUSING: 'partner:housing',
      UWV: 'partner:uwv',
      YOUTH_SERVICES: 'partner:youth',
      ADDICTION_CARE: 'partner:addiction',
      CASA: 'partner:casa',
    });
    expect(PARTNER_TYPE_CATEGORY).toEqual({
      GGZ: 'HEALTH_SCREENING',
      DEBT_ASSISTANCE: 'FINANCES',
      HOUSING: 'HOUSING',
      UWV: 'INCOME_BENEFITS',
      YOUTH_SERVICES: 'CHILDREN',
      ADDICTION_CARE: 'HEALTH_SCREENING',
      CASA: 'HEALTH_SCREENING',
    });
  });

  it.each([
    [DataCategory.IDENTITY, ['partner:ggz', 'partner:debt', 'partner:housing', 'partner:uwv', 'partner:youth', 'partner:addiction', 'partner:casa']],
    [DataCategory.HEALTH_SCREENING, ['partner:ggz', 'partner:addiction', 'partner:casa']],
    [DataCategory.FINANCES, ['partner:debt']],
    [DataCategory.HOUSING, ['partner:housing']],
    [DataCategory.INCOME_BENEFITS, ['partner:uwv']],
    [DataCategory.CHILDREN, ['partner:youth']],
  ])('client data of %s is for %j (with consent)', (category, roles) => {
    expect(partnerRolesFor(category)).toEqual(roles);
  });

  it('every role is a distinct partner:* scope', () => {
    const roles = PARTNERS.map((row) => row.role);
    expect(new Set(roles).size).toBe(roles.length);
    for (const role of roles) expect(role).toMatch(/^partner:[a-z]+$/);
  });

  it('every partner type has a demo organisation (a test caller and a dev token for its role) and a demo consent purpose', () => {
    for (const row of PARTNERS) {
      expect({ type: row.partnerType, hasOrganisation: DEMO_PARTNERS.some((org) => org.partnerType === row.partnerType) }).toEqual({
        type: row.partnerType,
        hasOrganisation: true,
      });
      expect(DEMO_CONSENT_PURPOSES[row.partnerType]).toEqual(expect.any(String));
    }
  });
});
