import { Kind, type DocumentNode } from 'graphql';
import DOCUMENT_ROLES from './document-roles.json';

const table: Record<string, readonly string[] | undefined> = DOCUMENT_ROLES;

/** The name of a document's (first) operation: the key of document-roles.json. */
export function operationName(document: DocumentNode): string {
  for (const definition of document.definitions) {
    if (definition.kind === Kind.OPERATION_DEFINITION && definition.name) return definition.name.value;
  }
  throw new Error('a console document without a named operation');
}

/**
 * Whether a caller holding `roles` may run every one of these operations: one of its roles may run each alone, by the
 * table derived from the supergraph's field rules (document-roles.ts). An operation missing from the table is refused.
 */
export function mayRunAll(roles: readonly string[], documents: readonly DocumentNode[]): boolean {
  return mayRunOperations(roles, documents.map(operationName));
}

/**
 * mayRunAll by operation names: for an operation whose document the first load must not carry (it is imported only when
 * used, e.g. the confidential address read), so the check needs no import of it.
 */
export function mayRunOperations(roles: readonly string[], operations: readonly string[]): boolean {
  return operations.every((operation) => {
    const allowed = table[operation] ?? [];
    return roles.some((role) => allowed.includes(role));
  });
}
