import { PartnerType } from '../domain/partners';
import { demoId } from './demo-ids';

/**
 * The demo world shared by every subgraph's seed: fictional people and
 * organisations in Kadera's region. Each subgraph stores only its own part.
 */

export interface DemoClient {
  id: string;
  name: string;
  dateOfBirth: string;
  municipalityCode: string;
  confidentialAddress: string;
  riskLevel: 'RED' | 'ORANGE' | 'GREEN';
  formsOfAbuse: string[];
}

const GIVEN = ['Anouk', 'Fatima', 'Sanne', 'Lotte', 'Yasmina', 'Marieke', 'Esra', 'Iris', 'Noor', 'Daan', 'Priya', 'Eva'];
const FAMILY = ['de Vries', 'Jansen', 'Bakker', 'Visser', 'Smit', 'Meijer', 'Mulder', 'Bos', 'Kaya', 'Hendriks', 'Dekker', 'Yilmaz', 'Brouwer'];
const STREETS = ['Lindenlaan', 'Molenstraat', 'Kerkweg', 'Beukenhof', 'Esdoornstraat', 'Vondelweg'];
const CODES = ['GM0193', 'GM0153', 'GM0160', 'GM0150', 'GM0164', 'GM0141', 'GM0166'];
const TOWNS: Record<string, string> = {
  GM0193: '8011 Zwolle',
  GM0153: '7511 Enschede',
  GM0160: '7771 Hardenberg',
  GM0150: '7411 Deventer',
  GM0164: '7551 Hengelo',
  GM0141: '7607 Almelo',
  GM0166: '8261 Kampen',
};
const RISK = ['RED', 'ORANGE', 'GREEN', 'ORANGE'] as const;
const ABUSE = [
  ['PARTNER_ABUSE'],
  ['PARTNER_ABUSE', 'CHILD_ABUSE'],
  ['HONOUR_BASED_VIOLENCE', 'FAMILY_VIOLENCE'],
  ['SEXUAL_ABUSE'],
  ['HUMAN_TRAFFICKING'],
  ['ELDER_ABUSE'],
  ['PARTNER_ABUSE', 'SEXUAL_ABUSE'],
];

export const DEMO_CLIENT_COUNT = 36;

export const DEMO_CLIENTS: DemoClient[] = Array.from({ length: DEMO_CLIENT_COUNT }, (_, i) => {
  const code = CODES[i % CODES.length];
  // The ninth and tenth demo people are men, for "supported living for men".
  const given = i === 9 ? 'Daan' : i === 10 ? 'Ruben' : GIVEN[i % GIVEN.length];
  const year = 1968 + ((i * 7) % 37);
  return {
    id: demoId('client', i),
    name: `${given} ${FAMILY[(i * 5) % FAMILY.length]}`,
    dateOfBirth: `${year}-${String((i % 12) + 1).padStart(2, '0')}-${String((i % 27) + 1).padStart(2, '0')}`,
    municipalityCode: code,
    confidentialAddress: `${STREETS[i % STREETS.length]} ${10 + i}, ${TOWNS[code]}`,
    riskLevel: RISK[i % RISK.length],
    formsOfAbuse: ABUSE[i % ABUSE.length],
  };
});

export interface DemoOrganisation {
  id: string;
  name: string;
  kind: 'partner' | 'referrer' | 'kadera' | 'municipality';
  partnerType?: PartnerType;
  municipalityCode?: string;
}

const partner = (i: number, name: string, partnerType: PartnerType, municipalityCode: string): DemoOrganisation => ({
  id: demoId('partner', i),
  name,
  kind: 'partner',
  partnerType,
  municipalityCode,
});

/** Two organisations of most partner types, so row-level rules can be told apart. */
export const DEMO_PARTNERS: DemoOrganisation[] = [
  partner(0, 'GGZ Zwolle Noord', PartnerType.GGZ, 'GM0193'),
  partner(1, 'GGZ Twente Zuid', PartnerType.GGZ, 'GM0153'),
  partner(2, 'Schuldhulp IJsselland', PartnerType.DEBT_ASSISTANCE, 'GM0193'),
  partner(3, 'Schuldhulp Enschede', PartnerType.DEBT_ASSISTANCE, 'GM0153'),
  partner(4, 'Woningstichting IJsseldelta', PartnerType.HOUSING, 'GM0193'),
  partner(5, 'Woonbedrijf Twente', PartnerType.HOUSING, 'GM0153'),
  partner(6, 'UWV Zwolle', PartnerType.UWV, 'GM0193'),
  partner(7, 'UWV Enschede', PartnerType.UWV, 'GM0153'),
  partner(8, 'Jeugdzorg Overijssel', PartnerType.YOUTH_SERVICES, 'GM0193'),
  partner(9, 'Jeugdteam Twente', PartnerType.YOUTH_SERVICES, 'GM0153'),
  partner(10, 'Verslavingszorg Oost', PartnerType.ADDICTION_CARE, 'GM0150'),
  partner(11, 'CASA Zwolle', PartnerType.CASA, 'GM0193'),
];

/** What a demo client's consent to each kind of partner is for. */
export const DEMO_CONSENT_PURPOSES: Record<PartnerType, string> = {
  [PartnerType.GGZ]: 'Diagnostic screening and treatment by mental health care',
  [PartnerType.DEBT_ASSISTANCE]: 'Debt assistance',
  [PartnerType.HOUSING]: 'Finding a home after the shelter stay',
  [PartnerType.UWV]: 'Applying for income and benefits',
  [PartnerType.YOUTH_SERVICES]: 'Support for the children',
  [PartnerType.ADDICTION_CARE]: 'Addiction care',
  [PartnerType.CASA]: 'Care after sexual violence',
};

export const DEMO_REFERRERS: DemoOrganisation[] = [
  { id: demoId('referrer', 0), name: 'Huisartsenpraktijk De Esch', kind: 'referrer', municipalityCode: 'GM0193' },
  { id: demoId('referrer', 1), name: 'Veilig Thuis IJsselland', kind: 'referrer', municipalityCode: 'GM0193' },
  { id: demoId('referrer', 2), name: 'Veilig Thuis Twente', kind: 'referrer', municipalityCode: 'GM0153' },
  { id: demoId('referrer', 3), name: 'Politie Oost-Nederland', kind: 'referrer', municipalityCode: 'GM0153' },
  { id: demoId('referrer', 4), name: 'Basisschool De Regenboog', kind: 'referrer', municipalityCode: 'GM0160' },
];

export const KADERA: DemoOrganisation = { id: demoId('kadera', 0), name: 'Kadera', kind: 'kadera' };
