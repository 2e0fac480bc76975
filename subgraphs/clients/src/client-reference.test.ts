import { DEMO_CLIENTS, findByIds, HotRead } from '@hub/common';
import { startTestSubgraphs, type TestSubgraphs } from '@hub/testing';
import { wrap } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';
import { Client } from './client.entity';
import { Consent } from './consent.entity';
import { clientsSubgraph } from './subgraph';

// `_entities` reads clients with findByIds, the consent policy with a HotRead (statements built once from the metadata)
// instead of em.find: the same entities, managed the same way.
describe('clients by id for _entities', () => {
  let hub: TestSubgraphs;
  const ids = DEMO_CLIENTS.slice(0, 12).map((c) => c.id);
  const byId = (rows: Client[]) => [...rows].sort((a, b) => a.id.localeCompare(b.id)).map((row) => wrap(row).toObject());

  beforeAll(async () => {
    hub = await startTestSubgraphs([clientsSubgraph]);
  });
  afterAll(() => hub?.stop());

  it('finds what em.find finds, every property converted alike, a missing id skipped', async () => {
    const em = hub.servers.clients!.orm.em.fork();
    const found = await findByIds(em, Client, [...ids, randomUUID()]);
    const expected = await hub.servers.clients!.orm.em.fork().find(Client, { id: { $in: ids } });
    expect(found).toHaveLength(ids.length);
    expect(byId(found)).toEqual(byId(expected));
  });

  it('makes managed entities: in the identity map, found again without a query, and a flush writes nothing', async () => {
    const em = hub.servers.clients!.orm.em.fork();
    const { queries } = hub.servers.clients!;
    queries.reset();
    const found = await findByIds(em, Client, ids);
    expect(queries.count).toBe(1);
    expect(queries.recent[0]).toMatch(/^select \* from "clients"."client" where "id" in \(\?\)$/);
    for (const client of found) expect(await em.findOne(Client, client.id)).toBe(client);
    await em.flush();
    expect(queries.count).toBe(1);
    expect(em.getUnitOfWork().getIdentityMap().values()).toEqual(expect.arrayContaining(found));
  });

  it('a HotRead of an entity with a relation, an enum array and dates makes what em.find makes, its client a reference', async () => {
    const em = hub.servers.clients!.orm.em.fork();
    const found = await new HotRead(Consent, (column) => `${column('client')} in (?)`).find(em, [ids]);
    const expected = await hub.servers.clients!.orm.em.fork().find(Consent, { client: { $in: ids } });
    expect(found.length).toBeGreaterThan(0);
    const plain = (rows: Consent[]) => [...rows].sort((a, b) => a.id.localeCompare(b.id)).map((row) => wrap(row).toObject());
    expect(plain(found)).toEqual(plain(expected));
    for (const consent of found) expect(wrap(consent.client).isInitialized()).toBe(false);
    await em.flush();
  });

  it('an empty list asks nothing', async () => {
    const { queries } = hub.servers.clients!;
    queries.reset();
    expect(await findByIds(hub.servers.clients!.orm.em.fork(), Client, [])).toEqual([]);
    expect(queries.count).toBe(0);
  });
});
