import {
  ADDRESS,
  Bsn,
  CARE_SUMMARY,
  CONTACT_INSTRUCTIONS,
  CONTACT_TIMES,
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
  RISK_LEVEL_REASON,
  TextLength,
  Uuid,
} from '@hub/common';
import { ArgsType, Field, InputType, Int } from 'type-graphql';
import { CHANNEL_NEEDS, ContactChannel } from './client-contact';
import { HousingUrgency, RiskLevel } from './client.entity';
import { BSN_DESCRIPTION } from './client-bsn.input';

/** Every update names the client and the version of the file it read (docs/architecture.md, "Client file maintenance"). */
@ArgsType()
class ClientVersionArgs {
  @Field(() => Uuid)
  clientId!: string;

  @Field(() => Int, { description: 'Client.version as read; a changed file is refused with CONFLICT (extensions.currentVersion) and nothing is written.' })
  expectedVersion!: number;
}

@ArgsType()
export class UpdateClientIdentityArgs extends ClientVersionArgs {
  @Field(() => String, { description: `${describeText(PERSON_NAME)}; spacing is tidied.` })
  @TextLength(PERSON_NAME)
  name!: string;

  @Field(() => LocalDate, { description: `A day before today, not before ${EARLIEST_BIRTH_DATE}.` })
  @DateOfBirth()
  dateOfBirth!: string;
}

@ArgsType()
export class UpdateClientMunicipalityArgs extends ClientVersionArgs {
  @Field(() => String, { description: 'CBS code, GM followed by four digits.' })
  @MunicipalityCode()
  municipalityCode!: string;
}

@ArgsType()
export class UpdateConfidentialAddressArgs extends ClientVersionArgs {
  @Field(() => String, { description: `${describeText(ADDRESS)}.` })
  @TextLength(ADDRESS)
  confidentialAddress!: string;
}

@ArgsType()
export class ChangeRiskLevelArgs extends ClientVersionArgs {
  @Field(() => RiskLevel)
  riskLevel!: RiskLevel;

  @Field(() => String, { description: `Why the level changes; required, ${describeText(RISK_LEVEL_REASON)}. Kept in Client.riskLevelHistory.` })
  @TextLength(RISK_LEVEL_REASON)
  reason!: string;
}

const hasText = (value: string | null | undefined) => optionalText(value) !== null;

@InputRule<ContactDetailsInput>((input) =>
  input.preferredChannel && input.neverUse?.includes(input.preferredChannel)
    ? { field: 'preferredChannel', message: 'preferredChannel may not also be in neverUse' }
    : null,
)
@InputRule<ContactDetailsInput>((input) => {
  const needs = input.preferredChannel ? CHANNEL_NEEDS[input.preferredChannel] : undefined;
  return needs && !hasText(input[needs]) ? { field: needs, message: `${needs} is required when preferredChannel is ${input.preferredChannel}` } : null;
})
@InputType({ description: "The client's contact details as a whole: what is left out or blank is cleared." })
export class ContactDetailsInput {
  @Field(() => String, { nullable: true })
  @Phone()
  safePhone?: string | null;

  @Field(() => String, { nullable: true })
  @Email()
  safeEmail?: string | null;

  @Field(() => ContactChannel, { nullable: true, description: 'Not one of neverUse; a phone channel needs safePhone, EMAIL needs safeEmail.' })
  preferredChannel?: ContactChannel | null;

  @Field(() => String, { nullable: true, description: `${describeText(CONTACT_TIMES)}.` })
  @TextLength(CONTACT_TIMES)
  safeTimes?: string | null;

  @Field(() => String, { nullable: true, description: `${describeText(CONTACT_INSTRUCTIONS)}.` })
  @TextLength(CONTACT_INSTRUCTIONS)
  instructions?: string | null;

  @Field(() => [ContactChannel], { nullable: true, description: 'Channels never to use; duplicates are dropped; default none.' })
  neverUse?: ContactChannel[] | null;
}

@ArgsType()
export class UpdateClientContactDetailsArgs extends ClientVersionArgs {
  @Field(() => ContactDetailsInput)
  @Nested()
  contactDetails!: ContactDetailsInput;
}

const CARE_SUMMARY_TEXT = `${describeText(CARE_SUMMARY)}; null or blank clears it, left out leaves it as it is`;

@InputRule<CareDetailsInput>((input) =>
  Object.values(input).every((value) => value === undefined) ? { field: 'healthScreeningSummary', message: 'give at least one care detail to change' } : null,
)
@InputType({ description: 'The partner-facing categories of the client file; only the fields given change.' })
export class CareDetailsInput {
  @Field(() => String, { nullable: true, description: `For mental health care. ${CARE_SUMMARY_TEXT}.` })
  @TextLength(CARE_SUMMARY)
  healthScreeningSummary?: string | null;

  @Field(() => String, { nullable: true, description: `For debt assistance. ${CARE_SUMMARY_TEXT}.` })
  @TextLength(CARE_SUMMARY)
  financialSituation?: string | null;

  @Field(() => String, { nullable: true, description: `For housing. ${CARE_SUMMARY_TEXT}.` })
  @TextLength(CARE_SUMMARY)
  housingNeed?: string | null;

  @Field(() => HousingUrgency, { nullable: true, description: 'For housing; null clears it, left out leaves it as it is.' })
  housingUrgency?: HousingUrgency | null;

  @Field(() => String, { nullable: true, description: `For the UWV. ${CARE_SUMMARY_TEXT}.` })
  @TextLength(CARE_SUMMARY)
  incomeAndBenefits?: string | null;
}

@ArgsType()
export class UpdateClientCareDetailsArgs extends ClientVersionArgs {
  @Field(() => CareDetailsInput)
  @Nested()
  careDetails!: CareDetailsInput;
}

@ArgsType()
export class UpdateClientBsnArgs extends ClientVersionArgs {
  @Field(() => String, { nullable: true, description: `${BSN_DESCRIPTION} Null clears it. A BSN another client has is CONFLICT (extensions.candidates).` })
  @Bsn()
  bsn!: string | null;
}
