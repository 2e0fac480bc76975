import { Entity, Enum, Index, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';
import { DateTime, LocalDate } from '@hub/common';
import { randomUUID } from 'node:crypto';
import { Directive, Field, ID, ObjectType, registerEnumType } from 'type-graphql';

export enum RiskLevel {
  RED = 'RED',
  ORANGE = 'ORANGE',
  GREEN = 'GREEN',
}
registerEnumType(RiskLevel, {
  name: 'RiskLevel',
  description: 'Safety risk assessment: RED acute danger, ORANGE elevated, GREEN stable.',
});

export enum FormOfAbuse {
  PARTNER_ABUSE = 'PARTNER_ABUSE',
  CHILD_ABUSE = 'CHILD_ABUSE',
  ELDER_ABUSE = 'ELDER_ABUSE',
  SEXUAL_ABUSE = 'SEXUAL_ABUSE',
  HONOUR_BASED_VIOLENCE = 'HONOUR_BASED_VIOLENCE',
  FAMILY_VIOLENCE = 'FAMILY_VIOLENCE',
  HUMAN_TRAFFICKING = 'HUMAN_TRAFFICKING',
}
registerEnumType(FormOfAbuse, {
  name: 'FormOfAbuse',
  description: 'Form of abuse; HUMAN_TRAFFICKING includes Romeo pimping.',
});

/** How duplicate detection sees a name; `nameKeyOf` is the same rule in TypeScript. */
const NAME_KEY_SQL = `lower(btrim(regexp_replace(name, '\\s+', ' ', 'g')))`;

export const tidyName = (name: string): string => name.trim().replace(/\s+/g, ' ');
export const nameKeyOf = (name: string): string => tidyName(name).toLowerCase();

@Directive('@key(fields: "id")')
@ObjectType({ description: 'A person Kadera helps. Owned by the clients subgraph.' })
@Entity({ tableName: 'client' })
@Index({ properties: ['nameKey', 'dateOfBirth'] })
export class Client {
  [OptionalProps]?: 'createdAt' | 'updatedAt' | 'formsOfAbuse' | 'nameKey';

  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Field(() => String)
  @Property({ type: 'text' })
  name!: string;

  // Duplicate detection compares names ignoring case and spacing; the database keeps the key in step.
  @Property({ type: 'text', generated: `(${NAME_KEY_SQL}) stored` })
  nameKey?: string;

  @Field(() => LocalDate)
  @Property({ type: 'date' })
  dateOfBirth!: string;

  @Field(() => String, { description: 'CBS municipality code, e.g. GM0193 (Zwolle).' })
  @Property({ type: 'string', length: 6 })
  municipalityCode!: string;

  @Field(() => String, {
    description: 'Where the client actually lives. Strictly confidential: a leak can cost a life.',
  })
  @Property({ type: 'text' })
  confidentialAddress!: string;

  @Field(() => RiskLevel)
  @Enum({ items: () => RiskLevel, nativeEnumName: 'risk_level' })
  riskLevel!: RiskLevel;

  @Field(() => [FormOfAbuse])
  @Enum({ items: () => FormOfAbuse, array: true })
  formsOfAbuse: FormOfAbuse[] = [];

  @Field(() => DateTime)
  @Property({ type: 'datetime', onCreate: () => new Date() })
  createdAt: Date = new Date();

  @Field(() => DateTime)
  @Property({ type: 'datetime', onUpdate: () => new Date() })
  updatedAt: Date = new Date();
}
