import type { MikroORM } from '@mikro-orm/postgresql';

/** A column that holds one of a fixed set of values: its SQL type and the values, sorted. */
export interface EnumColumn {
  column: string;
  type: string;
  values: string[];
}

/** What the entities declare: every `@Enum` column stored as text, with the values of its enum. */
export function declaredEnumColumns(orm: MikroORM): EnumColumn[] {
  const columns: EnumColumn[] = [];
  for (const meta of Object.values(orm.getMetadata().getAll())) {
    if (!meta.tableName) continue;
    for (const prop of meta.props) {
      if (!prop.enum || prop.array || prop.nativeEnumName || !prop.items) continue;
      columns.push({ column: `${meta.tableName}.${prop.fieldNames[0]}`, type: 'text', values: prop.items.map(String).sort() });
    }
  }
  return columns.sort((a, b) => (a.column < b.column ? -1 : 1));
}

/**
 * What the live database holds for the same columns: the column's type and the values its single-column
 * check constraint (`col in (...)`, as PostgreSQL prints it `col = ANY (ARRAY[...])`) allows.
 */
export async function storedEnumColumns(orm: MikroORM, schema: string, declared: EnumColumn[]): Promise<EnumColumn[]> {
  const rows = await orm.em.getConnection().execute<Array<{ tbl: string; col: string; type: string; definition: string | null }>>(
    `select c.relname as tbl, a.attname as col, format_type(a.atttypid, a.atttypmod) as type, pg_get_constraintdef(k.oid) as definition
       from pg_attribute a
       join pg_class c on c.oid = a.attrelid
       join pg_namespace n on n.oid = c.relnamespace
       left join pg_constraint k on k.conrelid = c.oid and k.contype = 'c' and k.conkey = array[a.attnum]::int2[]
        and pg_get_constraintdef(k.oid) like '%= ANY (ARRAY[%'
      where n.nspname = ? and a.attnum > 0 and not a.attisdropped`,
    [schema],
  );
  return declared.map(({ column }) => {
    const [table, name] = column.split('.');
    const matches = rows.filter((row) => row.tbl === table && row.col === name);
    const values = matches.flatMap((row) => [...(row.definition ?? '').matchAll(/'((?:[^']|'')*)'::text/g)].map((m) => m[1].replace(/''/g, "'")));
    return { column, type: matches[0]?.type ?? 'missing', values: values.sort() };
  });
}

/**
 * Writes data with today's entities into tables migrated only up to an older migration, for a test of a later
 * migration: each column the entities declare that those tables lack yet gets a nullable stand-in for the write,
 * dropped again afterwards. The rows left are what a database of that time could hold, and adding a column to an
 * entity never needs such a test edited.
 */
export async function writeInOlderTables(orm: MikroORM, schema: string, write: () => Promise<unknown>): Promise<void> {
  const connection = orm.em.getConnection();
  const existing = await connection.execute<Array<{ tbl: string; col: string }>>(
    `select table_name as tbl, column_name as col from information_schema.columns where table_schema = ?`,
    [schema],
  );
  const has = new Set(existing.map((row) => `${row.tbl}.${row.col}`));
  const tables = new Set(existing.map((row) => row.tbl));
  const standIns: Array<{ table: string; column: string; type: string }> = [];
  for (const meta of Object.values(orm.getMetadata().getAll())) {
    if (!meta.tableName || !tables.has(meta.tableName)) continue;
    for (const prop of meta.props) {
      if (prop.persist === false || !prop.fieldNames) continue;
      prop.fieldNames.forEach((column, i) => {
        if (!has.has(`${meta.tableName}.${column}`)) standIns.push({ table: meta.tableName, column, type: prop.columnTypes?.[i] ?? 'text' });
      });
    }
  }
  const alter = async (each: (standIn: (typeof standIns)[number]) => string) => {
    for (const standIn of standIns) await connection.execute(`alter table "${schema}"."${standIn.table}" ${each(standIn)}`);
  };
  await alter(({ column, type }) => `add column "${column}" ${type}`);
  try {
    await write();
  } finally {
    await alter(({ column }) => `drop column "${column}"`);
  }
}
