import { DriverException, ServerException } from '@mikro-orm/core';
import { databaseFailure } from './database-errors';

describe('databaseFailure', () => {
  it('knows a connection pg found closed, behind the statement MikroORM puts in front', () => {
    const lost = Object.assign(new Error('select "r0".* from "referrals"."referral" as "r0" - Connection terminated unexpectedly'), {
      name: 'DriverException',
    });
    expect(databaseFailure({ originalError: lost })).toEqual({ code: 'SERVICE_UNAVAILABLE', message: 'the database is unavailable; try again shortly' });
  });

  it('takes a refused connection for the database only when the ORM reports it', () => {
    const refused = Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED' });
    expect(databaseFailure(new DriverException(refused))?.code).toBe('SERVICE_UNAVAILABLE');
    // Any of the ORM's subclasses counts, told without loading the ORM.
    expect(databaseFailure(new ServerException(refused))?.code).toBe('SERVICE_UNAVAILABLE');
    // An HTTP call to another service failing the same way is not the database.
    expect(databaseFailure({ originalError: refused })).toBeUndefined();
  });

  it('leaves a constraint violation or a syntax error to be masked', () => {
    expect(databaseFailure(Object.assign(new Error('duplicate key'), { code: '23505' }))).toBeUndefined();
    expect(databaseFailure(Object.assign(new Error('syntax error'), { code: '42601' }))).toBeUndefined();
  });
});
