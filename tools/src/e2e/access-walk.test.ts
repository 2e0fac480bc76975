import { ROLES, type Role } from '@hub/common';
import { accessMatrix, readSupergraph, supergraphSchema } from '@hub/gateway';
import { CALLERS_BY_ROLE, operationForField, postGraphQL } from '@hub/testing';
import { startTestStack, type TestStack } from '../testing/test-stack';

const CALLERS = CALLERS_BY_ROLE;

/**
 * Walks every cell of docs/access-matrix.md through the running gateway: real
 * tokens, real HTTP, real PostgreSQL. A denied cell must be refused by the
 * gateway naming that field; an allowed one must not be. Queries run for real;
 * mutations are sent without their required variables, so none is ever executed.
 */
describe('the access matrix, cell by cell, through the gateway', () => {
  let hub: TestStack;
  const sdl = readSupergraph();
  const schema = supergraphSchema(sdl);
  const rows = accessMatrix(sdl);

  beforeAll(async () => {
    hub = await startTestStack();
  });
  afterAll(async () => {
    await hub?.drop();
  });

  it.each(ROLES.map((role) => [role]))('every field, as %s', async (role) => {
    const token = await hub.as(CALLERS[role as Role]).token();
    const mismatches: string[] = [];
    const queue = [...rows];
    const worker = async () => {
      for (let row = queue.shift(); row; row = queue.shift()) {
        const [typeName, fieldName] = row.field.split('.');
        const operation = operationForField(schema, typeName, fieldName);
        const response = await postGraphQL(hub.gatewayUrl, operation.text, undefined, { authorization: `Bearer ${token}` });
        const refused = (response.errors ?? []).some((error) =>
          (error.extensions?.denied ?? []).some((d: { field: string }) => d.field === row.field),
        );
        const expectRefused = row.cells[role] === 'denied';
        if (refused !== expectRefused) mismatches.push(`${row.field}: expected ${expectRefused ? 'denied' : 'allowed'} (${operation.text})`);
        // Dummy arguments must meet a clear error code, never an internal error.
        const internal = (response.errors ?? []).find((e) => e.extensions?.code === 'INTERNAL_SERVER_ERROR');
        if (response.status >= 500 || internal) mismatches.push(`${row.field}: ${response.status} ${response.text.slice(0, 300)}`);
      }
    };
    await Promise.all(Array.from({ length: 6 }, worker));
    expect(mismatches).toEqual([]);
  });
});
