import { holdsSide, isRole, ROLES, rolesOf, Side, sideOf } from './roles';

// Written out by hand: every role and the side it acts for (DESIGN.md section 4).
const EXPECTED_SIDES: Array<[string, Side]> = [
  ['staff', Side.KADERA],
  ['intake', Side.KADERA],
  ['shelter', Side.KADERA],
  ['auditor', Side.AUDITOR],
  ['referrer', Side.REFERRER],
  ['municipality', Side.MUNICIPALITY],
  ['partner:ggz', Side.PARTNER],
  ['partner:debt', Side.PARTNER],
  ['partner:housing', Side.PARTNER],
  ['partner:uwv', Side.PARTNER],
  ['partner:youth', Side.PARTNER],
  ['partner:addiction', Side.PARTNER],
  ['partner:casa', Side.PARTNER],
];

describe('roles and sides', () => {
  it('ROLES lists exactly these roles, in this order (the access matrix columns)', () => {
    expect(ROLES).toEqual(EXPECTED_SIDES.map(([role]) => role));
  });

  it.each(EXPECTED_SIDES)('a caller with only %s acts for %s', (role, side) => {
    expect(sideOf({ roles: [role] })).toBe(side);
  });

  it('rolesOf is the inverse', () => {
    expect(rolesOf(Side.KADERA)).toEqual(['staff', 'intake', 'shelter']);
    expect(rolesOf(Side.AUDITOR)).toEqual(['auditor']);
    expect(rolesOf(Side.REFERRER)).toEqual(['referrer']);
    expect(rolesOf(Side.MUNICIPALITY)).toEqual(['municipality']);
    expect(rolesOf(Side.PARTNER)).toEqual([
      'partner:ggz',
      'partner:debt',
      'partner:housing',
      'partner:uwv',
      'partner:youth',
      'partner:addiction',
      'partner:casa',
    ]);
  });

  it.each([
    [[], undefined],
    [['partner:education'], undefined],
    [['Staff'], undefined],
    [['__proto__'], undefined],
    [['constructor', 'referrer'], Side.REFERRER],
    [['partner:ggz', 'staff'], Side.KADERA],
    [['referrer', 'partner:casa'], Side.PARTNER],
    [['municipality', 'referrer'], Side.REFERRER],
    [['auditor', 'municipality'], Side.MUNICIPALITY],
    [['auditor', 'intake'], Side.KADERA],
  ])('a caller with %j acts for %s (Kadera first, then partner, referrer, municipality, auditor)', (roles, side) => {
    expect(sideOf({ roles })).toBe(side);
  });

  it('no caller has no side', () => {
    expect(sideOf(undefined)).toBeUndefined();
  });

  it('holdsSide looks at every role, not only the one that decides the side', () => {
    expect(holdsSide(['staff', 'partner:uwv'], Side.PARTNER)).toBe(true);
    expect(holdsSide(['staff', 'municipality'], Side.REFERRER, Side.PARTNER)).toBe(false);
    expect(holdsSide(['toString'], Side.KADERA)).toBe(false);
  });

  it('isRole knows only own keys of the table', () => {
    expect(['staff', 'partner:casa', 'toString', 'hasOwnProperty', 'partner:', 42, null].map(isRole)).toEqual([true, true, false, false, false, false, false]);
  });
});
