import { CombinedError } from '@urql/core';
import { GraphQLError } from 'graphql';
import { hubErrorOf } from './hub-client';

describe('an error from the hub, as a screen gets it', () => {
  it('keeps the code and the categories CONSENT_REQUIRED names as missing, never the server’s text', () => {
    const error = hubErrorOf({
      graphQLErrors: [
        new GraphQLError('the client has no active consent to share IDENTITY with Some Partner', {
          extensions: { code: 'CONSENT_REQUIRED', missing: ['IDENTITY', 'HEALTH_SCREENING'] },
        }),
      ],
      networkError: undefined,
    });
    expect([error.code, error.missing]).toEqual(['CONSENT_REQUIRED', ['IDENTITY', 'HEALTH_SCREENING']]);
    expect(error.message).toBe('CONSENT_REQUIRED');
  });

  it('drops anything in `missing` that is not a code, and names a failure without a code by its kind', () => {
    const odd = hubErrorOf({
      graphQLErrors: [new GraphQLError('x', { extensions: { code: 'CONSENT_REQUIRED', missing: ['IDENTITY', 'Jane Doe', 7] } })],
      networkError: undefined,
    });
    expect(odd.missing).toEqual(['IDENTITY']);
    expect(hubErrorOf({ graphQLErrors: [], networkError: new Error('offline') }).code).toBe('NETWORK_ERROR');
    expect(hubErrorOf({ graphQLErrors: [new GraphQLError('no code')], networkError: undefined }).code).toBe('UNKNOWN');
  });

  it('keeps the code and only the extensions a screen words (field, region, service, contact), never the message', () => {
    const error = hubErrorOf(
      new CombinedError({
        graphQLErrors: [
          new GraphQLError('Kadera IJsselland accepts no new clients for x. Please call y.', {
            extensions: { code: 'INTAKE_CLOSED', region: 'IJSSELLAND', service: 'AMBULATORY_WMO', contact: 'Team Toegang', stack: 'at x', currentVersion: 3 },
          }),
        ],
      }),
    );
    expect(error.code).toBe('INTAKE_CLOSED');
    expect(error.details).toEqual({ region: 'IJSSELLAND', service: 'AMBULATORY_WMO', contact: 'Team Toegang' });
    expect(error.message).toBe('INTAKE_CLOSED');
  });

  it('names the refused input field of a BAD_USER_INPUT', () => {
    const error = hubErrorOf(
      new CombinedError({
        graphQLErrors: [
          new GraphQLError('person.municipalityCode must be GM + 4 digits', {
            extensions: { code: 'BAD_USER_INPUT', argument: 'input', field: 'person.municipalityCode' },
          }),
        ],
      }),
    );
    expect(error).toMatchObject({ code: 'BAD_USER_INPUT', details: { argument: 'input', field: 'person.municipalityCode' } });
  });

  it('is NETWORK_ERROR without an answer, UNKNOWN for an error without a code', () => {
    expect(hubErrorOf(new CombinedError({ networkError: new Error('offline') })).code).toBe('NETWORK_ERROR');
    expect(hubErrorOf(new CombinedError({ graphQLErrors: [new GraphQLError('odd')] })).code).toBe('UNKNOWN');
  });
});
