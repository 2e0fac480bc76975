import { Access, CONTACT_NAME, describeText, Email, InputRule, optionalText, Phone, TextLength } from '@hub/common';
import { Field, InputType, ObjectType } from 'type-graphql';
import { HANDOFF_READERS } from './access-policies';

@ObjectType({ description: 'The Kadera coordinator the partner contacts about a handoff, with work contact details only.' })
export class KaderaContact {
  @Access(...HANDOFF_READERS)
  @Field(() => String)
  name!: string;

  @Access(...HANDOFF_READERS)
  @Field(() => String, { nullable: true, description: 'Work phone.' })
  phone!: string | null;

  @Access(...HANDOFF_READERS)
  @Field(() => String, { nullable: true, description: 'Work email address, in lower case.' })
  email!: string | null;
}

@InputRule<KaderaContactInput>((input) =>
  optionalText(input.phone) || optionalText(input.email)
    ? null
    : { field: 'phone', message: 'give a work phone number or email address for the Kadera contact' },
)
@InputType({ description: 'The Kadera coordinator for a handoff; a work phone number or an email address is required.' })
export class KaderaContactInput {
  @Field(() => String, { description: `${describeText(CONTACT_NAME)}.` })
  @TextLength(CONTACT_NAME)
  name!: string;

  @Field(() => String, { nullable: true, description: 'Work phone. Blank counts as left out.' })
  @Phone()
  phone?: string | null;

  @Field(() => String, { nullable: true, description: 'Work email address; stored in lower case. Blank counts as left out.' })
  @Email()
  email?: string | null;
}

/** The contact as stored: trimmed, blanks as absent, the email in lower case. */
export function normaliseKaderaContact(input: KaderaContactInput | null | undefined) {
  if (!input) return { kaderaContactName: null, kaderaContactPhone: null, kaderaContactEmail: null };
  return {
    kaderaContactName: input.name.trim(),
    kaderaContactPhone: optionalText(input.phone),
    kaderaContactEmail: optionalText(input.email)?.toLowerCase() ?? null,
  };
}
