import { DEMO_PARTNERS, DEMO_REFERRERS, KADERA, PartnerType, type Caller, type Role } from '@hub/common';

const PARTNER_ROLES: Partial<Record<PartnerType, Role>> = {
  [PartnerType.GGZ]: 'partner:ggz',
  [PartnerType.DEBT_ASSISTANCE]: 'partner:debt',
  [PartnerType.HOUSING]: 'partner:housing',
  [PartnerType.UWV]: 'partner:uwv',
  [PartnerType.YOUTH_SERVICES]: 'partner:youth',
};

/** Callers of the demo world, for tests. */
export const testCallers = {
  staff: { userId: 'staff-1', roles: ['staff'], organisationId: KADERA.id, purpose: 'care' } as Caller,
  intake: { userId: 'intake-1', roles: ['intake'], organisationId: KADERA.id, purpose: 'care' } as Caller,
  shelter: { userId: 'shelter-1', roles: ['shelter'], organisationId: KADERA.id, purpose: 'care' } as Caller,
  auditor: { userId: 'auditor-1', roles: ['auditor'], organisationId: KADERA.id, purpose: 'audit' } as Caller,
  /** A user of DEMO_PARTNERS[index], with that organisation's partner role. */
  partner(index: number): Caller {
    const org = DEMO_PARTNERS[index];
    const role = PARTNER_ROLES[org.partnerType!];
    if (!role) throw new Error(`${org.name} has a partner type without a role yet`);
    return { userId: `partner-user-${index}`, roles: [role], organisationId: org.id, purpose: 'handoff' };
  },
  /** A professional of DEMO_REFERRERS[index]. */
  referrer(index: number): Caller {
    return { userId: `referrer-user-${index}`, roles: ['referrer'], organisationId: DEMO_REFERRERS[index].id, purpose: 'referral' };
  },
  municipality(code: string): Caller {
    return { userId: `municipality-${code}`, roles: ['municipality'], municipalityCode: code, purpose: 'statistics' };
  },
};
