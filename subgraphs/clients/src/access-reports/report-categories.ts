import { DataCategory, fieldRulesOf, type Wording } from '@hub/common';

/** The kinds of data the client's own report names, in plain words (docs/access-log.md, "Reports"). */
export const REPORT_CATEGORIES = {
  IDENTITY: { nl: 'persoonsgegevens (naam, geboortedatum, gemeente)', en: 'identity (name, date of birth, municipality)' },
  ADDRESS: { nl: 'verblijfadres of opvanglocatie', en: 'address or shelter location' },
  CONTACT: { nl: 'contactgegevens (veilig telefoonnummer, e-mail, tijden)', en: 'contact details (safe phone, email, times)' },
  HEALTH: { nl: 'gezondheid (screening)', en: 'health (screening)' },
  FINANCES: { nl: 'financiën en schulden', en: 'finances and debts' },
  HOUSING: { nl: 'woonsituatie en woningzoektocht', en: 'housing need' },
  INCOME: { nl: 'inkomen en uitkeringen', en: 'income and benefits' },
  CHILDREN: { nl: 'gegevens over uw kinderen', en: 'information about your children' },
  SAFETY: { nl: 'veiligheid (risico, soorten geweld, veiligheidsplan)', en: 'safety (risk, forms of abuse, safety plan)' },
  CONSENT: { nl: 'uw toestemmingen', en: 'your consents' },
  STAY: { nl: 'opvang, wachtlijst, nazorg en alarm', en: 'shelter stay, waiting list, aftercare and alarm' },
  REFERRAL: { nl: 'aanmelding (verwijzing)', en: 'referral' },
  HANDOFF: { nl: 'overdracht aan een ketenpartner', en: 'handoff to a partner organisation' },
  FILE: { nl: 'dossiergegevens (wie wanneer iets wijzigde)', en: 'file details (who changed what when)' },
  EMERGENCY_ACCESS: {
    nl: 'registratie van het openen in een noodsituatie (met de reden)',
    en: 'record of an opening in an emergency (with its reason)',
  },
  ACCESS_REPORT: { nl: 'overzicht van wie uw gegevens inzag (zoals dit)', en: 'overview of who saw your data (like this one)' },
  OTHER: { nl: 'overige gegevens', en: 'other data' },
} as const satisfies Record<string, Wording>;

export type ReportCategory = keyof typeof REPORT_CATEGORIES;

/** A consent category (the partner table's) in the report's words. */
const FROM_CONSENT: Readonly<Record<DataCategory, ReportCategory>> = {
  [DataCategory.IDENTITY]: 'IDENTITY',
  [DataCategory.HEALTH_SCREENING]: 'HEALTH',
  [DataCategory.FINANCES]: 'FINANCES',
  [DataCategory.HOUSING]: 'HOUSING',
  [DataCategory.INCOME_BENEFITS]: 'INCOME',
  [DataCategory.CHILDREN]: 'CHILDREN',
};

/** Every client-linked type of every subgraph (their `clientLinked`), and what its fields are, unless `FIELDS` says otherwise. */
export const TYPE_CATEGORIES: Readonly<Record<string, ReportCategory>> = {
  Client: 'FILE',
  Consent: 'CONSENT',
  Child: 'CHILDREN',
  SafetyPlan: 'SAFETY',
  ClientChange: 'FILE',
  RiskLevelChange: 'SAFETY',
  DuplicateCandidate: 'IDENTITY',
  DuplicateReason: 'IDENTITY',
  Referral: 'REFERRAL',
  Stay: 'STAY',
  WaitlistEntry: 'STAY',
  AftercareProgramme: 'STAY',
  AlarmDeployment: 'STAY',
  ReviewDue: 'STAY',
  Handoff: 'HANDOFF',
  HandoffNote: 'HANDOFF',
  EmergencyAccess: 'EMERGENCY_ACCESS',
  EmergencyClientView: 'IDENTITY',
  Mutation: 'FILE',
};

/**
 * Fields that are not what their type is, and that no consent rule names (a field with `@ConsentedTo` takes its
 * consent category from the schema: `consentCategories`). Mutations that name themselves in the log are here too.
 */
const FIELDS: Readonly<Record<string, readonly ReportCategory[]>> = {
  'Client.confidentialAddress': ['ADDRESS'],
  'Client.riskLevel': ['SAFETY'],
  'Client.formsOfAbuse': ['SAFETY'],
  'Client.riskLevelHistory': ['SAFETY'],
  'Client.safetyPlan': ['SAFETY'],
  'Client.contactDetails': ['CONTACT'],
  'Client.consents': ['CONSENT'],
  'Client.municipalityCode': ['IDENTITY'],
  'Stay.location': ['ADDRESS'],
  'WaitlistEntry.location': ['ADDRESS'],
  'Referral.referredPerson': ['IDENTITY'],
  'Referral.formsOfAbuse': ['SAFETY'],
  'Mutation.registerClient': ['IDENTITY'],
  'Mutation.updateClientIdentity': ['IDENTITY'],
  'Mutation.updateClientMunicipality': ['IDENTITY'],
  'Mutation.updateClientContactDetails': ['CONTACT'],
  'Mutation.updateConfidentialAddress': ['ADDRESS'],
  'Mutation.updateClientCareDetails': ['HEALTH', 'FINANCES', 'HOUSING', 'INCOME'],
  'Mutation.changeRiskLevel': ['SAFETY'],
  'Query.clientAccessReport': ['ACCESS_REPORT'],
  'EmergencyClientView.confidentialAddress': ['ADDRESS'],
  'EmergencyClientView.riskLevel': ['SAFETY'],
  'EmergencyClientView.contactDetails': ['CONTACT'],
  'EmergencyClientView.childrenCount': ['CHILDREN'],
  'EmergencyClientView.safetyRisks': ['SAFETY'],
  'EmergencyClientView.safetyAgreements': ['SAFETY'],
  'EmergencyClientView.emergencyContacts': ['SAFETY'],
  'EmergencyAccess.client': [],
  'Mutation.openClientInEmergency': ['EMERGENCY_ACCESS'],
  'Mutation.closeEmergencyAccessReview': ['EMERGENCY_ACCESS'],
};

/** The consent category of every field that declares one (`@ConsentedTo`: a `consent:<CATEGORY>` policy), from the schema. */
export function consentCategories(schema: Parameters<typeof fieldRulesOf>[0]): Map<string, ReportCategory> {
  const found = new Map<string, ReportCategory>();
  for (const [coordinate, rule] of fieldRulesOf(schema)) {
    for (const policy of (rule.policies ?? []).flat()) {
      const category = /^consent:(.+)$/.exec(policy)?.[1] as DataCategory | undefined;
      if (category && FROM_CONSENT[category]) found.set(coordinate, FROM_CONSENT[category]);
    }
  }
  return found;
}

/** The categories of data the logged fields (`Type.field`) belong to, in table order. */
export function categoriesOf(fields: readonly string[], consented: ReadonlyMap<string, ReportCategory>): ReportCategory[] {
  const found = new Set<ReportCategory>();
  for (const field of fields) {
    const consent = consented.get(field);
    const listed = FIELDS[field];
    const ofType = TYPE_CATEGORIES[field.split('.')[0]];
    for (const category of consent ? [consent] : (listed ?? [ofType ?? 'OTHER'])) found.add(category);
  }
  return (Object.keys(REPORT_CATEGORIES) as ReportCategory[]).filter((category) => found.has(category));
}
