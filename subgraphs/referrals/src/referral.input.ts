import { badInput, isUuid, LocalDate, MUNICIPALITY_CODE, Priority, Region, TaskStatus } from '@hub/common';
import { Field, ID, InputType } from 'type-graphql';
import { FundingStream } from './funding-stream';
import { ReferralKind } from './referral-kind';
import { ReferralSourceType } from './referral-source-type';
import { ReportedFormOfAbuse } from './reported-form-of-abuse';

@InputType({ description: 'The person referred. Never given for an anonymous consultation.' })
export class ReferredPersonInput {
  @Field(() => String, { description: '1 to 200 characters.' })
  name!: string;

  @Field(() => LocalDate, { description: 'Not in the future, not before 1900.' })
  dateOfBirth!: string;

  @Field(() => String, { description: 'CBS municipality code: GM + 4 digits, e.g. GM0193.' })
  municipalityCode!: string;
}

@InputType()
export class SubmitReferralInput {
  @Field(() => ReferralKind)
  kind!: ReferralKind;

  @Field(() => Region)
  region!: Region;

  @Field(() => Priority)
  priority!: Priority;

  @Field(() => FundingStream)
  fundingStream!: FundingStream;

  @Field(() => ReferralSourceType, { description: 'The kind of professional referring.' })
  sourceType!: ReferralSourceType;

  @Field(() => String, { description: 'The referring organisation as it calls itself; 1 to 200 characters.' })
  referrerOrganisationName!: string;

  @Field(() => ID, {
    nullable: true,
    description: 'Only for Kadera intake registering a phone referral from a known organisation; a referrer always refers as its own organisation.',
  })
  referrerOrganisationId?: string;

  @Field(() => String, { description: 'The professional to contact at work; 1 to 200 characters.' })
  referrerContactName!: string;

  @Field(() => String, { nullable: true, description: 'Work phone; a phone number or an email address is required.' })
  referrerContactPhone?: string;

  @Field(() => String, { nullable: true, description: 'Work email address.' })
  referrerContactEmail?: string;

  @Field(() => ReferredPersonInput, { nullable: true, description: 'Required for AMBULATORY and SHELTER; forbidden for CONSULTATION.' })
  person?: ReferredPersonInput;

  @Field(() => [ReportedFormOfAbuse], { nullable: true, description: 'The forms of abuse the referrer is aware of, if any; for statistics and triage.' })
  formsOfAbuse?: ReportedFormOfAbuse[];

  @Field(() => String, {
    nullable: true,
    description:
      'Only for an anonymous CONSULTATION, optional: the CBS code (GM + 4 digits) of the municipality the situation is in, so the consultation counts in its statistics. Other referrals count for the person\'s municipality.',
  })
  municipalityCode?: string;

  @Field(() => String, {
    nullable: true,
    description: 'Retrying with the same key returns the first referral and stores nothing twice. 8-128 of A-Z a-z 0-9 . _ : -',
  })
  idempotencyKey?: string;
}

@InputType()
export class TransitionReferralInput {
  @Field(() => ID)
  referralId!: string;

  @Field(() => TaskStatus)
  to!: TaskStatus;

  @Field(() => String, { nullable: true, description: 'Why; required for REJECTED, ON_HOLD, CANCELLED, FAILED, ENTERED_IN_ERROR. At most 1000 characters.' })
  reason?: string;
}

@InputType()
export class LinkReferralClientInput {
  @Field(() => ID)
  referralId!: string;

  @Field(() => ID)
  clientId!: string;
}

export const MAX_REASON_LENGTH = 1000;
const PHONE = /^\+?[0-9][0-9 ()-]{4,28}$/;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

const fieldError = (field: string, message: string) => badInput(message, { argument: 'input', field });

/** Trimmed text of 1..max characters, or a BAD_USER_INPUT naming the field. */
export function requiredText(value: string | undefined | null, field: string, max: number): string {
  const text = value?.trim() ?? '';
  if (text.length < 1 || text.length > max) throw fieldError(field, `${field} must be 1 to ${max} characters`);
  return text;
}

