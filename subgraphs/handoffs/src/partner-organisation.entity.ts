import { Check, Entity, Enum, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';
import { Access, municipalityCodeCheck, PartnerType } from '@hub/common';
import { randomUUID } from 'node:crypto';
import { Field, ID, ObjectType } from 'type-graphql';
import { HANDOFF_READERS } from './access-policies';

@ObjectType({ description: 'A chain partner Kadera hands clients off to (GGZ, debt assistance, housing, UWV, ...).' })
@Entity({ tableName: 'partner_organisation' })
@Check({ name: 'partner_organisation_municipality_code_check', expression: municipalityCodeCheck('municipality_code') })
@Check({ name: 'partner_organisation_name_check', expression: 'length(btrim(name)) > 0' })
export class PartnerOrganisation {
  [OptionalProps]?: 'createdAt' | 'active' | 'contactName' | 'contactPhone' | 'contactEmail';

  @Access(...HANDOFF_READERS)
  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Access(...HANDOFF_READERS)
  @Field(() => String)
  @Property({ type: 'text' })
  name!: string;

  @Access(...HANDOFF_READERS)
  @Field(() => PartnerType, { description: 'Decides which data categories this partner may ever receive.' })
  // Text with a check constraint MikroORM derives from PartnerType (the partner table): a new partner type needs only a generated migration.
  @Enum({ items: () => PartnerType })
  partnerType!: PartnerType;

  @Access(...HANDOFF_READERS)
  @Field(() => String, { description: 'CBS municipality code of where the partner works, e.g. GM0193 (Zwolle).' })
  @Property({ type: 'string', length: 6 })
  municipalityCode!: string;

  @Access(...HANDOFF_READERS)
  @Field(() => String, { nullable: true, description: 'Whom Kadera contacts at the organisation (work contact details only).' })
  @Property({ type: 'text', nullable: true })
  contactName: string | null = null;

  @Access(...HANDOFF_READERS)
  @Field(() => String, { nullable: true, description: 'Work phone of the contact.' })
  @Property({ type: 'text', nullable: true })
  contactPhone: string | null = null;

  @Access(...HANDOFF_READERS)
  @Field(() => String, { nullable: true, description: 'Work email address of the contact, in lower case.' })
  @Property({ type: 'text', nullable: true })
  contactEmail: string | null = null;

  @Access(...HANDOFF_READERS)
  @Field(() => Boolean, { description: 'Whether Kadera still hands clients off to it; a deactivated organisation cannot be named on a new handoff.' })
  @Property({ type: 'boolean', default: true })
  active: boolean = true;

  @Property({ type: 'datetime', onCreate: () => new Date() })
  createdAt: Date = new Date();
}
