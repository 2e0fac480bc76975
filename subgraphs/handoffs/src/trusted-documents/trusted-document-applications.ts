import { badInput, decodeCursor, documentIdOf, encodeCursor, pageSize, type Connection, type PageArgs, type RequestContext } from '@hub/common';
import { ClientApplication, TrustedDocument } from './trusted-document.types';

/** Reading the registry for staff: applications by name, each one's document count and its documents by hash, paged by keyset. */

type Row = Record<string, unknown>;
const SHA256_HEX = /^[0-9a-f]{64}$/;

/** The one key of `after` on a list ordered by a text column, checked with `valid`; undefined without `after`. */
function afterKey(page: PageArgs, valid: (key: string) => boolean): string | undefined {
  const [after] = decodeCursor(page.after ?? undefined, 1) ?? [];
  if (after !== undefined && (typeof after !== 'string' || !valid(after))) throw badInput('after is not a cursor returned by this list', { argument: 'after' });
  return after;
}

function applicationOf(row: Row): ClientApplication {
  return Object.assign(new ClientApplication(), {
    id: row.id,
    name: row.name,
    ownerRole: row.owner_role,
    ownerOrganisationId: row.owner_organisation_id ?? null,
    createdAt: new Date(row.created_at as string),
  });
}

/** A page of client applications in the order of their (unique) names, byte by byte (collation C: the same whatever the database's locale). */
export async function applicationPage(context: RequestContext, page: PageArgs): Promise<Connection<ClientApplication>> {
  const after = afterKey(page, (name) => name.length > 0);
  const size = pageSize(page);
  const rows = await context.em.execute<Row[]>(
    `select id, name, owner_role, owner_organisation_id, created_at from handoffs.client_application
     where (?::text is null or name collate "C" > ?::text) order by name collate "C" limit ?`,
    [after ?? null, after ?? null, size + 1],
  );
  const edges = rows.slice(0, size).map((row) => ({ cursor: encodeCursor([row.name as string]), node: applicationOf(row) }));
  return { edges, pageInfo: { hasNextPage: rows.length > size, endCursor: edges.at(-1)?.cursor ?? null } };
}

/** How many documents each application holds: one query for every application of the answer. */
export function documentCountLoader(context: RequestContext) {
  return context.loader<string, number>('TrustedDocumentCounts', async (applicationIds) => {
    const rows = await context.em.execute<{ application_id: string; documents: number }[]>(
      `select application_id, count(*)::int as documents from handoffs.trusted_document
       where application_id in (select jsonb_array_elements_text(?::jsonb)::uuid) group by application_id`,
      [JSON.stringify(applicationIds)],
    );
    const counts = new Map(rows.map((row) => [row.application_id, row.documents]));
    return applicationIds.map((id) => counts.get(id) ?? 0);
  });
}

/**
 * A page of each application's documents in the order of their hashes, never their text: one query per page
 * (`first`, `after`) asked for, whatever the number of applications.
 */
export function documentPageLoader(context: RequestContext, page: PageArgs) {
  const after = afterKey(page, (hash) => SHA256_HEX.test(hash));
  const size = pageSize(page);
  return context.loader<string, Connection<TrustedDocument>>(`TrustedDocumentPages:${size}:${after ?? ''}`, async (applicationIds) => {
    const rows = await context.em.execute<{ application_id: string; hash: string; registered_at: Date | string }[]>(
      `select application_id, hash, registered_at from (
         select application_id, hash, registered_at, row_number() over (partition by application_id order by hash) as n
         from handoffs.trusted_document where application_id in (select jsonb_array_elements_text(?::jsonb)::uuid) and (?::text is null or hash > ?::text)
       ) d where n <= ? order by application_id, hash`,
      [JSON.stringify(applicationIds), after ?? null, after ?? null, size + 1],
    );
    const byApplication = new Map<string, typeof rows>(applicationIds.map((id) => [id, []]));
    for (const row of rows) byApplication.get(row.application_id)?.push(row);
    return applicationIds.map((id) => {
      const own = byApplication.get(id)!;
      const edges = own.slice(0, size).map((row) => ({
        cursor: encodeCursor([row.hash]),
        node: Object.assign(new TrustedDocument(), { documentId: documentIdOf(row.hash), registeredAt: new Date(row.registered_at) }),
      }));
      return { edges, pageInfo: { hasNextPage: own.length > size, endCursor: edges.at(-1)?.cursor ?? null } };
    });
  });
}
