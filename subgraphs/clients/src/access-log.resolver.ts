import { Access, accessLogFor, badInput, DateTime, Uuid, ListSize, verifyAccessLog, type RequestContext, type Role } from '@hub/common';
import { Arg, Ctx, Field, ID, Int, ObjectType, Query, Resolver } from 'type-graphql';

const AUDITOR: Role[] = ['auditor'];

@ObjectType({ description: "One entry of the access log (NEN 7513): who did what with which of the client's data." })
export class AccessLogEntry {
  @Access(...AUDITOR)
  @Field(() => ID)
  eventId!: string;

  @Access(...AUDITOR)
  @Field(() => Int, { description: 'Position in the hash chain.' })
  seq!: number;

  @Access(...AUDITOR)
  @Field(() => DateTime)
  occurredAt!: Date;

  @Access(...AUDITOR)
  @Field(() => String, { description: 'READ, SEARCH, CREATE, UPDATE or EXPORT.' })
  action!: string;

  @Access(...AUDITOR)
  @Field(() => String, { description: 'ALLOWED or DENIED.' })
  outcome!: string;

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
}

@ObjectType({ description: "Result of recomputing the access log's hash chain." })
export class AccessLogIntegrity {
  @Access(...AUDITOR)
  @Field(() => Boolean)
  intact!: boolean;

  @Access(...AUDITOR)
  @Field(() => Int)
  entriesChecked!: number;

  @Access(...AUDITOR)
  @Field(() => Int, { nullable: true, description: 'The first entry whose link is broken.' })
  firstBrokenSeq!: number | null;

  @Access(...AUDITOR)
  @Field(() => String, { nullable: true })
  reason!: string | null;
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
  @Query(() => AccessLogIntegrity, { description: 'Recomputes the whole hash chain and reports the first broken link.' })
  async accessLogIntegrity(@Ctx() context: RequestContext): Promise<AccessLogIntegrity> {
    const report = await verifyAccessLog((sql, params) => context.em.getConnection().execute(sql, params));
    return Object.assign(new AccessLogIntegrity(), report);
  }
}
