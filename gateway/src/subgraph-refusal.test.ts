import { GraphQLError } from 'graphql';
import { subgraphRefusal } from './subgraph-refusal';

const fromGateway = (status: number, body: unknown) =>
  new GraphQLError(`${status}: Bad Request`, { extensions: { response: { url: 'http://subgraph/graphql', status, statusText: 'Bad Request', body } } });

describe('subgraphRefusal', () => {
  it("keeps a subgraph's public 4xx refusal, message and code", () => {
    const body = { errors: [{ message: 'Variable "$d" got invalid value "2026-02-30"; Value is not a valid LocalDate: 2026-02-30', extensions: { code: 'BAD_USER_INPUT' } }] };
    const error = subgraphRefusal(fromGateway(400, body));
    expect(error.message).toBe(body.errors[0].message);
    expect(error.extensions).toEqual({ code: 'BAD_USER_INPUT' });
  });

  it('leaves everything else to be masked: other codes, 5xx, bodies that are not GraphQL', () => {
    const masked = [
      fromGateway(400, { errors: [{ message: 'relation "client" does not exist', extensions: { code: 'INTERNAL_SERVER_ERROR' } }] }),
      fromGateway(500, { errors: [{ message: 'x', extensions: { code: 'BAD_USER_INPUT' } }] }),
      fromGateway(400, '<html>Bad Request</html>'),
      fromGateway(400, { errors: [] }),
      new GraphQLError('socket hang up'),
    ];
    for (const error of masked) expect(subgraphRefusal(error)).toBe(error);
  });
});
