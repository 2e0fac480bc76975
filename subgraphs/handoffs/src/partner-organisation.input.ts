import { CONTACT_NAME, describeText, Email, MunicipalityCode, PartnerType, Phone, TextLength, Uuid } from '@hub/common';
import { Field, InputType } from 'type-graphql';

@InputType({ description: 'A chain partner organisation Kadera starts handing clients off to.' })
export class RegisterPartnerOrganisationInput {
  @Field(() => String, { description: `${describeText(CONTACT_NAME)}.` })
  @TextLength(CONTACT_NAME)
  name!: string;

  @Field(() => PartnerType, { description: 'Decides which data categories the organisation may ever receive; cannot be changed later.' })
  partnerType!: PartnerType;

  @Field(() => String, { description: 'CBS municipality code of where the partner works, e.g. GM0193 (Zwolle).' })
  @MunicipalityCode()
  municipalityCode!: string;

  @Field(() => String, { nullable: true, description: `Whom Kadera contacts there; ${describeText(CONTACT_NAME)}.` })
  @TextLength(CONTACT_NAME)
  contactName?: string | null;

  @Field(() => String, { nullable: true, description: 'Work phone. Blank counts as left out.' })
  @Phone()
  contactPhone?: string | null;

  @Field(() => String, { nullable: true, description: 'Work email address; stored in lower case. Blank counts as left out.' })
  @Email()
  contactEmail?: string | null;

  @Field(() => String, { nullable: true, description: 'A retry with the same key returns the first result.' })
  idempotencyKey?: string | null;
}

@InputType({ description: 'Changes to a partner organisation: a field left out (or a null name or municipality) stays as it is.' })
export class UpdatePartnerOrganisationInput {
  @Field(() => Uuid)
  id!: string;

  @Field(() => String, { nullable: true, description: `${describeText(CONTACT_NAME)}.` })
  @TextLength(CONTACT_NAME)
  name?: string;

  @Field(() => String, { nullable: true, description: 'CBS municipality code, e.g. GM0193 (Zwolle).' })
  @MunicipalityCode()
  municipalityCode?: string;

  @Field(() => String, { nullable: true, description: `Whom Kadera contacts there; ${describeText(CONTACT_NAME)}; null clears it.` })
  @TextLength(CONTACT_NAME)
  contactName?: string | null;

  @Field(() => String, { nullable: true, description: 'Work phone; null or blank clears it.' })
  @Phone()
  contactPhone?: string | null;

  @Field(() => String, { nullable: true, description: 'Work email address; stored in lower case; null or blank clears it.' })
  @Email()
  contactEmail?: string | null;
}
