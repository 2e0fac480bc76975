import {
  contactDueAt,
  DataCategory,
  DEMO_CLIENTS,
  DEMO_PARTNERS,
  demoDate,
  demoId,
  KADERA,
  PARTNER_TYPE_CATEGORY,
  PartnerType,
  Priority,
  Side,
  type SubgraphSettings,
} from '@hub/common';
import type { EntityManager } from '@mikro-orm/postgresql';
import { HandoffStatusChange } from './handoff-status-change.entity';
import { Handoff } from './handoff.entity';
import { PartnerOrganisation } from './partner-organisation.entity';
import { DEMO_STEPS } from './seed-history';
import { HandoffStatus } from './handoff.workflow';

interface DemoHandoff {
  partner: number; // index into DEMO_PARTNERS
  client: number; // index into DEMO_CLIENTS
  status: HandoffStatus;
  purpose: string;
  priority: Priority;
  daysAgo: number;
}

const { REQUESTED, RECEIVED, ACCEPTED, IN_PROGRESS, ON_HOLD, COMPLETED, REJECTED, CANCELLED, FAILED } = HandoffStatus;
const { URGENT, ROUTINE } = Priority;

// Keep in step with DEMO_CONSENTS in subgraphs/clients/src/seed.ts: each handoff has a consent for its pair.
// Both organisations of a partner type get handoffs, so row-level rules can be told apart;
// handoffs still REQUESTED or RECEIVED past their due date (a week; a day when urgent) are the overdue ones.
const DEMO_HANDOFFS: DemoHandoff[] = [
  { partner: 0, client: 0, status: IN_PROGRESS, purpose: 'Diagnostic screening follow-up', priority: ROUTINE, daysAgo: 20 },
  { partner: 0, client: 7, status: REQUESTED, purpose: 'Trauma treatment (EMDR) assessment', priority: URGENT, daysAgo: 2 },
  { partner: 1, client: 1, status: ACCEPTED, purpose: 'Diagnostic screening follow-up', priority: ROUTINE, daysAgo: 5 },
  { partner: 1, client: 8, status: COMPLETED, purpose: 'Psychiatric assessment after crisis admission', priority: URGENT, daysAgo: 45 },
  { partner: 2, client: 2, status: RECEIVED, purpose: 'Debt restructuring (schuldsanering) intake', priority: ROUTINE, daysAgo: 12 },
  { partner: 2, client: 14, status: COMPLETED, purpose: 'Budget management (budgetbeheer) set-up', priority: ROUTINE, daysAgo: 52 },
  { partner: 3, client: 3, status: ON_HOLD, purpose: 'Debt restructuring (schuldsanering) intake', priority: ROUTINE, daysAgo: 30 },
  { partner: 4, client: 4, status: REQUESTED, purpose: 'Urgent housing (urgentieverklaring)', priority: URGENT, daysAgo: 9 },
  { partner: 4, client: 11, status: REJECTED, purpose: 'Urgent housing (urgentieverklaring)', priority: URGENT, daysAgo: 38 },
  { partner: 5, client: 5, status: IN_PROGRESS, purpose: 'Independent housing after sheltered stay', priority: ROUTINE, daysAgo: 4 },
  { partner: 6, client: 6, status: ACCEPTED, purpose: 'Benefits application', priority: ROUTINE, daysAgo: 15 },
  { partner: 7, client: 13, status: CANCELLED, purpose: 'Benefits application', priority: ROUTINE, daysAgo: 58 },
  { partner: 8, client: 15, status: RECEIVED, purpose: 'Support for the children', priority: URGENT, daysAgo: 3 },
  { partner: 9, client: 8, status: IN_PROGRESS, purpose: 'Support for the children', priority: ROUTINE, daysAgo: 6 },
  { partner: 10, client: 10, status: FAILED, purpose: 'Addiction care intake', priority: ROUTINE, daysAgo: 33 },
  { partner: 10, client: 17, status: REQUESTED, purpose: 'Alcohol use counselling', priority: ROUTINE, daysAgo: 1 },
  { partner: 11, client: 3, status: COMPLETED, purpose: 'Forensic medical examination and aftercare', priority: URGENT, daysAgo: 40 },
  { partner: 11, client: 20, status: IN_PROGRESS, purpose: 'Sexual violence counselling', priority: URGENT, daysAgo: 6 },
];

export async function seedHandoffs(em: EntityManager, settings?: SubgraphSettings): Promise<boolean> {
  if ((await em.count(Handoff)) > 0 || (await em.count(PartnerOrganisation)) > 0) return false;
  const now = new Date();
  const partners = DEMO_PARTNERS.map((demo) =>
    em.create(PartnerOrganisation, {
      id: demo.id,
      name: demo.name,
      partnerType: demo.partnerType as PartnerType,
      municipalityCode: demo.municipalityCode!,
      createdAt: demoDate(90, now),
    }),
  );
  DEMO_HANDOFFS.forEach((demo, i) => {
    const createdAt = demoDate(demo.daysAgo, now);
    // A handoff still waiting for the partner has not changed since it was sent.
    const updatedAt = demo.status === REQUESTED ? createdAt : demoDate(Math.floor(demo.daysAgo / 2), now);
    const steps = DEMO_STEPS[demo.status];
    const last = steps[steps.length - 1];
    const partner = partners[demo.partner];
    const handoff = em.create(Handoff, {
      id: demoId('handoff', i),
      partner,
      clientId: DEMO_CLIENTS[demo.client].id,
      municipalityCode: DEMO_CLIENTS[demo.client].municipalityCode,
      status: demo.status,
      statusReason: last.reason ?? null,
      purpose: demo.purpose,
      categories: [DataCategory.IDENTITY, PARTNER_TYPE_CATEGORY[partner.partnerType]],
      priority: demo.priority,
      createdAt,
      updatedAt,
      dueAt: contactDueAt(createdAt, demo.priority, settings?.contactDueDays),
      outcomeSuccessful: last.outcome?.successful ?? null,
      outcomeReason: last.outcome?.reasonCode ?? null,
      outcomeNote: last.outcome?.note ?? null,
    });
    // Steps spread evenly from the creation to the last change.
    const span = updatedAt.getTime() - createdAt.getTime();
    let from: HandoffStatus | null = null;
    steps.forEach((step, n) => {
      const partnerSide = step.side === Side.PARTNER;
      em.create(HandoffStatusChange, {
        id: demoId(`handoff-${i}-step`, n),
        handoff,
        from,
        to: step.to,
        changedAt: new Date(createdAt.getTime() + (steps.length > 1 ? (span * n) / (steps.length - 1) : 0)),
        changedByUserId: partnerSide ? `partner-user-${demo.partner}` : 'staff-1',
        changedByOrganisationId: partnerSide ? partner.id : KADERA.id,
        side: step.side,
        reason: step.reason ?? null,
      });
      from = step.to;
    });
  });
  await em.flush();
  return true;
}
