import { setTimeout as sleep } from 'node:timers/promises';
import { GraphQLError } from 'graphql';
import { createErrorFormatter, createLogger, createOrm, type SubgraphOrm } from '@hub/common';
import { createTestDatabase, type TestDatabase } from './test-database';

/** The limits every subgraph's pool runs under, against real PostgreSQL. */
describe('database limits', () => {
  let database: TestDatabase;
  let subject: SubgraphOrm;

  beforeAll(async () => {
    database = await createTestDatabase();
    subject = await createOrm({ schema: 'public', entities: [], migrations: [] }, database.url, createLogger('silent'), {
      limits: { statementTimeoutMs: 500, idleInTransactionTimeoutMs: 60_000, poolMax: 2, acquireTimeoutMs: 400 },
    });
  });
  afterAll(async () => {
    await subject?.orm.close(true);
    await database?.drop();
  });

  const connection = () => subject.orm.em.getConnection();

  it('cancels a statement that runs past DB_STATEMENT_TIMEOUT_MS, and the pool goes on serving', async () => {
    await expect(connection().execute('select pg_sleep(30)')).rejects.toMatchObject({ code: '57014' });
    await expect(connection().execute('select 1 as one')).resolves.toEqual([{ one: 1 }]);
  });

  it('sets the idle-in-transaction timeout on every connection', async () => {
    const [row] = await connection().execute<Array<{ value: string }>>(`select current_setting('idle_in_transaction_session_timeout') as value`);
    expect(row.value).toBe('1min');
  });

  it('fails a request that waits longer than DB_POOL_ACQUIRE_TIMEOUT_MS for one of DB_POOL_MAX connections', async () => {
    // Two open transactions hold both connections until they end ...
    const knex = connection().getKnex();
    const held = [await knex.transaction(), await knex.transaction()];
    // ... so a third request waits for one, and gives up instead of queueing for ever.
    await expect(connection().execute('select 1')).rejects.toMatchObject({ name: 'KnexTimeoutError' });
    await Promise.all(held.map((transaction) => transaction.rollback()));
    await expect(connection().execute('select 1 as one')).resolves.toEqual([{ one: 1 }]);
  });
});

describe('what a caller is told of a database failure', () => {
  let database: TestDatabase;
  let subject: SubgraphOrm;
  const format = createErrorFormatter(createLogger('silent'));

  beforeAll(async () => {
    database = await createTestDatabase();
    subject = await createOrm({ schema: 'public', entities: [], migrations: [] }, database.url, createLogger('silent'), {
      limits: { statementTimeoutMs: 200, idleInTransactionTimeoutMs: 60_000, poolMax: 2, acquireTimeoutMs: 2_000 },
    });
  });
  afterAll(async () => {
    await subject?.orm.close(true);
    await database?.drop();
  });

  const failureOf = async (sql: string) => {
    const error = await subject.orm.em
      .getConnection()
      .execute(sql)
      .then(
        () => undefined,
        (e: unknown) => e,
      );
    expect(error).toBeDefined();
    return format({ message: String((error as Error).message) }, new GraphQLError('resolver failed', { originalError: error as Error }));
  };

  it('a statement past its timeout is TIMEOUT, without SQL', async () => {
    expect(await failureOf('select pg_sleep(30)')).toEqual({
      message: 'the database did not answer in time',
      path: undefined,
      extensions: { code: 'TIMEOUT' },
    });
  });

  it('a connection terminated by an administrator is SERVICE_UNAVAILABLE, and the pool reconnects', async () => {
    const formatted = await failureOf('select pg_terminate_backend(pg_backend_pid())');
    expect(formatted.extensions).toEqual({ code: 'SERVICE_UNAVAILABLE' });
    // The pool drops the dead connection once its socket closes; requests are served again.
    let answer: unknown;
    for (let attempt = 0; attempt < 50 && !answer; attempt += 1) {
      answer = await subject.orm.em
        .getConnection()
        .execute('select 1 as one')
        .catch(() => sleep(100).then(() => undefined));
    }
    expect(answer).toEqual([{ one: 1 }]);
  });

  it('any other database error stays masked', async () => {
    expect((await failureOf('select * from no_such_table')).extensions).toEqual({ code: 'INTERNAL_SERVER_ERROR' });
  });
});
