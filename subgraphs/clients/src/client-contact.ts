import { Access, KADERA_ROLES } from '@hub/common';
import { Field, ObjectType, registerEnumType } from 'type-graphql';
import type { Client } from './client.entity';

/** A way of reaching a client. Some of them can reach the abuser instead: `neverUse` says which. */
export enum ContactChannel {
  PHONE_CALL = 'PHONE_CALL',
  TEXT_MESSAGE = 'TEXT_MESSAGE',
  VOICEMAIL = 'VOICEMAIL',
  EMAIL = 'EMAIL',
  LETTER_TO_HOME_ADDRESS = 'LETTER_TO_HOME_ADDRESS',
  HOME_VISIT = 'HOME_VISIT',
  VIA_KADERA = 'VIA_KADERA',
}
registerEnumType(ContactChannel, {
  name: 'ContactChannel',
  description: 'A way of reaching a client. VIA_KADERA: only through the Kadera coordinator.',
});

/** What a channel needs on file before it can be the preferred one: the one table the input rule reads. */
export const CHANNEL_NEEDS: Partial<Record<ContactChannel, 'safePhone' | 'safeEmail'>> = {
  [ContactChannel.PHONE_CALL]: 'safePhone',
  [ContactChannel.TEXT_MESSAGE]: 'safePhone',
  [ContactChannel.VOICEMAIL]: 'safePhone',
  [ContactChannel.EMAIL]: 'safeEmail',
};

@ObjectType({ description: 'How the client may safely be contacted, and how never. Kadera only: never shared with a partner.' })
export class ContactDetails {
  @Access(...KADERA_ROLES)
  @Field(() => String, { nullable: true, description: 'A phone number that is safe to call: the abuser cannot see or answer it.' })
  safePhone!: string | null;

  @Access(...KADERA_ROLES)
  @Field(() => String, { nullable: true, description: 'An email address only the client reads.' })
  safeEmail!: string | null;

  @Access(...KADERA_ROLES)
  @Field(() => ContactChannel, { nullable: true })
  preferredChannel!: ContactChannel | null;

  @Access(...KADERA_ROLES)
  @Field(() => String, { nullable: true, description: 'When contact is safe.' })
  safeTimes!: string | null;

  @Access(...KADERA_ROLES)
  @Field(() => String, { nullable: true, description: 'Anything else about contacting the client safely.' })
  instructions!: string | null;

  @Access(...KADERA_ROLES)
  @Field(() => [ContactChannel], { description: 'Channels never to use: they could reach the abuser.' })
  neverUse!: ContactChannel[];
}

/** The client's columns behind each ContactDetails field: the change history names the GraphQL field. */
export const CONTACT_COLUMNS = {
  safePhone: 'contactSafePhone',
  safeEmail: 'contactSafeEmail',
  preferredChannel: 'contactPreferredChannel',
  safeTimes: 'contactSafeTimes',
  instructions: 'contactInstructions',
  neverUse: 'contactNeverUse',
} as const satisfies Record<keyof ContactDetails, keyof Client>;

export function contactDetailsOf(client: Client): ContactDetails {
  return {
    safePhone: client.contactSafePhone ?? null,
    safeEmail: client.contactSafeEmail ?? null,
    preferredChannel: client.contactPreferredChannel ?? null,
    safeTimes: client.contactSafeTimes ?? null,
    instructions: client.contactInstructions ?? null,
    neverUse: client.contactNeverUse ?? [],
  };
}
