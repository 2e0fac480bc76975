import { Check, Entity, Enum, Index, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';
import {
  Access,
  Backs,
  ConsentedTo,
  DataCategory,
  DateTime,
  Internal,
  KADERA_ROLES,
  LocalDate,
  municipalityCodeCheck,
  PARTNER_ROLES,
  WHEREABOUTS_ROLES,
} from '@hub/common';
import { randomUUID } from 'node:crypto';
import { Directive, Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { ContactChannel } from './client-contact';

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

export enum HousingUrgency {
  LOW = 'LOW',
  MEDIUM = 'MEDIUM',
  HIGH = 'HIGH',
  URGENT = 'URGENT',
}
registerEnumType(HousingUrgency, {
  name: 'HousingUrgency',
  description: 'How soon the client needs a home of their own.',
});

/** How duplicate detection sees a name; `nameKeyOf` is the same rule in TypeScript. */
const NAME_KEY_SQL = `lower(btrim(regexp_replace(name, '\\s+', ' ', 'g')))`;

export const tidyName = (name: string): string => name.trim().replace(/\s+/g, ' ');
export const nameKeyOf = (name: string): string => tidyName(name).toLowerCase();

@Directive('@key(fields: "id")')
@ObjectType({ description: 'A person Kadera helps. Owned by the clients subgraph.' })
@Entity({ tableName: 'client' })
@Index({ properties: ['nameKey', 'dateOfBirth'] })
// Client search and duplicate detection (pg_trgm, name-similarity.ts); created with the extension in Migration20261130014000.
@Index({
  name: 'client_name_key_trgm_index',
  expression: (table, columns, name) => `create index "${name}" on ${table.toString()} using gin ("${columns.nameKey}" gin_trgm_ops)`,
})
@Index({ name: 'client_statistics_index', properties: ['municipalityCode', 'createdAt'] })
@Check({ name: 'client_municipality_code_check', expression: municipalityCodeCheck('municipality_code') })
// A BSN is its ciphertext, the key that made it and its index, or nothing at all.
@Check({
  name: 'client_bsn_check',
  expression: '(bsn_ciphertext is null) = (bsn_key_id is null) and (bsn_ciphertext is null) = (bsn_index is null)',
})
export class Client {
  [OptionalProps]?:
    | 'createdAt'
    | 'updatedAt'
    | 'formsOfAbuse'
    | 'nameKey'
    | 'healthScreeningSummary'
    | 'financialSituation'
    | 'housingNeed'
    | 'housingUrgency'
    | 'incomeAndBenefits'
    | 'version'
    | 'contactSafePhone'
    | 'contactSafeEmail'
    | 'contactPreferredChannel'
    | 'contactSafeTimes'
    | 'contactInstructions'
    | 'contactNeverUse'
    | 'bsnCiphertext'
    | 'bsnKeyId'
    | 'bsnIndex';

  @Access(...KADERA_ROLES, ...PARTNER_ROLES)
  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  // Nullable in GraphQL so a partner without identity consent loses this field only, not the whole client.
  @ConsentedTo(DataCategory.IDENTITY)
  @Field(() => String, { nullable: true })
  @Property({ type: 'text' })
  name!: string;

  // Duplicate detection compares names ignoring case and spacing; the database keeps the key in step.
  @Property({ type: 'text', generated: `(${NAME_KEY_SQL}) stored` })
  @Internal()
  nameKey?: string;

  @ConsentedTo(DataCategory.IDENTITY)
  @Field(() => LocalDate, { nullable: true })
  @Property({ type: 'date' })
  dateOfBirth!: string;

  @Access(...KADERA_ROLES)
  @Field(() => String, { description: 'CBS municipality code, e.g. GM0193 (Zwolle).' })
  @Property({ type: 'string', length: 6 })
  municipalityCode!: string;

  @Access(...WHEREABOUTS_ROLES)
  @Field(() => String, {
    description: 'Where the client actually lives. Strictly confidential: a leak can cost a life.',
  })
  @Property({ type: 'text' })
  confidentialAddress!: string;

  @Access(...KADERA_ROLES)
  @Field(() => RiskLevel)
  @Enum({ items: () => RiskLevel, nativeEnumName: 'risk_level' })
  riskLevel!: RiskLevel;

  @Access(...KADERA_ROLES)
  @Field(() => [FormOfAbuse])
  @Enum({ items: () => FormOfAbuse, array: true })
  formsOfAbuse: FormOfAbuse[] = [];

  // Optimistic concurrency (docs/architecture.md, "Client file maintenance"): every update names the version it
  // read; client-update.ts bumps it in the same conditional UPDATE that writes the change.
  @Access(...KADERA_ROLES)
  @Field(() => Int, { description: 'Starts at 1 and goes up by one with every change; an update names the version it read (expectedVersion).' })
  @Property({ type: 'integer', default: 1 })
  version: number = 1;

  @Access(...KADERA_ROLES)
  @Field(() => DateTime)
  @Property({ type: 'datetime', onCreate: () => new Date() })
  createdAt: Date = new Date();

  @Access(...KADERA_ROLES)
  @Field(() => DateTime)
  @Property({ type: 'datetime', onUpdate: () => new Date() })
  updatedAt: Date = new Date();

  // Consented data categories (DESIGN.md section 5): each partner type sees its own one, and only with consent.
  // Short professional summaries only; the abuse narrative never goes here.

  @ConsentedTo(DataCategory.HEALTH_SCREENING)
  @Field(() => String, { nullable: true, description: 'Summary of the diagnostic health screening, for mental health care.' })
  @Property({ type: 'text', nullable: true })
  healthScreeningSummary?: string | null = null;

  @ConsentedTo(DataCategory.FINANCES)
  @Field(() => String, { nullable: true, description: 'Debts and financial situation, for debt assistance.' })
  @Property({ type: 'text', nullable: true })
  financialSituation?: string | null = null;

  @ConsentedTo(DataCategory.HOUSING)
  @Field(() => String, { nullable: true, description: 'What kind of home the client needs, for housing.' })
  @Property({ type: 'text', nullable: true })
  housingNeed?: string | null = null;

  @ConsentedTo(DataCategory.HOUSING)
  @Field(() => HousingUrgency, { nullable: true })
  @Enum({ items: () => HousingUrgency, nativeEnumName: 'housing_urgency', nullable: true })
  housingUrgency?: HousingUrgency | null = null;

  @ConsentedTo(DataCategory.INCOME_BENEFITS)
  @Field(() => String, { nullable: true, description: 'Income and benefits, for the UWV.' })
  @Property({ type: 'text', nullable: true })
  incomeAndBenefits?: string | null = null;

  // How the client may safely be contacted, and how not: Kadera only, never shared with a partner.
  // GraphQL shows them as one ContactDetails object (client-contact.ts), so they are not fields here.

  @Property({ type: 'text', nullable: true })
  @Backs('contactDetails')
  contactSafePhone?: string | null = null;

  @Property({ type: 'text', nullable: true })
  @Backs('contactDetails')
  contactSafeEmail?: string | null = null;

  @Enum({ items: () => ContactChannel, nativeEnumName: 'contact_channel', nullable: true })
  @Backs('contactDetails')
  contactPreferredChannel?: ContactChannel | null = null;

  @Property({ type: 'text', nullable: true })
  @Backs('contactDetails')
  contactSafeTimes?: string | null = null;

  @Property({ type: 'text', nullable: true })
  @Backs('contactDetails')
  contactInstructions?: string | null = null;

  @Enum({ items: () => ContactChannel, array: true, default: [] })
  @Backs('contactDetails')
  contactNeverUse: ContactChannel[] = [];

  // The BSN (docs/security.md, "BSN"): never in the clear. AES-256-GCM ciphertext (iv, body, tag) bound to this
  // client's id, the id of its key, and the keyed hash that finds it by exact match (one client per BSN).
  // GraphQL shows it as Client.bsn (client-bsn.resolver.ts), to BSN_READ_ROLES only.

  @Property({ type: 'blob', nullable: true })
  @Backs('bsn')
  bsnCiphertext?: Buffer | null = null;

  @Property({ type: 'text', nullable: true })
  @Backs('bsn')
  bsnKeyId?: string | null = null;

  @Property({ type: 'text', nullable: true, unique: 'client_bsn_index_unique' })
  @Backs('bsn')
  bsnIndex?: string | null = null;
}