function optionalText(value: string | undefined | null): string | null {
  const text = value?.trim();
  return text ? text : null;
}

export function checkUuid(value: string, field: string): string {
  if (!isUuid(value)) throw fieldError(field, `${field} must be a UUID`);
  return value.toLowerCase();
}

export function checkReason(reason: string | undefined | null): string | null {
  const text = optionalText(reason);
  if (text && text.length > MAX_REASON_LENGTH) throw fieldError('reason', `reason must be at most ${MAX_REASON_LENGTH} characters`);
  return text;
}

function checkMunicipalityCode(value: string, field: string): string {
  const code = value.trim().toUpperCase();
  if (!MUNICIPALITY_CODE.test(code)) throw fieldError(field, `${field} must be a CBS code: GM followed by 4 digits`);
  return code;
}

function checkPerson(person: ReferredPersonInput) {
  const name = requiredText(person.name, 'person.name', 200);
  const dateOfBirth = String(person.dateOfBirth);
  const today = new Date().toISOString().slice(0, 10);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(dateOfBirth) || dateOfBirth < '1900-01-01' || dateOfBirth > today) {
    throw fieldError('person.dateOfBirth', 'person.dateOfBirth must be a date between 1900-01-01 and today');
  }
  const municipalityCode = checkMunicipalityCode(person.municipalityCode ?? '', 'person.municipalityCode');
  return { name, dateOfBirth, municipalityCode };
}

export type CheckedReferral = ReturnType<typeof checkSubmitReferral>;

/** Validates a submission and returns it normalised; every rule that is the caller's mistake is BAD_USER_INPUT. */
export function checkSubmitReferral(input: SubmitReferralInput) {
  const referrerContactPhone = optionalText(input.referrerContactPhone);
  const referrerContactEmail = optionalText(input.referrerContactEmail)?.toLowerCase() ?? null;
  if (referrerContactPhone && (!PHONE.test(referrerContactPhone) || referrerContactPhone.replace(/\D/g, '').length < 6)) {
    throw fieldError('referrerContactPhone', 'referrerContactPhone must be a phone number of 6 to 30 characters');
  }
  if (referrerContactEmail && (referrerContactEmail.length > 254 || !EMAIL.test(referrerContactEmail))) {
    throw fieldError('referrerContactEmail', 'referrerContactEmail must be an email address of at most 254 characters');
  }
  if (!referrerContactPhone && !referrerContactEmail) {
    throw fieldError('referrerContactPhone', 'give a work phone number or email address for the referring professional');
  }
  const anonymous = input.kind === ReferralKind.CONSULTATION;
  if (anonymous && input.person) {
    throw fieldError('person', 'an anonymous consultation carries no client data: leave person out');
  }
  if (!anonymous && !input.person) {
    throw fieldError('person', `a ${input.kind} referral needs the person's name, date of birth and municipality`);
  }
  const hasCode = input.municipalityCode !== undefined && input.municipalityCode !== null;
  if (!anonymous && hasCode) {
    throw fieldError('municipalityCode', `a ${input.kind} referral counts for the person's municipality: give it as person.municipalityCode`);
  }
  const referredPerson = input.person ? checkPerson(input.person) : null;
  return {
    kind: input.kind,
    region: input.region,
    priority: input.priority,
    fundingStream: input.fundingStream,
    sourceType: input.sourceType,
    referrerOrganisationName: requiredText(input.referrerOrganisationName, 'referrerOrganisationName', 200),
    referrerOrganisationId: input.referrerOrganisationId ? checkUuid(input.referrerOrganisationId, 'referrerOrganisationId') : null,
    referrerContactName: requiredText(input.referrerContactName, 'referrerContactName', 200),
    referrerContactPhone,
    referrerContactEmail,
    referredPerson,
    // Sorted and unique, so a retry that lists the same forms in another order is the same request.
    formsOfAbuse: [...new Set(input.formsOfAbuse ?? [])].sort(),
    municipalityCode: referredPerson?.municipalityCode ?? (hasCode ? checkMunicipalityCode(input.municipalityCode!, 'municipalityCode') : null),
  };
}
