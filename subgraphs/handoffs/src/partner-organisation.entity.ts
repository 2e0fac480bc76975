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
  [OptionalProps]?: 'createdAt';

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

  @Property({ type: 'datetime', onCreate: () => new Date() })
  createdAt: Date = new Date();
}
