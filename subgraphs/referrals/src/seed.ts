import {
  addCalendarDays,
  contactDueAt,
  DEMO_CLIENTS,
  DEMO_REFERRERS,
  demoDate,
  demoId,
  MUNICIPALITIES,
  Priority,
  Region,
  type SubgraphSettings,
} from '@hub/common';
import type { EntityManager } from '@mikro-orm/postgresql';
import { CareService, DEFAULT_INTAKE_CONTACT } from './care-service';
import { FundingStream } from './funding-stream';
import { Referral, ReferralKind, ReferralSourceType, ReportedFormOfAbuse } from './referral.entity';
import { ReferralStatusChange } from './referral-status-change.entity';
import { ReferralSide, ReferralStatus } from './referral.workflow';
import { ServiceAvailability } from './service-availability.entity';

const INTAKE_STOP = 'Intake stop: the IJsselland outpatient team accepts no new clients until further notice.';
const OUTPATIENT = [CareService.AMBULATORY_WMO, CareService.AMBULATORY_YOUTH];

function availability(region: Region, service: CareService) {
  if (OUTPATIENT.includes(service)) {
    return region === Region.IJSSELLAND
      ? { acceptingNewClients: false, note: INTAKE_STOP }
      : { acceptingNewClients: true, waitingTimeWeeksMin: 8, waitingTimeWeeksMax: 12 };
  }
  return service === CareService.AFTERCARE ? { acceptingNewClients: true, waitingTimeWeeksMin: 0, waitingTimeWeeksMax: 2 } : { acceptingNewClients: true };
}

interface DemoReferral {
  kind: ReferralKind;
  status: ReferralStatus;
  daysAgo: number;
  referrer: number;
  /** Index into DEMO_CLIENTS; the referral's region is then the client's. */
  client?: number;
  region?: Region;
  /** Shelter referrals are always urgent; others only when marked. */
  urgent?: boolean;
  funding?: FundingStream;
  /** Forms of abuse reported, when not the client's own. */
  forms?: ReportedFormOfAbuse[];
  /** The municipality a consultation names, if any. */
  code?: string;
}

/** The demo referrers by name: huisarts, Veilig Thuis, politie, basisschool. */
function sourceTypeOf(referrerName: string): ReferralSourceType {
  const name = referrerName.toLowerCase();
  if (name.includes('huisarts')) return ReferralSourceType.GP;
  if (name.includes('veilig thuis')) return ReferralSourceType.VEILIG_THUIS;
  if (name.includes('politie')) return ReferralSourceType.POLICE;
  if (name.includes('school')) return ReferralSourceType.SCHOOL;
  return ReferralSourceType.OTHER_PROFESSIONAL;
}

const { AMBULATORY, SHELTER, CONSULTATION } = ReferralKind;
const { REQUESTED, RECEIVED, ACCEPTED, IN_PROGRESS, ON_HOLD, COMPLETED, REJECTED, CANCELLED } = ReferralStatus;
const { IJSSELLAND, TWENTE, HARDENBERG } = Region;
const { JEUGDWET, WLZ } = FundingStream;
const { PARTNER_ABUSE, CHILD_ABUSE, ELDER_ABUSE, HONOUR_BASED_VIOLENCE, FAMILY_VIOLENCE, HUMAN_TRAFFICKING } = ReportedFormOfAbuse;

