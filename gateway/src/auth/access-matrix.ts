import { ROLES, rolesOf, ruleOf as ruleFromAst, scopesAllow, Side, type FieldRule } from '@hub/common/light';
import path from 'node:path';
import { apiObjectTypes, supergraphSchema } from './supergraph-rules';

/** docs/access-matrix.md, from gateway/dist/auth. */
export const ACCESS_MATRIX_PATH = path.resolve(__dirname, '../../../docs/access-matrix.md');

/** Which roles a named row-level condition binds (from the role and partner tables), and what it means. */
export const POLICY_MEANINGS: Array<{ match: RegExp; roles: readonly string[]; meaning: (name: string) => string }> = [
  { match: /^own-handoff$/, roles: rolesOf(Side.PARTNER), meaning: () => 'partners: only handoffs addressed to their own organisation' },
  { match: /^own-referral$/, roles: rolesOf(Side.REFERRER), meaning: () => 'referrers: only referrals their own organisation submitted' },
  { match: /^own-municipality$/, roles: rolesOf(Side.MUNICIPALITY), meaning: () => 'municipalities: only their own municipality code' },
  {
    match: /^consent:(\w+)$/,
    // Binds every partner role; which partner roles may select the field at all is its @requiresScopes (@ConsentedTo).
    roles: rolesOf(Side.PARTNER),
    meaning: (name) => `partners: only with the client's active consent for ${name.split(':')[1]}`,
  },
];

export type Cell = 'allowed' | 'conditional' | 'denied';

export interface MatrixRow {
  field: string;
  cells: Record<string, Cell>;
  conditions: string[];
}

function bindsRole(policies: string[][] | undefined, role: string): boolean {
  return (policies ?? []).some((all) => all.some((name) => POLICY_MEANINGS.some((p) => p.match.test(name) && p.roles.includes(role))));
}

export function cellFor(rule: FieldRule | undefined, role: string): Cell {
  if (!scopesAllow(rule, [role])) return 'denied';
  return bindsRole(rule?.policies, role) ? 'conditional' : 'allowed';
}

/** One row per selectable type.field of the supergraph, one cell per role. */
export function accessMatrix(supergraphSdl: string): MatrixRow[] {
  const schema = supergraphSchema(supergraphSdl);
  const rows: MatrixRow[] = [];
  for (const type of apiObjectTypes(schema)) {
    for (const field of Object.values(type.getFields())) {
      const rule = ruleFromAst(field.astNode?.directives);
      const cells = Object.fromEntries(ROLES.map((role) => [role, cellFor(rule, role)]));
      const conditions = (rule.policies ?? []).flat().map((name) => {
        const known = POLICY_MEANINGS.find((p) => p.match.test(name));
        return known ? known.meaning(name) : `${name} (unknown condition: denied)`;
      });
      rows.push({ field: `${type.name}.${field.name}`, cells, conditions });
    }
  }
  return rows;
}

const MARK: Record<Cell, string> = { allowed: 'yes', conditional: 'if', denied: '-' };

export function renderAccessMatrix(supergraphSdl: string): string {
  const rows = accessMatrix(supergraphSdl);
  const header = `| field | ${ROLES.join(' | ')} | condition |`;
  const rule = `| --- | ${ROLES.map(() => ':-:').join(' | ')} | --- |`;
  const lines = rows.map((row) => `| \`${row.field}\` | ${ROLES.map((r) => MARK[row.cells[r]]).join(' | ')} | ${row.conditions.join('; ')} |`);
  return [
    '# Access matrix',
    '',
    'Generated from `schema/supergraph.graphql` by `npm run access:matrix`; do not edit by hand. A test fails',
    'when this file differs from a fresh generation, and another walks every cell through the running gateway.',
    '',
    '`yes`: the role may select the field. `if`: it may, and the subgraph applies the row-level condition',
    'in the last column (a row that fails it is left out of lists, or the field is null with a FORBIDDEN',
    'error). `-`: selecting the field is refused by the gateway with FORBIDDEN before anything is fetched.',
    'A field without a rule is denied to every role (the default names no role).',
    '',
    header,
    rule,
    ...lines,
    '',
  ].join('\n');
}
