import { readSupergraph } from '@hub/gateway';
import { composeSupergraph } from './compose';

describe('schema/supergraph.graphql', () => {
  it('is what composing the subgraphs gives now (run `npm run schema:compose` after a schema change)', async () => {
    const fresh = await composeSupergraph();
    // Compared as text so the diff in a failure shows what changed.
    expect(readSupergraph()).toBe(fresh);
  });
});
