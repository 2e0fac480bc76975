import { Check, Entity, Enum, Index, ManyToOne, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';
import { Access, Backs, DateTime, EMERGENCY_ACCESS_ROLES, Internal } from '@hub/common';
import { randomUUID } from 'node:crypto';
import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { AUDITOR } from './access-reports/access-report.types';
import { Client } from './client.entity';
import { EmergencyClientView } from './emergency-client-view';

/** Where the privacy officer's review of an emergency access stands: OPEN until she closes it with a finding; closed is final. */
export enum EmergencyReviewState {
  OPEN = 'OPEN',
  CLOSED = 'CLOSED',
}
registerEnumType(EmergencyReviewState, { name: 'EmergencyReviewState', description: 'OPEN: waiting for the privacy officer; CLOSED: reviewed (final).' });

export enum EmergencyFinding {
  JUSTIFIED = 'JUSTIFIED',
  NOT_JUSTIFIED = 'NOT_JUSTIFIED',
}
registerEnumType(EmergencyFinding, { name: 'EmergencyFinding', description: "The privacy officer's finding on an emergency access." });

/**
 * How many clients one user may open in an emergency within an hour before the review queue calls it unusual
 * (`EmergencyAccess.unusual`): one emergency is one client; several in an hour is a pattern to look at first.
 */
export const EMERGENCY_OPENINGS_PER_HOUR_NOTICE = 3;

/**
 * One break-glass access (docs/security.md, "Emergency access"): who opened which client outside the normal
 * rules, when, with which roles and why, and the privacy officer's review of it. The access log says what was read
 * (entries with the emergency flag, under `requestId`); this keeps the reason, which the log never holds.
 * The opener sees only the opening and the client view; every other field is the privacy officer's.
 */
@ObjectType({ description: 'A client opened in an emergency (break-glass), with the reason given and its review by the privacy officer.' })
@Entity({ tableName: 'emergency_access' })
@Index({ properties: ['reviewState', 'openedAt'] })
@Index({ properties: ['client', 'openedAt'] })
@Index({ properties: ['openedByUserId', 'openedAt'] })
@Check({ name: 'emergency_access_reason_check', expression: 'length(btrim(reason)) > 0' })
@Check({
  name: 'emergency_access_review_check',
  expression:
    "(review_state = 'OPEN') = (reviewed_at is null) and (review_state = 'OPEN') = (finding is null) and (review_state = 'OPEN') = (reviewed_by_user_id is null)",
})
export class EmergencyAccess {
  [OptionalProps]?: 'clientId' | 'openedAt' | 'reviewState' | 'openingsInHour' | 'unusual';

  @Access(...EMERGENCY_ACCESS_ROLES, ...AUDITOR)
  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  // Erasing a client's file takes her emergency accesses (and their reasons) with it; the log keeps its entries.
  @ManyToOne({ entity: () => Client, deleteRule: 'cascade' })
  @Backs('clientId')
  client!: Client;

  @Access(...EMERGENCY_ACCESS_ROLES, ...AUDITOR)
  @Field(() => ID, { description: 'The client opened.' })
  get clientId(): string {
    return this.client.id;
  }

  @Access(...EMERGENCY_ACCESS_ROLES, ...AUDITOR)
  @Field(() => DateTime)
  @Property({ type: 'datetime' })
  openedAt: Date = new Date();

  @Access(...EMERGENCY_ACCESS_ROLES)
  @Field(() => EmergencyClientView, {
    name: 'client',
    nullable: true,
    description: 'What an emergency needs of the client, in the answer of openClientInEmergency only (open again to see it again).',
  })
  view?: EmergencyClientView;

  @Access(...AUDITOR)
  @Field(() => String)
  @Property({ type: 'text' })
  openedByUserId!: string;

  @Access(...AUDITOR)
  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  openedByOrganisationId: string | null = null;

  @Access(...AUDITOR)
  @Field(() => [String], { description: 'The roles the token carried.' })
  @Property({ type: 'text[]' })
  openedByRoles: string[] = [];

  @Access(...AUDITOR)
  @Field(() => String, { description: 'Why the client was opened, as the opener wrote it. The client reads it in her access report.' })
  @Property({ type: 'text' })
  reason!: string;

  /** The request that opened it: its access log entries carry this id. */
  @Property({ type: 'text' })
  @Internal()
  requestId!: string;

  @Access(...AUDITOR)
  @Field(() => EmergencyReviewState)
  @Enum({ items: () => EmergencyReviewState, nativeEnumName: 'emergency_review_state', default: EmergencyReviewState.OPEN })
  reviewState: EmergencyReviewState = EmergencyReviewState.OPEN;

  @Access(...AUDITOR)
  @Field(() => EmergencyFinding, { nullable: true })
  @Enum({ items: () => EmergencyFinding, nativeEnumName: 'emergency_finding', nullable: true })
  finding: EmergencyFinding | null = null;

  @Access(...AUDITOR)
  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  reviewNote: string | null = null;

  @Access(...AUDITOR)
  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  reviewedByUserId: string | null = null;

  @Access(...AUDITOR)
  @Field(() => DateTime, { nullable: true })
  @Property({ type: 'datetime', nullable: true })
  reviewedAt: Date | null = null;

  /** Filled by the review queue (emergency-access-review.ts). */
  openingsByUserInHour?: number;

  @Access(...AUDITOR)
  @Field(() => Int, {
    name: 'openingsByUserInHour',
    description: 'How many clients the same user opened in an emergency in the hour up to and including this opening.',
  })
  get openingsInHour(): number {
    return this.openingsByUserInHour ?? 1;
  }

  @Access(...AUDITOR)
  @Field(() => Boolean, {
    description: `The same user opened ${EMERGENCY_OPENINGS_PER_HOUR_NOTICE} or more clients in an emergency within an hour: look at this one first.`,
  })
  get unusual(): boolean {
    return this.openingsInHour >= EMERGENCY_OPENINGS_PER_HOUR_NOTICE;
  }
}
