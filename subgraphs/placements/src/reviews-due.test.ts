import { randomUUID } from 'node:crypto';
import { clientsSubgraph } from '@hub/testing/peers';
import { addDays, DEFAULT_PLACEMENT_SETTINGS, today } from '@hub/common';
import { startTestSubgraphs, testCallers, type TestSubgraphs } from '@hub/testing';
import { placementsSubgraph } from './subgraph';
import { codeOf, daysAgo, newClient, sql } from './placement-test-support';

const REVIEWS = `query ($within: Int!, $first: Int, $after: String) {
  reviewsDue(withinDays: $within, first: $first, after: $after) {
    totalCount
    edges { cursor node { kind id dueOn overdue client { id } aftercareProgramme { id nextReviewOn lastReviewedOn } alarmDeployment { id deviceSerial nextReviewOn } } }
    pageInfo { hasNextPage endCursor }
  }
}`;
const START = `mutation ($input: StartAftercareInput!) { startAftercare(input: $input) { id startedOn nextReviewOn lastReviewedOn } }`;
const DEPLOY = `mutation ($input: DeployAlarmInput!) { deployAlarm(input: $input) { id deployedOn nextReviewOn lastReviewedOn } }`;
const REVIEW_AFTERCARE = `mutation ($input: RecordReviewInput!) { recordAftercareReview(input: $input) { id nextReviewOn lastReviewedOn } }`;
const REVIEW_ALARM = `mutation ($input: RecordReviewInput!) { recordAlarmReview(input: $input) { id nextReviewOn lastReviewedOn } }`;
const { aftercareReviewIntervalDays: AFTERCARE_DAYS, alarmReviewIntervalDays: ALARM_DAYS } = DEFAULT_PLACEMENT_SETTINGS;

