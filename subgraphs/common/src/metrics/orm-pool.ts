import type { MikroORM } from '@mikro-orm/postgresql';
import type { SubgraphName } from '../config';
import type { HubMetrics } from './hub-metrics';

/** What knex's pool (tarn) says of itself. */
interface TarnPool {
  numUsed(): number;
  numFree(): number;
  numPendingAcquires(): number;
}

/** A subgraph's MikroORM (knex) pool as the `orm` pool of its service, read at each scrape until the returned function forgets it. */
export function watchOrmPool(metrics: HubMetrics, service: SubgraphName, orm: MikroORM): () => void {
  const pool = () => (orm.em.getConnection().getKnex().client as { pool?: TarnPool }).pool;
  return metrics.watchPool(service, 'orm', () => {
    const tarn = pool();
    return { used: tarn?.numUsed() ?? 0, idle: tarn?.numFree() ?? 0, pending: tarn?.numPendingAcquires() ?? 0 };
  });
}
