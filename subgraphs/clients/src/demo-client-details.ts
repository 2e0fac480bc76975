import { DEMO_CLIENTS, demoId } from '@hub/common';
import { HousingUrgency } from './client.entity';
import { addDays, today } from '@hub/common';

/*
 * The consented data categories of the demo clients: short, neutral professional
 * summaries of what each partner type needs to help, never an account of the abuse.
 */

const HEALTH_SCREENING = [
  'Intake screening: sleep problems and tension complaints; no acute psychiatric risk. Trauma-focused treatment advised.',
  'Intake screening: signs of post-traumatic stress; motivated for treatment; no medication at present.',
  'Intake screening: mild depressive complaints, stable; general practitioner involved; prefers outpatient support.',
  'Intake screening: no indication of a psychiatric disorder; follow-up screening advised after three months.',
  'Intake screening: anxiety complaints that limit daily functioning; referral to specialist care advised.',
];

const FINANCES = [
  'Debts of about EUR 8,000 with several creditors; no budget management yet; open to debt assistance.',
  'Joint debts with the former partner; two months of rent arrears; a bank account in own name has been opened.',
  'No problematic debts; needs help with a budget plan for living independently.',
  'Arrears on the health insurance premium; payment arrangement requested; income does not cover fixed costs.',
  'Debts of about EUR 22,000, partly with collection agencies; eligible for a statutory debt scheme (Wsnp).',
];

const HOUSING: Array<[string, HousingUrgency]> = [
  ['Two-room flat for one adult, outside the former home municipality.', HousingUrgency.HIGH],
  ["Family home with three bedrooms, near the children's school.", HousingUrgency.URGENT],
  ['Supported living with light guidance for the first year.', HousingUrgency.MEDIUM],
  ['Return to the own rented home is possible once safety measures are in place.', HousingUrgency.LOW],
  ["Ground-floor flat (limited mobility) in a municipality of the client's choice.", HousingUrgency.HIGH],
];

const INCOME = [
  'Social assistance benefit (Participatiewet) applied for; no income at present.',
  'Part-time employment, 20 hours a week; supplementary benefit requested.',
  'Sickness benefit (ZW) via UWV; reintegration still to be planned.',
  'Income from employment; housing and care allowances to be moved to an own account.',
  'Unemployment benefit (WW) ending in four months; job search support wanted.',
];

/** What the client record holds per consented category, for demo client `i`. */
export function demoClientDetails(i: number) {
  const [housingNeed, housingUrgency] = HOUSING[(i * 3) % HOUSING.length];
  return {
    healthScreeningSummary: HEALTH_SCREENING[i % HEALTH_SCREENING.length],
    financialSituation: FINANCES[(i * 2) % FINANCES.length],
    housingNeed,
    housingUrgency,
    incomeAndBenefits: INCOME[(i + 2) % INCOME.length],
  };
}

const CHILD_NAMES = ['Sem', 'Julia', 'Liam', 'Mila', 'Noah', 'Tess', 'Finn', 'Zoë', 'Adam', 'Lina', 'Milan', 'Saar'];
const CHILD_SOCIAL_WORKERS = ['Jeroen Wolters', 'Sara El Amrani', 'Marloes Kuiper', 'Thijs van Leeuwen', 'Ayşe Demir', 'Femke Hoekstra', 'Ruud Scholten'];

// Beyond the clients whose forms of abuse include CHILD_ABUSE, some others have children too.
const OTHER_PARENTS = new Set([2, 6, 13, 20, 27]);

export interface DemoChild {
  id: string;
  clientId: string;
  firstName: string;
  dateOfBirth: string;
  childSocialWorkerName: string;
}

/** Children of the demo clients: one to three each, born when the parent was an adult, none older than 16. */
export function demoChildren(now = new Date()): DemoChild[] {
  const children: DemoChild[] = [];
  const day = today(now);
  DEMO_CLIENTS.forEach((client, i) => {
    if (!client.formsOfAbuse.includes('CHILD_ABUSE') && !OTHER_PARENTS.has(i)) return;
    const parentAge = Number(day.slice(0, 4)) - Number(client.dateOfBirth.slice(0, 4));
    const oldest = Math.max(1, Math.min(16, parentAge - 19));
    const count = 1 + (i % 3);
    for (let k = 0; k < count; k++) {
      const n = children.length;
      const age = 1 + ((i * 5 + k * 4) % oldest);
      children.push({
        id: demoId('child', n),
        clientId: client.id,
        firstName: CHILD_NAMES[(i + k * 5) % CHILD_NAMES.length],
        dateOfBirth: addDays(day, -(age * 365 + ((i * 37 + k * 53) % 300))),
        childSocialWorkerName: CHILD_SOCIAL_WORKERS[n % CHILD_SOCIAL_WORKERS.length],
      });
    }
  });
  return children;
}
