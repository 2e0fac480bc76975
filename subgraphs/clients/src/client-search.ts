import { decodeCursor, encodeCursor, pageSize, sqlTable, type Connection } from '@hub/common';
import type { EntityManager } from '@mikro-orm/postgresql';
import { Client, nameKeyOf } from './client.entity';
import type { SearchClientsArgs } from './client-search.input';
import { useNameSimilarityThreshold } from './name-similarity';

/** The search's cursor: the rank (the name's similarity, 1 without a name) and the id. */
const SEARCH_CURSOR_KEYS = 2;

interface Row {
  id: string;
  rank: number;
}

/**
 * Clients by name (pg_trgm word similarity of the search text within the name key, at least
 * NAME_SIMILARITY_THRESHOLD: "hendrix" finds "Iris Hendriks") and/or date of birth, most similar first,
 * then by id; keyset paging on (rank, id), and the total over every page.
 */
export async function searchClients(em: EntityManager, args: SearchClientsArgs): Promise<Connection<Client>> {
  const first = pageSize(args);
  const after = decodeCursor(args.after, SEARCH_CURSOR_KEYS);
  return em.transactional(async (tx) => {
    await useNameSimilarityThreshold(tx);
    const rank = args.name != null ? 'word_similarity(?, name_key)' : '1::real';
    const rankParams = args.name != null ? [nameKeyOf(args.name)] : [];
    const where: string[] = [];
    const params: unknown[] = [];
    if (args.name != null) {
      where.push('? <% name_key');
      params.push(nameKeyOf(args.name));
    }
    if (args.dateOfBirth != null) {
      where.push('date_of_birth = ?');
      params.push(args.dateOfBirth);
    }
    const table = sqlTable(tx, Client);
    const filter = where.join(' and ');
    const [{ total }] = await tx.execute<{ total: string }[]>(`select count(*) as total from ${table} where ${filter}`, params);
    const page: string[] = [];
    const pageParams: unknown[] = [];
    if (after) {
      page.push(`(${rank} < ?::real or (${rank} = ?::real and id > ?::uuid))`);
      pageParams.push(...rankParams, after[0], ...rankParams, after[0], after[1]);
    }
    const rows = await tx.execute<Row[]>(
      `select id, ${rank} as rank from ${table} where ${[filter, ...page].join(' and ')} order by rank desc, id asc limit ?`,
      [...rankParams, ...params, ...pageParams, first + 1],
    );
    const shown = rows.slice(0, first);
    const clients = shown.length ? await tx.find(Client, { id: { $in: shown.map((row) => row.id) } }) : [];
    const byId = new Map(clients.map((client) => [client.id, client]));
    const edges = shown.map((row) => ({ cursor: encodeCursor([row.rank, row.id]), node: byId.get(row.id)! }));
    return { edges, pageInfo: { hasNextPage: rows.length > first, endCursor: edges.at(-1)?.cursor ?? null }, totalCount: Number(total) };
  });
}