/** Next review dates of aftercare programmes and alarms, the reviews-due work queue and recording a review. */
describe('placements: reviews due', () => {
  let hub: TestSubgraphs;
  const ask = (query: string, variables: Record<string, unknown>, caller = testCallers.staff) => hub.query('placements', query, variables, caller);
  const reviews = async (variables: Record<string, unknown>) => {
    const response = await ask(REVIEWS, variables);
    expect(response.errors).toBeUndefined();
    return response.data.reviewsDue;
  };

  beforeAll(async () => {
    hub = await startTestSubgraphs([clientsSubgraph, placementsSubgraph]);
  });
  afterAll(async () => {
    await hub?.stop();
  });

  it('a programme or alarm gets its first review one interval after it starts', async () => {
    const startedOn = daysAgo(50);
    const programme = await ask(START, { input: { clientId: await newClient(hub, 'GM0160'), municipalityCode: 'GM0160', startedOn, homeVisitsPlanned: 4 } });
    expect(programme.data.startAftercare).toMatchObject({ startedOn, nextReviewOn: addDays(startedOn, AFTERCARE_DAYS), lastReviewedOn: null });
    const deployedOn = daysAgo(100);
    const alarm = await ask(DEPLOY, {
      input: { clientId: await newClient(hub, 'GM0160'), municipalityCode: 'GM0160', deviceSerial: 'AW-7001', deployedOn },
    });
    expect(alarm.data.deployAlarm).toMatchObject({ deployedOn, nextReviewOn: addDays(deployedOn, ALARM_DAYS), lastReviewedOn: null });
  });

  it('lists both kinds due within N days, overdue first, by due date, and only running ones', async () => {
    const within = 30;
    const expected = await sql<{ kind: string; id: string; due_on: string }>(
      hub,
      `select * from (select 'AFTERCARE' as kind, id::text, next_review_on::text as due_on from placements.aftercare_programme where ended_on is null
                      union all
                      select 'ALARM', id::text, next_review_on::text from placements.alarm_deployment where returned_on is null) due
        where due_on <= ? order by due_on, kind, id`,
      [addDays(today(), within)],
    );
    expect(new Set(expected.map((row) => row.kind))).toEqual(new Set(['AFTERCARE', 'ALARM']));
    const all = await reviews({ within, first: 100 });
    expect(all.totalCount).toBe(expected.length);
    expect(all.edges.map((e: any) => [e.node.kind, e.node.id, e.node.dueOn])).toEqual(expected.map((row) => [row.kind, row.id, row.due_on]));
    for (const { node } of all.edges) {
      expect(node.overdue).toBe(node.dueOn < today());
      const detail = node.kind === 'AFTERCARE' ? node.aftercareProgramme : node.alarmDeployment;
      expect(detail).toMatchObject({ id: node.id, nextReviewOn: node.dueOn });
      expect(node.kind === 'AFTERCARE' ? node.alarmDeployment : node.aftercareProgramme).toBeNull();
      expect(node.client.id).toEqual(expect.any(String));
    }
    // An ended programme is never due, however old its date.
    const [ended] = await sql(hub, 'select id from placements.aftercare_programme where ended_on is not null limit 1');
    expect(all.edges.map((e: any) => e.node.id)).not.toContain(ended.id);
    // Nearer horizons hold fewer.
    expect((await reviews({ within: 0 })).totalCount).toBeLessThanOrEqual(all.totalCount);
  });

  it('pages by cursor with the total on every page; every review exactly once', async () => {
    const all = await reviews({ within: 366, first: 100 });
    expect(all.totalCount).toBeGreaterThan(3);
    const seen: string[] = [];
    let after: string | undefined;
    do {
      const page = await reviews({ within: 366, first: 2, after });
      expect(page.totalCount).toBe(all.totalCount);
      expect(page.edges.length).toBeLessThanOrEqual(2);
      seen.push(...page.edges.map((e: any) => e.node.id));
      after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : undefined;
    } while (after);
    expect(seen).toEqual(all.edges.map((e: any) => e.node.id));
    expect(codeOf(await ask(REVIEWS, { within: -1 }))).toBe('BAD_USER_INPUT');
    expect(codeOf(await ask(REVIEWS, { within: 367 }))).toBe('BAD_USER_INPUT');
    expect(codeOf(await ask(REVIEWS, { within: 7, after: 'not-a-cursor' }))).toBe('BAD_USER_INPUT');
    expect(codeOf(await ask(REVIEWS, { within: 7 }, testCallers.partner(0)))).toBe('FORBIDDEN');
  });

  it('recording a review moves the next one on by the interval; refusals change nothing', async () => {
    const startedOn = daysAgo(60);
    const started = await ask(START, { input: { clientId: await newClient(hub, 'GM0160'), municipalityCode: 'GM0160', startedOn, homeVisitsPlanned: 4 } });
    const id = started.data.startAftercare.id;
    expect((await reviews({ within: 0, first: 100 })).edges.map((e: any) => e.node.id)).toContain(id);

    const early = await ask(REVIEW_AFTERCARE, { input: { id, reviewedOn: daysAgo(61) } });
    expect(codeOf(early)).toBe('BAD_USER_INPUT');
    expect(early.errors![0].extensions).toMatchObject({ field: 'reviewedOn' });
    expect(codeOf(await ask(REVIEW_AFTERCARE, { input: { id, reviewedOn: daysAgo(-1) } }))).toBe('BAD_USER_INPUT');
    expect(codeOf(await ask(REVIEW_AFTERCARE, { input: { id: randomUUID() } }))).toBe('NOT_FOUND');
    expect(codeOf(await ask(REVIEW_AFTERCARE, { input: { id } }, testCallers.referrer(0)))).toBe('FORBIDDEN');

    const reviewed = await ask(REVIEW_AFTERCARE, { input: { id, reviewedOn: daysAgo(2) } }, testCallers.shelter);
    expect(reviewed.errors).toBeUndefined();
    expect(reviewed.data.recordAftercareReview).toEqual({ id, lastReviewedOn: daysAgo(2), nextReviewOn: addDays(daysAgo(2), AFTERCARE_DAYS) });
    expect((await reviews({ within: 0, first: 100 })).edges.map((e: any) => e.node.id)).not.toContain(id);
    const [row] = await sql(hub, 'select last_reviewed_by_user_id from placements.aftercare_programme where id = ?', [id]);
    expect(row.last_reviewed_by_user_id).toBe(testCallers.shelter.userId);
    // Not before the last review.
    expect(codeOf(await ask(REVIEW_AFTERCARE, { input: { id, reviewedOn: daysAgo(3) } }))).toBe('BAD_USER_INPUT');

    await ask(`mutation ($id: UUID!) { endAftercare(input: { id: $id }) { id } }`, { id });
    expect(codeOf(await ask(REVIEW_AFTERCARE, { input: { id } }))).toBe('INVALID_TRANSITION');
  });

  it('an alarm review likewise; a returned alarm is reviewed no more and leaves the queue', async () => {
    const deployed = await ask(DEPLOY, {
      input: { clientId: await newClient(hub, 'GM0160'), municipalityCode: 'GM0160', deviceSerial: 'AW-7002', deployedOn: daysAgo(95) },
    });
    const id = deployed.data.deployAlarm.id;
    const reviewed = await ask(REVIEW_ALARM, { input: { id } });
    expect(reviewed.data.recordAlarmReview).toEqual({ id, lastReviewedOn: today(), nextReviewOn: addDays(today(), ALARM_DAYS) });
    expect((await reviews({ within: ALARM_DAYS, first: 100 })).edges.map((e: any) => e.node.id)).toContain(id);
    await ask(`mutation ($id: UUID!) { returnAlarm(input: { id: $id }) { id } }`, { id });
    expect(codeOf(await ask(REVIEW_ALARM, { input: { id } }))).toBe('INVALID_TRANSITION');
    expect((await reviews({ within: 366, first: 100 })).edges.map((e: any) => e.node.id)).not.toContain(id);
  });

  it('reading the queue and recording a review reach the access log, naming the clients', async () => {
    const page = await reviews({ within: 366, first: 3 });
    const clients = page.edges.map((e: any) => e.node.client.id).sort();
    const [read] = await sql(
      hub,
      `select action, client_ids, fields from audit.access_log where source_service = 'placements' and user_id = ? order by seq desc limit 1`,
      [testCallers.staff.userId],
    );
    expect(read.action).toBe('SEARCH');
    expect([...read.client_ids].sort()).toEqual([...new Set(clients)].sort());
    expect(read.fields).toEqual(expect.arrayContaining(['ReviewDue.dueOn', 'ReviewDue.client']));
  });
});
