import { createLogger } from './logger';

function capture() {
  const lines: Record<string, any>[] = [];
  const logger = createLogger('debug', 'test', { write: (line: string) => void lines.push(JSON.parse(line)) });
  return { logger, lines };
}

describe('createLogger', () => {
  it('logs only whitelisted fields, counting the rest as withheld', () => {
    const { logger, lines } = capture();
    logger.info(
      { requestId: 'r-1', status: 400, body: { name: 'Sanne Visser' }, variables: { address: 'Geheimstraat 7' }, confidentialAddress: 'x' },
      'refused',
    );
    expect(lines[0]).toMatchObject({ requestId: 'r-1', status: 400, withheld: 3, msg: 'refused' });
    expect(JSON.stringify(lines[0])).not.toMatch(/Sanne|Geheim|body|variables|confidentialAddress/);
  });

  it('replaces a value that lacks its field’s shape', () => {
    const { logger, lines } = capture();
    logger.warn({ requestId: 'Sanne Visser', status: 'Geheimstraat 7' }, 'x');
    expect(lines[0]).toMatchObject({ requestId: '[withheld]', status: '[withheld]' });
  });

  it('reduces messages to their shape, and an error logged alone does not lend its message', () => {
    const { logger, lines } = capture();
    logger.error(new Error("insert into t values ('Sanne Visser') - failed"));
    logger.error({ err: new Error('value "Sanne Visser" refused') });
    logger.info('Unexpected error processing request: invalid input syntax for type uuid: "Sanne Visser"');
    logger.info('%s was here', 'Sanne Visser');
    expect(lines.map((l) => l.msg)).toEqual(['error', 'error', 'Unexpected error processing request: invalid input syntax for type uuid: "…"', '%s was here']);
    expect(JSON.stringify(lines)).not.toMatch(/Sanne/);
  });

  it('shapes child bindings the same way and logs SQL with placeholders only', () => {
    const { logger, lines } = capture();
    logger.child({ subgraph: 'clients', note: 'Sanne Visser' }).debug({ sql: `select * from "client" where "name" = 'Sanne Visser' and "id" = ?` }, 'sql');
    expect(lines[0]).toMatchObject({ subgraph: 'clients', sql: 'select * from "client" where "name" = ? and "id" = ?' });
    expect(JSON.stringify(lines[0])).not.toMatch(/Sanne/);
  });

  it('logs a request as method, path and id only', () => {
    const { logger, lines } = capture();
    logger.info(
      { req: { method: 'POST', url: '/graphql?name=Sanne', id: 'r-2', headers: { authorization: 'Bearer x' }, body: 'Sanne' }, res: { statusCode: 200 } },
      'done',
    );
    expect(lines[0]).toMatchObject({ req: { method: 'POST', path: '/graphql', id: 'r-2' }, res: { status: 200 } });
    expect(JSON.stringify(lines[0])).not.toMatch(/Sanne|Bearer/);
  });
});

describe('PostgreSQL server lines', () => {
  it('keep what failed and lose what it was handed', () => {
    const { logger, lines } = capture();
    const chunk = [
      `2026-11-29 20:22:15.023 UTC [123] ERROR:  invalid input syntax for type uuid: "Sanne Visser"`,
      `2026-11-29 20:22:15.023 UTC [123] ERROR:  duplicate key value violates unique constraint "client_pkey"`,
      `2026-11-29 20:22:15.023 UTC [123] DETAIL:  Key (name)=(Sanne Visser) already exists.`,
      `2026-11-29 20:22:15.023 UTC [123] STATEMENT:  insert into "clients"."client" ("name") values ('Sanne Visser')`,
    ].join('\n');
    logger.debug({ postgres: chunk }, 'postgres');
    for (const line of chunk.split('\n')) logger.debug({ postgres: line }, 'postgres');
    expect(lines[1].postgres).toBe('#-#-# #:#:#.# UTC […] ERROR: invalid input syntax for type uuid: "…"');
    expect(JSON.stringify(lines)).not.toMatch(/Sanne/);
  });
});
