import { Entity, Enum, Index, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';

export enum ErasureStatus {
  /** Every part was checked and none refused; the parts are being erased (asking again finishes it). */
  PENDING = 'PENDING',
  /** Every part erased, the client file last. */
  ERASED = 'ERASED',
}

/**
 * A client's request to have her data erased (AVG art. 17), as staff made it: who, when, why, and how far it got.
 * Kept after the erasure, as the account of it (AVG art. 5(2)): it names the client only by her id, which nothing
 * else in the hub then resolves (the access log, kept for its own retention, names her by the same id).
 */
@Entity({ tableName: 'erasure_request' })
@Index({ properties: ['clientId'] })
export class ErasureRequest {
  [OptionalProps]?: 'status' | 'requestedAt' | 'requestedByOrganisationId' | 'erasedAt' | 'removed';

  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  /** No foreign key: the client's row is what is erased. */
  @Property({ type: 'uuid' })
  clientId!: string;

  @Enum({ items: () => ErasureStatus })
  status: ErasureStatus = ErasureStatus.PENDING;

  @Property({ type: 'datetime' })
  requestedAt: Date = new Date();

  @Property({ type: 'text' })
  requestedByUserId!: string;

  @Property({ type: 'text', nullable: true })
  requestedByOrganisationId: string | null = null;

  @Property({ type: 'text' })
  reason!: string;

  @Property({ type: 'text' })
  requestId!: string;

  @Property({ type: 'datetime', nullable: true })
  erasedAt: Date | null = null;

  /** Rows removed per service and record type (counts only). */
  @Property({ type: 'json', nullable: true })
  removed: Record<string, Record<string, number>> | null = null;
}
