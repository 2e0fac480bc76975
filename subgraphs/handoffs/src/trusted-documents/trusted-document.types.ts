import { Access, DateTime } from '@hub/common';
import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';

/** Who registers trusted documents: Kadera staff, as they register partner organisations and webhooks. */
export const TRUSTED_DOCUMENT_ADMINS = ['staff'] as const;

@InputType({ description: 'A client application and its persisted-documents manifest, checked against the owner role before anything is stored.' })
export class RegisterTrustedDocumentsInput {
  @Field(() => String, { description: "The application's name, unique in the hub; created on first registration, its owner fixed from then on." })
  application!: string;

  @Field(() => String, { description: 'The role whose callers may run its documents, e.g. partner:ggz (every GGZ organisation), referrer, municipality.' })
  ownerRole!: string;

  @Field(() => String, {
    nullable: true,
    description: "Narrows the application to one organisation: a partner organisation's id (partner roles) or a referring organisation's (referrer).",
  })
  ownerOrganisationId?: string | null;

  @Field(() => String, {
    description:
      'The manifest as JSON text, as @graphql-codegen/client-preset writes it with persistedDocuments (hashAlgorithm sha256): { "<hash>": "<document>" }.',
  })
  manifest!: string;
}

@ObjectType({ description: 'A client application whose registered documents its owner may run by id. Kadera staff only.' })
export class ClientApplication {
  @Access(...TRUSTED_DOCUMENT_ADMINS)
  @Field(() => ID)
  id!: string;

  @Access(...TRUSTED_DOCUMENT_ADMINS)
  @Field(() => String)
  name!: string;

  @Access(...TRUSTED_DOCUMENT_ADMINS)
  @Field(() => String, { description: 'The role whose callers may run its documents.' })
  ownerRole!: string;

  @Access(...TRUSTED_DOCUMENT_ADMINS)
  @Field(() => String, { nullable: true, description: 'The one organisation whose callers may run them; null: every caller of the role.' })
  ownerOrganisationId!: string | null;

  @Access(...TRUSTED_DOCUMENT_ADMINS)
  @Field(() => DateTime)
  createdAt!: Date;
}

@ObjectType({ description: 'The outcome of registering a manifest: all of it, or (refused) none of it.' })
export class TrustedDocumentRegistration {
  @Access(...TRUSTED_DOCUMENT_ADMINS)
  @Field(() => ClientApplication)
  application!: ClientApplication;

  @Access(...TRUSTED_DOCUMENT_ADMINS)
  @Field(() => [String], { description: "The manifest's document ids (sha256:<hex>), as a client sends them in `documentId`." })
  documentIds!: string[];

  @Access(...TRUSTED_DOCUMENT_ADMINS)
  @Field(() => Int, { description: 'Documents new to the application.' })
  registered!: number;

  @Access(...TRUSTED_DOCUMENT_ADMINS)
  @Field(() => Int, { description: 'Documents it had already.' })
  alreadyRegistered!: number;
}
