import {
  CONTACT_NAME,
  DateOfBirth,
  describeText,
  EARLIEST_BIRTH_DATE,
  Email,
  InputRule,
  LocalDate,
  MunicipalityCode,
  Nested,
  optionalText,
  PERSON_NAME,
  Phone,
  Priority,
  REASON,
  reasonStatuses,
  Region,
  TextLength,
  Uuid,
} from '@hub/common';
import { Field, InputType } from 'type-graphql';
import { FundingStream } from './funding-stream';
import { ReferralKind } from './referral-kind';
import { ReferralSourceType } from './referral-source-type';
import { ReportedFormOfAbuse } from './reported-form-of-abuse';
import { ReferralStatus } from './referral.workflow';
import { REFERRER_MESSAGE, REFERRER_REFERENCE, referrerMessageStatuses } from './referrer-feedback';

@InputType({ description: 'The person referred. Never given for an anonymous consultation.' })
export class ReferredPersonInput {
  @Field(() => String, { description: `${describeText(PERSON_NAME)}.` })
  @TextLength(PERSON_NAME)
  name!: string;

  @Field(() => LocalDate, { description: `A day before today, not before ${EARLIEST_BIRTH_DATE}.` })
  @DateOfBirth()
  dateOfBirth!: string;

  @Field(() => String, { description: 'CBS municipality code: GM + 4 digits, e.g. GM0193.' })
  @MunicipalityCode()
  municipalityCode!: string;
}

const anonymous = (input: SubmitReferralInput) => input.kind === ReferralKind.CONSULTATION;

// The rules across fields of a submission, each once: a way to reach the referrer, and client data only where the kind allows it.
@InputRule<SubmitReferralInput>((input) =>
  optionalText(input.referrerContactPhone) || optionalText(input.referrerContactEmail)
    ? null
    : { field: 'referrerContactPhone', message: 'give a work phone number or email address for the referring professional' },
)
@InputRule<SubmitReferralInput>((input) => {
  if (anonymous(input) && input.person) {
    return { field: 'person', message: 'an anonymous consultation carries no client data: leave person out' };
  }
  if (!anonymous(input) && !input.person) {
    return { field: 'person', message: `a ${input.kind} referral needs the person's name, date of birth and municipality` };
  }
  return null;
})
@InputRule<SubmitReferralInput>((input) =>
  !anonymous(input) && input.municipalityCode != null
    ? { field: 'municipalityCode', message: `a ${input.kind} referral counts for the person's municipality: give it as person.municipalityCode` }
    : null,
)
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

  @Field(() => String, { description: `The referring organisation as it calls itself; ${describeText(CONTACT_NAME).toLowerCase()}.` })
  @TextLength(CONTACT_NAME)
  referrerOrganisationName!: string;

  @Field(() => Uuid, {
    nullable: true,
    description: 'Only for Kadera intake registering a phone referral from a known organisation; a referrer always refers as its own organisation.',
  })
  referrerOrganisationId?: string;

  @Field(() => String, { description: `The professional to contact at work; ${describeText(CONTACT_NAME).toLowerCase()}.` })
  @TextLength(CONTACT_NAME)
  referrerContactName!: string;

  @Field(() => String, { nullable: true, description: 'Work phone; a phone number or an email address is required. Blank counts as left out.' })
  @Phone()
  referrerContactPhone?: string;

  @Field(() => String, { nullable: true, description: 'Work email address; stored in lower case. Blank counts as left out.' })
  @Email()
  referrerContactEmail?: string;

  @Field(() => ReferredPersonInput, { nullable: true, description: 'Required for AMBULATORY and SHELTER; forbidden for CONSULTATION.' })
  @Nested()
  person?: ReferredPersonInput;

  @Field(() => [ReportedFormOfAbuse], { nullable: true, description: 'The forms of abuse the referrer is aware of, if any; for statistics and triage.' })
  formsOfAbuse?: ReportedFormOfAbuse[];

  @Field(() => String, {
    nullable: true,
    description:
      "Only for an anonymous CONSULTATION, optional: the CBS code (GM + 4 digits) of the municipality the situation is in, so the consultation counts in its statistics. Other referrals count for the person's municipality.",
  })
  @MunicipalityCode()
  municipalityCode?: string;

  @Field(() => String, {
    nullable: true,
    description: `The referrer's own reference, e.g. its case number; optional, ${describeText(REFERRER_REFERENCE).toLowerCase()}. The referrer reads it back on its referral.`,
  })
  @TextLength(REFERRER_REFERENCE)
  referrerReference?: string;

  @Field(() => String, {
    nullable: true,
    description: 'Retrying with the same key returns the first referral and stores nothing twice. 8-128 of A-Z a-z 0-9 . _ : -',
  })
  idempotencyKey?: string;
}

@InputRule<TransitionReferralInput>((input) =>
  optionalText(input.referrerMessage) && !referrerMessageStatuses().includes(input.to)
    ? { field: 'referrerMessage', message: `a message to the referrer goes only with a move to ${referrerMessageStatuses().join(', ')}` }
    : null,
)
@InputType()
export class TransitionReferralInput {
  @Field(() => Uuid)
  referralId!: string;

  @Field(() => ReferralStatus)
  to!: ReferralStatus;

  @Field(() => String, {
    nullable: true,
    description: `Why; required for ${reasonStatuses(ReferralStatus).join(', ')}. ${describeText(REASON)}.`,
  })
  @TextLength(REASON)
  reason?: string;

  @Field(() => String, {
    nullable: true,
    description: `Kadera only: what the referrer is told, in wording meant for it (the reason stays internal); only for ${referrerMessageStatuses().join(', ')}, where a standard Dutch wording is used when left out. ${describeText(REFERRER_MESSAGE)}.`,
  })
  @TextLength(REFERRER_MESSAGE)
  referrerMessage?: string;
}

@InputType()
export class LinkReferralClientInput {
  @Field(() => Uuid)
  referralId!: string;

  @Field(() => Uuid)
  clientId!: string;
}

/** The submission as stored: its rules (above) have passed; text trimmed, email lower case, forms of abuse sorted and unique. */
export function normaliseSubmitReferral(input: SubmitReferralInput) {
  const referredPerson = input.person
    ? { name: input.person.name.trim(), dateOfBirth: input.person.dateOfBirth, municipalityCode: input.person.municipalityCode }
    : null;
  return {
    kind: input.kind,
    region: input.region,
    priority: input.priority,
    fundingStream: input.fundingStream,
    sourceType: input.sourceType,
    referrerOrganisationName: input.referrerOrganisationName.trim(),
    referrerOrganisationId: input.referrerOrganisationId ?? null,
    referrerContactName: input.referrerContactName.trim(),
    referrerContactPhone: optionalText(input.referrerContactPhone),
    referrerContactEmail: optionalText(input.referrerContactEmail)?.toLowerCase() ?? null,
    referredPerson,
    referrerReference: optionalText(input.referrerReference),
    // Sorted and unique, so a retry that lists the same forms in another order is the same request.
    formsOfAbuse: [...new Set(input.formsOfAbuse ?? [])].sort(),
    municipalityCode: referredPerson?.municipalityCode ?? input.municipalityCode ?? null,
  };
}
