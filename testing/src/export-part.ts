import { CLIENT_EXPORT_ROLES, clientExportQuery, ROLES, type SubgraphName } from '@hub/common';
import { CALLERS_BY_ROLE } from './callers-by-role';
import type { TestSubgraphs } from './test-subgraphs';

/** A row this subgraph exports, with the client it belongs to. */
interface OwnedRow {
  id: string;
  client_id: string;
}

/** Every string value under `value`, the ids among them. */
function stringsIn(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(stringsIn);
  if (value && typeof value === 'object') return Object.values(value).flatMap(stringsIn);
  return [];
}

/**
 * A subgraph's part of the right of access export, checked against its own tables: for the client with the most
 * rows, the part holds the id of every row `rows` (SQL selecting `id, client_id` of every exported row) gives for
 * her and none of any other client's rows or ids; the export is an EXPORT entry in the access log; and only the
 * export roles may ask for it. Returns the part for the subgraph's own checks.
 */
export async function checkExportPart(hub: TestSubgraphs, name: SubgraphName, rows: string): Promise<Record<string, any>> {
  const execute = (text: string, params: unknown[] = []) => hub.servers[name]!.orm.em.getConnection().execute<any[]>(text, params);
  const all: OwnedRow[] = await execute(rows);
  const counts = new Map<string, number>();
  for (const row of all) counts.set(row.client_id, (counts.get(row.client_id) ?? 0) + 1);
  const [clientId] = [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0];
  const field = clientExportQuery(name);
  const query = `query ($id: UUID!) { ${field}(clientId: $id) }`;

  for (const role of ROLES) {
    const answer = await hub.query(name, query, { id: clientId }, CALLERS_BY_ROLE[role]);
    const allowed = CLIENT_EXPORT_ROLES.includes(role);
    const outcome = allowed
      ? { errors: answer.errors, hasPart: !!answer.data?.[field] }
      : { code: answer.errors?.[0].extensions?.code, part: answer.data?.[field] ?? null };
    expect({ role, ...outcome }).toEqual({ role, ...(allowed ? { errors: undefined, hasPart: true } : { code: 'FORBIDDEN', part: null }) });
  }
  const before = new Date();
  const answer = await hub.query(name, query, { id: clientId }, CALLERS_BY_ROLE.staff);
  expect(answer.errors).toBeUndefined();
  const part = answer.data[field];
  const strings = new Set(stringsIn(part));
  const own = all.filter((row) => row.client_id === clientId);
  const others = all.filter((row) => row.client_id !== clientId);
  expect(own.length).toBeGreaterThan(1);
  expect(others.length).toBeGreaterThan(0);
  for (const row of own) expect({ row: row.id, exported: strings.has(row.id) }).toEqual({ row: row.id, exported: true });
  const text = JSON.stringify(part);
  for (const id of new Set(others.flatMap((row) => [row.id, row.client_id]))) expect({ id, leaked: text.includes(id) }).toEqual({ id, leaked: false });

  const logged = await execute(
    `select fields, outcome, user_id from audit.access_log where action = 'EXPORT' and source_service = ? and client_ids = array[?]::uuid[] and occurred_at >= ?`,
    [name, clientId, before],
  );
  expect(logged).toEqual([{ fields: [`Query.${field}`], outcome: 'ALLOWED', user_id: CALLERS_BY_ROLE.staff.userId }]);
  return part;
}
