import {
  Access,
  addDays,
  checkCursor,
  ClientReference as Client,
  connectionTypes,
  KADERA_ROLES,
  PageArgs,
  Paged,
  pageSize,
  sqlTable,
  today,
  WholeNumberIn,
  type Connection,
  type RequestContext,
} from '@hub/common';
import { Args, ArgsType, Ctx, Field, FieldResolver, Int, Query, Resolver, Root } from 'type-graphql';
import { AftercareProgramme } from './aftercare-programme.entity';
import { AlarmDeployment } from './alarm-deployment.entity';
import { ReviewDue, ReviewKind } from './review-due';

/** Furthest ahead the reviews-due queue looks: a year. */
const WITHIN_DAYS_MAX = 366;

@ArgsType()
export class ReviewsDueArgs extends PageArgs {
  @Field(() => Int, { description: `Reviews due within this many days from today (0: today), overdue ones included; 0 to ${WITHIN_DAYS_MAX}.` })
  @WholeNumberIn(0, WITHIN_DAYS_MAX)
  withinDays!: number;
}

const ReviewDueConnection = connectionTypes(ReviewDue, 'ReviewDue', KADERA_ROLES, { totalCount: true });

interface DueRow {
  kind: ReviewKind;
  id: string;
  due_on: string;
}

const encode = (row: DueRow) => Buffer.from(JSON.stringify([row.due_on, row.kind, row.id])).toString('base64url');

/** Reviews due of both kinds (docs/workflows.md, "Reviews due"): one ordered list over two tables. */
@Resolver(() => ReviewDue)
export class ReviewsDueResolver {
  @Access(...KADERA_ROLES)
  @Paged()
  @Query(() => ReviewDueConnection, {
    description:
      'Work queue: reviews of running aftercare programmes and deployed alarms due within withinDays (overdue ones first, as they are ' +
      'due earliest), by due date, then kind, then id; with the total. Ended programmes and returned alarms are never due.',
  })
  async reviewsDue(@Args(() => ReviewsDueArgs) args: ReviewsDueArgs, @Ctx() context: RequestContext): Promise<Connection<ReviewDue>> {
    const { em } = context;
    const until = addDays(today(), args.withinDays);
    const after = checkCursor(args.after, 3);
    const due = `select 'AFTERCARE' as kind, id, client_id, next_review_on::text as due_on from ${sqlTable(em, AftercareProgramme)}
                  where ended_on is null and next_review_on <= ?
                 union all
                 select 'ALARM', id, client_id, next_review_on::text from ${sqlTable(em, AlarmDeployment)}
                  where returned_on is null and next_review_on <= ?`;
    const [{ total }] = await em.execute<{ total: number }[]>(`select count(*)::int as total from (${due}) due`, [until, until]);
    const [dueOn, kind, id] = after ? (JSON.parse(Buffer.from(after, 'base64url').toString('utf8')) as string[]) : [];
    const first = pageSize(args);
    const rows = await em.execute<(DueRow & { client_id: string })[]>(
      `select * from (${due}) due ${after ? 'where (due_on, kind, id::text) > (?, ?, ?)' : ''} order by due_on, kind, id::text limit ?`,
      [until, until, ...(after ? [dueOn, kind, id] : []), first + 1],
    );
    const page = rows.slice(0, first);
    const byKind = (k: ReviewKind) => page.filter((row) => row.kind === k).map((row) => row.id);
    const programmes = new Map((await em.find(AftercareProgramme, { id: { $in: byKind(ReviewKind.AFTERCARE) } })).map((p) => [p.id, p]));
    const alarms = new Map((await em.find(AlarmDeployment, { id: { $in: byKind(ReviewKind.ALARM) } })).map((a) => [a.id, a]));
    const now = today();
    return {
      edges: page.map((row) => ({
        cursor: encode(row),
        node: Object.assign(new ReviewDue(), {
          kind: row.kind,
          id: row.id,
          dueOn: row.due_on,
          overdue: row.due_on < now,
          aftercareProgramme: programmes.get(row.id) ?? null,
          alarmDeployment: alarms.get(row.id) ?? null,
          clientId: row.client_id,
        }),
      })),
      pageInfo: { hasNextPage: rows.length > first, endCursor: page.length ? encode(page[page.length - 1]) : null },
      totalCount: total,
    };
  }

  @Access(...KADERA_ROLES)
  @FieldResolver(() => Client)
  client(@Root() review: ReviewDue): Client {
    return { id: review.clientId };
  }
}
