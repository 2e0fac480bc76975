import type { HubErrorDetails } from '../api/hub-client';
import type { CareService, Region } from '../gql/graphql';
import { regionLabel, REGIONS, serviceLabel, SERVICES } from '../i18n/labels';
import { MESSAGES, type Language, type MessageKey } from '../i18n/messages';

/** A message with `{name}` places filled in. */
export function fill(template: string, values: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => values[name] ?? whole);
}

/**
 * The words for each field of SubmitReferralInput a person fills in, by the dotted path the API names in a
 * BAD_USER_INPUT's `extensions.field` (referral-words.unit.test.ts checks them against the staff contract). The rules
 * themselves stay in the API: the console only says which field it refused.
 */
export const SUBMIT_FIELDS = {
  kind: 'kind',
  priority: 'priority',
  region: 'region',
  fundingStream: 'fundingStream',
  sourceType: 'sourceType',
  formsOfAbuse: 'formsOfAbuse',
  referrerOrganisationName: 'referrerOrganisationName',
  referrerContactName: 'referrerContactName',
  referrerContactPhone: 'referrerContactPhone',
  referrerContactEmail: 'referrerContactEmail',
  referrerReference: 'referrerReference',
  municipalityCode: 'consultationMunicipalityCode',
  person: 'personSection',
  'person.name': 'personName',
  'person.dateOfBirth': 'personDateOfBirth',
  'person.municipalityCode': 'personMunicipalityCode',
} as const satisfies Record<string, MessageKey>;
export type SubmitField = keyof typeof SUBMIT_FIELDS;

/** The form field a refusal names, when it is one of the form's `fields` (its words by the API's field path). */
function refusedFieldOf<Field extends string>(details: HubErrorDetails, fields: Record<Field, MessageKey>): Field | undefined {
  const field = details.field ?? details.argument;
  return field && field in fields ? (field as Field) : undefined;
}

/** The submit form's field a refusal names, when it is one the form has. */
export const submitFieldOf = (details: HubErrorDetails): SubmitField | undefined => refusedFieldOf(details, SUBMIT_FIELDS);

/**
 * The words for each field of RegisterClientInput the referral's register form fills in (referral-client-link.tsx), by
 * the path a BAD_USER_INPUT names; referral-words.unit.test.ts checks them against the staff contract.
 */
export const REGISTER_FIELDS = {
  name: 'personName',
  dateOfBirth: 'personDateOfBirth',
  municipalityCode: 'personMunicipalityCode',
  confidentialAddress: 'confidentialAddress',
  riskLevel: 'riskLevel',
} as const satisfies Record<string, MessageKey>;
export type RegisterField = keyof typeof REGISTER_FIELDS;

/** The register form's field a refusal names, when it is one the form has. */
export const registerFieldOf = (details: HubErrorDetails): RegisterField | undefined => refusedFieldOf(details, REGISTER_FIELDS);

/** "Check this field: <its label>." for the register form. */
export const registerFieldProblem = (field: RegisterField, language: Language) => problemWith(REGISTER_FIELDS[field], language);

/** "Check this field: <its label>." */
function problemWith(label: MessageKey, language: Language): string {
  const words = MESSAGES[language];
  return fill(words.fieldProblem, { field: words[label] });
}

/** "Check this field: <its label>." for the referral form. */
export const fieldProblem = (field: SubmitField, language: Language) => problemWith(SUBMIT_FIELDS[field], language);

const isRegion = (value: string | undefined): value is Region => (REGIONS as readonly string[]).includes(value ?? '');
const isService = (value: string | undefined): value is CareService => (SERVICES as readonly string[]).includes(value ?? '');

/** INTAKE_CLOSED in words: the region, the service and whom to call, as the API's answer names them. */
export function intakeClosedMessage(details: HubErrorDetails, language: Language): string {
  return fill(MESSAGES[language].intakeClosed, {
    region: isRegion(details.region) ? regionLabel(details.region, language) : (details.region ?? ''),
    service: isService(details.service) ? serviceLabel(details.service, language) : (details.service ?? ''),
    contact: details.contact ?? '',
  });
}
