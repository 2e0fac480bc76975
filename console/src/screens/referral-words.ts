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

/** The form field a refusal names, when it is one the form has. */
export function submitFieldOf(details: HubErrorDetails): SubmitField | undefined {
  const field = details.field ?? details.argument;
  return field && field in SUBMIT_FIELDS ? (field as SubmitField) : undefined;
}

/** "Check this field: <its label>." */
export function fieldProblem(field: SubmitField, language: Language): string {
  const words = MESSAGES[language];
  return fill(words.fieldProblem, { field: words[SUBMIT_FIELDS[field]] });
}

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
