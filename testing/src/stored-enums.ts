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
