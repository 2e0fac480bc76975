import { DriverException, UniqueConstraintViolationException } from '@mikro-orm/core';
import { GraphQLError } from 'graphql';
import { serializeError, WITHHELD_MESSAGE } from './safe-error';

/** What pg hands MikroORM for a unique violation, with knex's statement in front of the message. */
function pgUniqueViolation() {
  return Object.assign(
    new Error(`insert into "clients"."client" ("name") values ('Sanne Visser') - duplicate key value violates unique constraint "client_name_unique"`),
    {
      name: 'error',
      severity: 'ERROR',
      code: '23505',
      detail: 'Key (name)=(Sanne Visser) already exists.',
      where: 'row (Sanne Visser, Geheimstraat 7)',
      schema: 'clients',
      table: 'client',
      constraint: 'client_name_unique',
      parameters: ['Sanne Visser'],
    },
  );
}

describe('serializeError', () => {
  it('keeps codes and schema names of a database error, and nothing it quotes', () => {
    const located = new GraphQLError('insert into … Sanne Visser', { originalError: new UniqueConstraintViolationException(pgUniqueViolation()) });
    const safe = serializeError(located);
    expect(safe).toMatchObject({
      type: 'GraphQLError',
      message: WITHHELD_MESSAGE,
      cause: {
        type: 'UniqueConstraintViolationException',
        code: '23505',
        constraint: 'client_name_unique',
        table: 'client',
        schema: 'clients',
        message: WITHHELD_MESSAGE,
      },
    });
    const text = JSON.stringify(safe);
    expect(text).not.toMatch(/Sanne|Geheim|detail|where|parameters|"query"|"sql"/);
  });

  it('withholds a driver message even when it is not quoted', () => {
    const raised = new DriverException(Object.assign(new Error('refused Sanne Visser at Geheimstraat 7'), { code: 'P0001', severity: 'ERROR' }));
    expect(JSON.stringify(serializeError(raised))).not.toMatch(/Sanne|Geheim/);
  });

  it('keeps the shape of other messages and frames as file:line without absolute paths', () => {
    const error = new TypeError(`Cannot read properties of undefined (reading 'name')`);
    const safe = serializeError(error);
    expect(safe.type).toBe('TypeError');
    expect(safe.message).toBe('Cannot read properties of undefined (…)');
    expect(safe.frames?.length).toBeGreaterThan(0);
    for (const frame of safe.frames!) expect(frame).toMatch(/^[^/][^\s()]*:\d+$/);
  });

  it('never carries a body-parser body or a request', () => {
    const parse = Object.assign(new SyntaxError(`Unexpected token '}', ..."Zwolle"},}" is not valid JSON`), {
      type: 'entity.parse.failed',
      body: '{"address":"Geheimstraat 7, Zwolle"},}',
      status: 400,
    });
    expect(JSON.stringify(serializeError(parse))).not.toMatch(/Zwolle|Geheim|body/);
  });

  it('keeps a public GraphQL code', () => {
    expect(serializeError(new GraphQLError('the operation exceeds its limits', { extensions: { code: 'QUERY_TOO_COMPLEX' } }))).toMatchObject({
      code: 'QUERY_TOO_COMPLEX',
      message: 'the operation exceeds its limits',
    });
  });
});
