import { GraphQLError } from 'graphql';
import { hubErrorOf } from './hub-client';

describe('an error from the hub, as the console keeps it', () => {
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
});
