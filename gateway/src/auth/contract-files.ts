import path from 'node:path';
import { fieldRulesOf, rolesOf, Side, type FieldRules, type Role } from '@hub/common/light';
import { printSchema, type GraphQLSchema } from 'graphql';
import { contractSchema } from './contract-schema';
import { supergraphSchema } from './supergraph-rules';

/** schema/contracts/, from gateway/dist/auth: one checked-in contract per role outside Kadera. */
export const CONTRACTS_DIR = path.resolve(__dirname, '../../../schema/contracts');

/** The roles whose contracts are checked in: the organisations outside Kadera that integrate with the hub. */
export const CONTRACT_ROLES: readonly Role[] = [...rolesOf(Side.PARTNER), ...rolesOf(Side.REFERRER), ...rolesOf(Side.MUNICIPALITY)];

/** `partner:ggz` -> `partner-ggz.graphql` (a colon is no file name character everywhere). */
export function contractFileName(role: string): string {
  return `${role.replace(/:/g, '-')}.graphql`;
}

/**
 * The contract of `roles` as SDL, with a header naming the role set; undefined
 * when the roles may select nothing (no contract). What `npm run
 * schema:contract` writes and `GET /schema.graphql` answers.
 */
export function renderContract(supergraph: GraphQLSchema, rules: FieldRules, roles: readonly string[]): string | undefined {
  const schema = contractSchema(supergraph, rules, roles);
  if (!schema) return undefined;
  const names = [...new Set(roles)].sort();
  return [
    `# Contract schema of ${names.join(', ')}: exactly the types, fields and arguments ${names.length > 1 ? 'these roles' : 'this role'} may select at the Kadera hub.`,
    '# Generated from schema/supergraph.graphql by `npm run schema:contract`; do not edit. How to use it (codegen, trusted documents, errors,',
    '# deprecation and breaking changes): docs/partners.md. How it is made: docs/security.md, "Contract schemas".',
    '',
    printSchema(schema),
    '',
  ].join('\n');
}

/** Every checked-in contract as it is generated from `supergraphSdl` now: its path and its text. */
export function generatedContracts(supergraphSdl: string): Array<{ role: Role; path: string; text: string }> {
  const supergraph = supergraphSchema(supergraphSdl);
  const rules = fieldRulesOf(supergraph);
  return CONTRACT_ROLES.map((role) => {
    const text = renderContract(supergraph, rules, [role]);
    if (!text) throw new Error(`the role ${role} may select nothing: no contract`);
    return { role, path: path.join(CONTRACTS_DIR, contractFileName(role)), text };
  });
}