// Several REQUESTED/RECEIVED referrals are past their contact-due period (a week; a day when urgent), so the overdue flag has something to show.
const REFERRALS: DemoReferral[] = [
  { kind: SHELTER, status: REQUESTED, daysAgo: 0.25, referrer: 1, client: 0 },
  { kind: AMBULATORY, status: REQUESTED, daysAgo: 2, referrer: 2, region: TWENTE, funding: JEUGDWET, forms: [CHILD_ABUSE] },
  { kind: AMBULATORY, status: REQUESTED, daysAgo: 10, referrer: 4, client: 2 },
  { kind: CONSULTATION, status: REQUESTED, daysAgo: 1, referrer: 3, region: TWENTE, code: 'GM0153', forms: [PARTNER_ABUSE] },
  { kind: AMBULATORY, status: REQUESTED, daysAgo: 3, referrer: 4, region: HARDENBERG, funding: JEUGDWET, forms: [CHILD_ABUSE, FAMILY_VIOLENCE] },
  { kind: AMBULATORY, status: RECEIVED, daysAgo: 4, referrer: 2, client: 1 },
  { kind: SHELTER, status: RECEIVED, daysAgo: 1, referrer: 3, client: 3 },
  { kind: AMBULATORY, status: RECEIVED, daysAgo: 9, referrer: 2, client: 4 },
  { kind: AMBULATORY, status: RECEIVED, daysAgo: 12, referrer: 3, client: 5, urgent: true },
  { kind: CONSULTATION, status: RECEIVED, daysAgo: 2, referrer: 0, region: IJSSELLAND, code: 'GM0193', forms: [HONOUR_BASED_VIOLENCE] },
  { kind: SHELTER, status: ACCEPTED, daysAgo: 6, referrer: 1, client: 6 },
  { kind: AMBULATORY, status: ACCEPTED, daysAgo: 15, referrer: 4, client: 8, funding: WLZ },
  { kind: SHELTER, status: ACCEPTED, daysAgo: 20, referrer: 3, client: 9 },
  { kind: AMBULATORY, status: ACCEPTED, daysAgo: 5, referrer: 2, client: 11 },
  { kind: SHELTER, status: IN_PROGRESS, daysAgo: 30, referrer: 1, client: 10 },
  { kind: AMBULATORY, status: IN_PROGRESS, daysAgo: 45, referrer: 2, client: 12 },
  { kind: AMBULATORY, status: IN_PROGRESS, daysAgo: 60, referrer: 3, client: 15 },
  { kind: SHELTER, status: IN_PROGRESS, daysAgo: 25, referrer: 0, client: 7 },
  { kind: CONSULTATION, status: IN_PROGRESS, daysAgo: 3, referrer: 4, region: HARDENBERG, code: 'GM0160', forms: [ELDER_ABUSE] },
  { kind: AMBULATORY, status: ON_HOLD, daysAgo: 35, referrer: 0, client: 13 },
  { kind: AMBULATORY, status: ON_HOLD, daysAgo: 28, referrer: 2, client: 18, funding: JEUGDWET },
  { kind: AMBULATORY, status: ON_HOLD, daysAgo: 40, referrer: 4, client: 16 },
  { kind: SHELTER, status: COMPLETED, daysAgo: 120, referrer: 1, client: 14 },
  { kind: AMBULATORY, status: COMPLETED, daysAgo: 150, referrer: 3, client: 19 },
  // The referrer named no municipality: this consultation counts in no municipality's statistics.
  { kind: CONSULTATION, status: COMPLETED, daysAgo: 14, referrer: 2, region: TWENTE, forms: [PARTNER_ABUSE, CHILD_ABUSE] },
  { kind: CONSULTATION, status: COMPLETED, daysAgo: 21, referrer: 0, region: IJSSELLAND, code: 'GM0150' },
  { kind: AMBULATORY, status: REJECTED, daysAgo: 18, referrer: 1, region: IJSSELLAND, forms: [PARTNER_ABUSE] },
  { kind: SHELTER, status: REJECTED, daysAgo: 50, referrer: 3, client: 17 },
  { kind: AMBULATORY, status: CANCELLED, daysAgo: 33, referrer: 4, region: HARDENBERG },
  { kind: CONSULTATION, status: CANCELLED, daysAgo: 8, referrer: 3, region: TWENTE, code: 'GM0141', forms: [HUMAN_TRAFFICKING] },
];

/** People referred but not (yet) registered as clients; invented, like all demo data. */
const UNREGISTERED: Record<Region, { name: string; dateOfBirth: string; municipalityCode: string }> = {
  [IJSSELLAND]: { name: 'Fenna Mulder', dateOfBirth: '1991-03-14', municipalityCode: 'GM0166' },
  [TWENTE]: { name: 'Noor Bakker', dateOfBirth: '2011-09-02', municipalityCode: 'GM0164' },
  [HARDENBERG]: { name: 'Sem Visser', dateOfBirth: '2013-05-21', municipalityCode: 'GM0160' },
};

/** The path through the state machine that leads to each demo status, with the reason where one is required. */
const PATHS: Partial<Record<ReferralStatus, Array<[ReferralStatus, string?]>>> = {
  [RECEIVED]: [[RECEIVED]],
  [ACCEPTED]: [[RECEIVED], [ACCEPTED]],
  [IN_PROGRESS]: [[RECEIVED], [ACCEPTED], [IN_PROGRESS]],
  [ON_HOLD]: [[RECEIVED], [ON_HOLD, 'Waiting list: 8-12 weeks.']],
  [COMPLETED]: [[RECEIVED], [ACCEPTED], [IN_PROGRESS], [COMPLETED]],
  [REJECTED]: [[RECEIVED], [REJECTED, 'Intake stop in IJsselland; referred to the municipal social team.']],
  [CANCELLED]: [[CANCELLED, 'Withdrawn by the referrer: help arranged elsewhere.']],
};

