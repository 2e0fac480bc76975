import { Check, Entity, Enum, Index, ManyToOne, OptionalProps, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { Access, DateTime, KADERA_ROLES, municipalityCodeCheck } from '@hub/common';
import { randomUUID } from 'node:crypto';
import { Field, ID, ObjectType } from 'type-graphql';
import { PlacementUnit } from './placement-unit.entity';
import { WaitlistStatus } from './waitlist.workflow';

/**
 * A client waiting for a place in a full unit. The order is (requestedAt, id);
 * the position is derived from it, never stored, so withdrawals need no renumbering.
 */
@ObjectType({ description: 'A client waiting for a place of one type at one location.' })
@Entity({ tableName: 'waitlist_entry' })
@Index({ properties: ['unit', 'status', 'requestedAt'] })
// Waiting twice for the same unit would hold two places in the queue.
@Unique<typeof WaitlistEntry, string>({
  name: 'waitlist_entry_one_waiting_per_client_unit',
  expression: (table, columns, name) =>
    `create unique index "${name}" on "${table.schema}"."${table.name}" ("${columns.clientId}", "${columns.unit}") ` + `where "${columns.status}" = 'WAITING'`,
})
@Check<WaitlistEntry>({
  name: 'waitlist_entry_municipality_code_check',
  expression: (columns) => municipalityCodeCheck(columns.municipalityCode),
})
export class WaitlistEntry {
  [OptionalProps]?: 'requestedAt' | 'status' | 'statusChangedAt' | 'statusChangedByUserId';

  @Access(...KADERA_ROLES)
  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Index()
  @Property({ type: 'uuid' })
  clientId!: string;

  @Access(...KADERA_ROLES)
  @Field(() => String, { description: "The client's municipality (CBS code), which funds the care; statistics are attributed to it." })
  @Property({ type: 'string', length: 6 })
  municipalityCode!: string;

  @ManyToOne({ entity: () => PlacementUnit })
  unit!: PlacementUnit;

  @Access(...KADERA_ROLES)
  @Field(() => DateTime)
  @Property({ type: 'datetime' })
  requestedAt: Date = new Date();

  @Access(...KADERA_ROLES)
  @Field(() => WaitlistStatus)
  @Enum({ items: () => WaitlistStatus })
  status: WaitlistStatus = WaitlistStatus.WAITING;

  @Property({ type: 'text' })
  requestedByUserId!: string;

  @Access(...KADERA_ROLES)
  @Field(() => DateTime, { nullable: true, description: 'When the entry left WAITING.' })
  @Property({ type: 'datetime', nullable: true })
  statusChangedAt: Date | null = null;

  @Property({ type: 'text', nullable: true })
  statusChangedByUserId: string | null = null;
}
