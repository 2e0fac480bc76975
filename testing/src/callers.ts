import { DEMO_PARTNERS, DEMO_REFERRERS, KADERA, PARTNER_TYPE_ROLES, type Caller, type PartnerType } from '@hub/common';

/** Callers of the demo world, for tests. */
export const testCallers = {
  staff: { userId: 'staff-1', roles: ['staff'], organisationId: KADERA.id, purpose: 'care' } as Caller,
  intake: { userId: 'intake-1', roles: ['intake'], organisationId: KADERA.id, purpose: 'care' } as Caller,
  shelter: { userId: 'shelter-1', roles: ['shelter'], organisationId: KADERA.id, purpose: 'care' } as Caller,
  auditor: { userId: 'auditor-1', roles: ['auditor'], organisationId: KADERA.id, purpose: 'audit' } as Caller,
  /** A user of DEMO_PARTNERS[index], with that organisation's partner role. */
  partner(index: number): Caller {
    const org = DEMO_PARTNERS[index];
    if (!org?.partnerType) throw new Error(`no demo partner organisation ${index}`);
    return { userId: `partner-user-${index}`, roles: [PARTNER_TYPE_ROLES[org.partnerType]], organisationId: org.id, purpose: 'handoff' };
  },
  /** A user of the first demo organisation of `partnerType` (every type has one: demo-data.ts). */
  partnerOfType(partnerType: PartnerType): Caller {
    const index = DEMO_PARTNERS.findIndex((org) => org.partnerType === partnerType);
    if (index < 0) throw new Error(`no demo organisation of partner type ${partnerType}`);
    return testCallers.partner(index);
  },
  /** A professional of DEMO_REFERRERS[index]. */
  referrer(index: number): Caller {
    return { userId: `referrer-user-${index}`, roles: ['referrer'], organisationId: DEMO_REFERRERS[index].id, purpose: 'referral' };
  },
  municipality(code: string): Caller {
    return { userId: `municipality-${code}`, roles: ['municipality'], municipalityCode: code, purpose: 'statistics' };
  },
};