function regionOf(demo: DemoReferral): Region {
  if (demo.client === undefined) return demo.region!;
  return MUNICIPALITIES[DEMO_CLIENTS[demo.client].municipalityCode].region;
}

function personOf(demo: DemoReferral, region: Region) {
  if (demo.kind === CONSULTATION) return null;
  if (demo.client === undefined) return UNREGISTERED[region];
  const { name, dateOfBirth, municipalityCode } = DEMO_CLIENTS[demo.client];
  return { name, dateOfBirth, municipalityCode };
}

function formsOf(demo: DemoReferral): ReportedFormOfAbuse[] {
  if (demo.forms || demo.client === undefined) return demo.forms ?? [];
  return DEMO_CLIENTS[demo.client].formsOfAbuse as ReportedFormOfAbuse[];
}

function seedHistory(em: EntityManager, referral: Referral, demo: DemoReferral, referrerUser: string) {
  const steps = PATHS[demo.status] ?? [];
  const span = referral.receivedAt.getTime();
  // The changes follow within the first day after receipt.
  const step = (addCalendarDays(referral.receivedAt, Math.min(demo.daysAgo, 1)).getTime() - span) / (steps.length + 1);
  em.create(ReferralStatusChange, {
    referral,
    from: null,
    to: REQUESTED,
    changedAt: referral.receivedAt,
    changedByUserId: referrerUser,
    changedByOrganisationId: referral.referrerOrganisationId,
    side: ReferralSide.REFERRER,
  });
  let from = REQUESTED;
  steps.forEach(([to, reason], i) => {
    const byReferrer = to === CANCELLED;
    em.create(ReferralStatusChange, {
      referral,
      from,
      to,
      changedAt: new Date(span + step * (i + 1)),
      changedByUserId: byReferrer ? referrerUser : 'intake-1',
      changedByOrganisationId: byReferrer ? referral.referrerOrganisationId : null,
      side: byReferrer ? ReferralSide.REFERRER : ReferralSide.KADERA,
      reason: reason ?? null,
    });
    from = to;
  });
}

export async function seedReferrals(em: EntityManager, settings?: SubgraphSettings): Promise<boolean> {
  if ((await em.count(Referral)) > 0) return false;
  const services = Object.values(CareService);
  [IJSSELLAND, TWENTE, HARDENBERG].forEach((region, r) => {
    services.forEach((service, s) => {
      const id = demoId('service-availability', r * services.length + s);
      em.create(ServiceAvailability, { id, region, service, contact: DEFAULT_INTAKE_CONTACT, ...availability(region, service) });
    });
  });
  REFERRALS.forEach((demo, i) => {
    const referrer = DEMO_REFERRERS[demo.referrer];
    const receivedAt = demoDate(demo.daysAgo);
    const region = regionOf(demo);
    const referredPerson = personOf(demo, region);
    const priority = demo.kind === SHELTER || demo.urgent ? Priority.URGENT : Priority.ROUTINE;
    const referral = em.create(Referral, {
      id: demoId('referral', i),
      kind: demo.kind,
      region,
      priority,
      fundingStream: demo.funding ?? FundingStream.WMO,
      status: demo.status,
      sourceType: sourceTypeOf(referrer.name),
      referrerOrganisationId: referrer.id,
      referrerOrganisationName: referrer.name,
      referrerContactName: `Contactpersoon ${referrer.name}`,
      referrerContactPhone: `088 - 00 00 10${demo.referrer}`,
      referredPerson,
      formsOfAbuse: formsOf(demo),
      municipalityCode: referredPerson?.municipalityCode ?? demo.code ?? null,
      receivedAt,
      contactDueAt: contactDueAt(receivedAt, priority, settings?.contactDueDays),
      createdAt: receivedAt,
      updatedAt: receivedAt,
      clientId: demo.client === undefined ? null : DEMO_CLIENTS[demo.client].id,
    });
    seedHistory(em, referral, demo, `referrer-user-${demo.referrer}`);
  });
  await em.flush();
  return true;
}
