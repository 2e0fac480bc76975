import { Access, KADERA_ROLES, ListSize } from '@hub/common';
import { Field, Float, ObjectType, registerEnumType } from 'type-graphql';
import { Client } from './client.entity';

export enum DuplicateReasonKind {
  NAME_SIMILARITY = 'NAME_SIMILARITY',
  SAME_DATE_OF_BIRTH = 'SAME_DATE_OF_BIRTH',
  SAME_MUNICIPALITY = 'SAME_MUNICIPALITY',
}
registerEnumType(DuplicateReasonKind, {
  name: 'DuplicateReasonKind',
  description: 'Why a registered client may be the person being registered.',
});

@ObjectType({ description: 'One reason a registered client may be the person being registered.' })
export class DuplicateReason {
  @Access(...KADERA_ROLES)
  @Field(() => DuplicateReasonKind)
  kind!: DuplicateReasonKind;

  @Access(...KADERA_ROLES)
  @Field(() => Float, {
    nullable: true,
    description: 'For NAME_SIMILARITY: how alike the names are, 0 to 1 (1: the same name ignoring case and spacing); null otherwise.',
  })
  similarity!: number | null;

  /** Whose candidate this reason belongs to, for the access log; not in the schema. */
  clientId!: string;
}

@ObjectType({ description: 'A registered client who may be the person being registered, with why.' })
export class DuplicateCandidate {
  @Access(...KADERA_ROLES)
  @Field(() => Client, { description: 'The registered client; each of its fields keeps its own rule.' })
  client!: Client;

  @Access(...KADERA_ROLES)
  @Field(() => Float, { description: 'How likely the same person, 0 to 1; candidates come highest first.' })
  score!: number;

  @Access(...KADERA_ROLES)
  @ListSize(Object.keys(DuplicateReasonKind).length)
  @Field(() => [DuplicateReason], { description: 'NAME_SIMILARITY always, with SAME_DATE_OF_BIRTH and/or SAME_MUNICIPALITY.' })
  reasons!: DuplicateReason[];
}
