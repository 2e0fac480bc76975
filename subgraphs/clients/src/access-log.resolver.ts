import { Access, accessLogFor, badInput, DateTime, localDateTime, ORGANISATION_TIME_ZONE, Uuid, ListSize, type RequestContext, type Role } from '@hub/common';
import { Arg, Ctx, Field, ID, Int, ObjectType, Query, Resolver } from 'type-graphql';

const AUDITOR: Role[] = ['auditor'];

@ObjectType({ description: "One entry of the access log (NEN 7513): who did what with which of the client's data." })
export class AccessLogEntry {
  @Access(...AUDITOR)
  @Field(() => ID)
  eventId!: string;

  @Access(...AUDITOR)
  @Field(() => Int, { description: "The entry's number: increasing, with gaps where a write was rolled back; checkpoints seal them in order." })
  seq!: number;

  @Access(...AUDITOR)
  @Field(() => DateTime)
  occurredAt!: Date;

  @Access(...AUDITOR)
  @Field(() => String, { description: `occurredAt on the organisation's clock (${ORGANISATION_TIME_ZONE}), YYYY-MM-DD HH:mm:ss.` })
  get occurredAtLocal(): string {
    return localDateTime(this.occurredAt);
  }

  @Access(...AUDITOR)
  @Field(() => String, { description: 'READ, SEARCH, CREATE, UPDATE or EXPORT.' })
  action!: string;

  @Access(...AUDITOR)
  @Field(() => String, { description: 'ALLOWED or DENIED.' })
  outcome!: string;

  @Access(...AUDITOR)
  @Field(() => [String], { description: 'The clients whose data was touched (ids only).' })
  clientIds!: string[];

  @Access(...AUDITOR)
  @Field(() => String)
  userId!: string;

  @Access(...AUDITOR)
  @Field(() => String, { nullable: true })
  organisationId!: string | null;

  @Access(...AUDITOR)
  @Field(() => [String])
  roles!: string[];

  @Access(...AUDITOR)
  @Field(() => String, { nullable: true, description: 'Purpose of use the caller declared.' })
  purpose!: string | null;

  @Access(...AUDITOR)
  @Field(() => [String], { description: 'The data touched, as Type.field.' })
  fields!: string[];

  @Access(...AUDITOR)
  @Field(() => String, { description: 'The subgraph that served or refused it.' })
  sourceService!: string;

  @Access(...AUDITOR)
  @Field(() => String, { nullable: true })
  requestId!: string | null;

  @Access(...AUDITOR)
  @Field(() => String, {
    nullable: true,
    description: 'The responsible user the caller acted for, when it acted on behalf of someone (the token subject of a delegation).',
  })
  onBehalfOf!: string | null;

  @Access(...AUDITOR)
  @Field(() => String, { nullable: true, description: 'The access point: the application the token was issued to (azp or client_id).' })
  applicationId!: string | null;

  @Access(...AUDITOR)
  @Field(() => String, { nullable: true, description: 'The access point: the address the request came from, as the gateway saw it.' })
  sourceAddress!: string | null;

  @Access(...AUDITOR)
  @Field(() => [String], { description: 'The records touched or refused, as Type:id.' })
  objects!: string[];

  @Access(...AUDITOR)
  @Field(() => [String], { description: "The consents that allowed a partner's read of consented fields." })
  consentIds!: string[];

  @Access(...AUDITOR)
  @Field(() => Boolean, { description: 'A break-glass access, outside the normal rules, with a stated reason.' })
  emergency!: boolean;
}

@ObjectType({
  description:
    "Every entry's MAC recomputed with the access log key, and the entries checked against the checkpoints in the database. " +
    'A tail cut together with its checkpoints in the database is only caught by `npm run audit:verify`, which checks against the checkpoint file.',
})
export class AccessLogIntegrity {
  @Access(...AUDITOR)
  @Field(() => Boolean)
  intact!: boolean;

  @Access(...AUDITOR)
  @Field(() => Int)
  entriesChecked!: number;

  @Access(...AUDITOR)
  @Field(() => Int, { nullable: true, description: 'The first entry found changed, missing, added or renumbered.' })
  firstBrokenSeq!: number | null;

  @Access(...AUDITOR)
  @Field(() => Int, { nullable: true, description: 'The checkpoint whose seal is broken, or that is itself missing or altered.' })
  brokenCheckpoint!: number | null;

  @Access(...AUDITOR)
  @Field(() => String, { nullable: true })
  reason!: string | null;

  @Access(...AUDITOR)
  @Field(() => Int, { description: 'Checkpoints checked.' })
  checkpoints!: number;

  @Access(...AUDITOR)
  @Field(() => Int, { description: 'Entries after the last checkpoint: their MACs are checked, but a removal among them cannot be seen yet.' })
  notYetSealed!: number;
}

/**
 * The privacy officer's view of the access log. The log lives in its own
 * `audit` schema, written by every subgraph; it holds client ids, not client data.
 */
@Resolver()
export class AccessLogResolver {
  @Access(...AUDITOR)
  @ListSize(100)
  @Query(() => [AccessLogEntry], { description: '"Who looked at my file": every access to one client\'s data in a period, oldest first.' })
  async accessLog(
    @Arg('clientId', () => Uuid) clientId: string,
    @Arg('from', () => DateTime, { nullable: true }) from: Date | undefined,
    @Arg('to', () => DateTime, { nullable: true }) to: Date | undefined,
    @Ctx() context: RequestContext,
  ): Promise<AccessLogEntry[]> {
    if (from && to && from >= to) throw badInput('from must be before to', { argument: 'from' });
    const rows = await accessLogFor(context.em, clientId, from, to);
    return rows.map((row) => Object.assign(new AccessLogEntry(), row));
  }

  @Access(...AUDITOR)
  @Query(() => AccessLogIntegrity, { description: 'Checks every entry and every checkpoint in the database, and reports the first break.' })
  async accessLogIntegrity(@Ctx() context: RequestContext): Promise<AccessLogIntegrity> {
    const report = await context.accessLogIntegrity();
    return Object.assign(new AccessLogIntegrity(), report);
  }
}
