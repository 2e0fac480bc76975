import { DataCategory, DEMO_CLIENTS, DEMO_CONSENT_PURPOSES, DEMO_PARTNERS, demoDate, PARTNER_TYPE_CATEGORY } from '@hub/common';
import type { EntityManager } from '@mikro-orm/postgresql';
import { Child } from './child.entity';
import { Client, FormOfAbuse, RiskLevel } from './client.entity';
import { Consent } from './consent.entity';
import { demoChildren, demoClientDetails } from './demo-client-details';
import { addDays, today } from '@hub/common';

interface DemoConsent {
  partner: number; // index into DEMO_PARTNERS
  client: number; // index into DEMO_CLIENTS
  daysAgo: number; // when the handoff it backs was sent
  expiredDaysAgo?: number;
  withdrawnDaysAgo?: number;
}

// One consent per demo handoff in subgraphs/handoffs/src/seed.ts (same partner, client and day), recorded the
// day before. The two that no longer hold belong to handoffs that are closed: the withdrawal is why one was cancelled.
const DEMO_CONSENTS: DemoConsent[] = [
  { partner: 0, client: 0, daysAgo: 20 },
  { partner: 0, client: 7, daysAgo: 2 },
  { partner: 1, client: 1, daysAgo: 5 },
  { partner: 1, client: 8, daysAgo: 45, expiredDaysAgo: 10 },
  { partner: 2, client: 2, daysAgo: 12 },
  { partner: 2, client: 14, daysAgo: 52 },
  { partner: 3, client: 3, daysAgo: 30 },
  { partner: 4, client: 4, daysAgo: 9 },
  { partner: 4, client: 11, daysAgo: 38 },
  { partner: 5, client: 5, daysAgo: 4 },
  { partner: 6, client: 6, daysAgo: 15 },
  { partner: 7, client: 13, daysAgo: 58, withdrawnDaysAgo: 30 },
  { partner: 8, client: 15, daysAgo: 3 },
  { partner: 9, client: 8, daysAgo: 6 },
  { partner: 10, client: 10, daysAgo: 33 },
  { partner: 10, client: 17, daysAgo: 1 },
  { partner: 11, client: 3, daysAgo: 40 },
  { partner: 11, client: 20, daysAgo: 6 },
];

const SEED_USER = 'intake-1';

export async function seedClients(em: EntityManager): Promise<boolean> {
  let seeded = false;
  if ((await em.count(Client)) === 0) {
    DEMO_CLIENTS.forEach((demo, i) => {
      em.create(Client, {
        ...demo,
        ...demoClientDetails(i),
        riskLevel: demo.riskLevel as RiskLevel,
        formsOfAbuse: demo.formsOfAbuse as FormOfAbuse[],
      });
    });
    await em.flush();
    seeded = true;
  }
  if ((await em.count(Consent)) === 0) {
    const now = new Date();
    for (const demo of DEMO_CONSENTS) {
      const partner = DEMO_PARTNERS[demo.partner];
      const validFrom = addDays(today(now), -(demo.daysAgo + 1));
      em.create(Consent, {
        client: em.getReference(Client, DEMO_CLIENTS[demo.client].id),
        partnerOrganisationId: partner.id,
        categories: [DataCategory.IDENTITY, PARTNER_TYPE_CATEGORY[partner.partnerType!]],
        purpose: DEMO_CONSENT_PURPOSES[partner.partnerType!],
        validFrom,
        validUntil: demo.expiredDaysAgo ? addDays(today(now), -demo.expiredDaysAgo) : addDays(validFrom, 365),
        recordedByUserId: SEED_USER,
        recordedAt: demoDate(demo.daysAgo + 1, now),
        withdrawnAt: demo.withdrawnDaysAgo ? demoDate(demo.withdrawnDaysAgo, now) : null,
        withdrawnByUserId: demo.withdrawnDaysAgo ? SEED_USER : null,
      });
    }
    await em.flush();
    seeded = true;
  }
  if ((await em.count(Child)) === 0) {
    // A database seeded before the consented categories existed gets them filled in here.
    for (const [i, demo] of DEMO_CLIENTS.entries()) {
      await em.nativeUpdate(Client, { id: demo.id, healthScreeningSummary: null }, demoClientDetails(i));
    }
    const known = new Set((await em.find(Client, { id: { $in: DEMO_CLIENTS.map((c) => c.id) } }, { fields: ['id'] })).map((c) => c.id));
    for (const child of demoChildren()) {
      if (!known.has(child.clientId)) continue;
      const { clientId, ...fields } = child;
      em.create(Child, { ...fields, client: em.getReference(Client, clientId) });
    }
    await em.flush();
    seeded = true;
  }
  return seeded;
}
