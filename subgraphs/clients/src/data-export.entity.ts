import { Entity, Index, ManyToOne, PrimaryKey, Property } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';
import { Client } from './client.entity';

/**
 * One right of access export made of a client's data: who made it, when and why. The access log says that it
 * happened (an EXPORT entry per service, under `requestId`); this keeps the reason, which the log does not hold.
 * Itself part of the client's later exports.
 */
@Entity({ tableName: 'data_export' })
@Index({ properties: ['client', 'exportedAt'] })
export class DataExport {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne({ entity: () => Client })
  client!: Client;

  @Property({ type: 'datetime' })
  exportedAt!: Date;

  @Property({ type: 'text' })
  exportedByUserId!: string;

  @Property({ type: 'text', nullable: true })
  exportedByOrganisationId: string | null = null;

  @Property({ type: 'text' })
  reason!: string;

  @Property({ type: 'text' })
  requestId!: string;
}
