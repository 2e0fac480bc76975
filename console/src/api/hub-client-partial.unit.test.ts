import { GraphQLError } from 'graphql';
import { HubError, partialResultOf } from './hub-client';

const data = { handoff: { id: 'h1', client: { id: 'c1', healthScreeningSummary: null } } };

describe('a query answer with fields refused one by one (consent), as a screen gets it', () => {
  it('keeps the data and gives the dotted paths of the FORBIDDEN errors, never their messages', () => {
    const result = partialResultOf(data, {
      graphQLErrors: [
        new GraphQLError('consent of Jane Doe does not cover HEALTH_SCREENING', {
          path: ['handoff', 'client', 'healthScreeningSummary'],
          extensions: { code: 'FORBIDDEN' },
        }),
        new GraphQLError('refused', { path: ['handoff', 'client', 'children', 0, 'firstName'], extensions: { code: 'FORBIDDEN' } }),
      ],
      networkError: undefined,
    });
    expect(result).toEqual({ data, refused: ['handoff.client.healthScreeningSummary', 'handoff.client.children.0.firstName'] });
    expect(JSON.stringify(result)).not.toContain('Jane');
  });

  it('is the data with nothing refused when the answer has no error', () => {
    expect(partialResultOf(data, undefined)).toEqual({ data, refused: [] });
  });

  it('throws any other error by its code, even beside a refused field', () => {
    const other = () =>
      partialResultOf(data, {
        graphQLErrors: [
          new GraphQLError('refused', { path: ['handoff', 'client', 'healthScreeningSummary'], extensions: { code: 'FORBIDDEN' } }),
          new GraphQLError('down', { path: ['handoff'], extensions: { code: 'SERVICE_UNAVAILABLE' } }),
        ],
        networkError: undefined,
      });
    expect(other).toThrow(HubError);
    expect(other).toThrow('SERVICE_UNAVAILABLE');
  });

  it('throws FORBIDDEN without a path (the whole operation refused), a network failure, and an answer without data', () => {
    const whole = new GraphQLError('no', { extensions: { code: 'FORBIDDEN', reason: 'TRUSTED_DOCUMENTS_ONLY' } });
    expect(() => partialResultOf(undefined, { graphQLErrors: [whole], networkError: undefined })).toThrow('FORBIDDEN');
    expect(() => partialResultOf(undefined, { graphQLErrors: [], networkError: new Error('offline') })).toThrow('NETWORK_ERROR');
    expect(() => partialResultOf(null, undefined)).toThrow('UNKNOWN');
  });
});
