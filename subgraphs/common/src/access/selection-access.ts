import { buildSchema, isAbstractType, TypeInfo, visit, visitWithTypeInfo, type DocumentNode, type GraphQLCompositeType, type GraphQLSchema } from 'graphql';
import { scopesAllow, type FieldRules } from './field-rules';

/**
 * The static field-access check of a document, shared by the gateway (every request, field-access.ts), the
 * contract schemas (contract-schema.ts) and trusted-document registration (trusted-documents/document-check.ts):
 * one rule derivation, from the supergraph's own directives (field-rules.ts).
 */

export interface DeniedSelection {
  /** Schema coordinate, e.g. `Client.confidentialAddress`. */
  field: string;
  /** Where it was selected, by response key (aliases) and fragment. */
  path: string;
}

const INTROSPECTION = new Set(['__schema', '__type']);

/** The supergraph as a plain schema (directives kept on the AST), for reading its rules and validating documents. */
export function supergraphSchema(supergraphSdl: string): GraphQLSchema {
  return buildSchema(supergraphSdl, { assumeValidSDL: true });
}

/**
 * The gateway's verdict on selecting `fieldName` on `parent` with `roles`: the
 * coordinates whose rule the roles do not satisfy (empty: allowed). On an
 * interface or union the field must be allowed there and on every possible type.
 * The contract schemas (contract-schema.ts) are derived from this very function.
 */
export function deniedCoordinates(
  schema: GraphQLSchema,
  parent: GraphQLCompositeType,
  fieldName: string,
  rules: FieldRules,
  roles: readonly string[],
): string[] {
  const owners = isAbstractType(parent) ? [parent.name, ...schema.getPossibleTypes(parent).map((t) => t.name)] : [parent.name];
  return owners.map((owner) => `${owner}.${fieldName}`).filter((coordinate) => !scopesAllow(rules.get(coordinate), roles));
}

/**
 * Every field the operation selects that the caller's roles may not: nested
 * selections, named and inline fragments, aliases, and on an interface every
 * possible type's field. `__typename` is always allowed; introspection only when `introspection`.
 */
export function deniedSelections(
  schema: GraphQLSchema,
  document: DocumentNode,
  rules: FieldRules,
  roles: readonly string[],
  introspection: boolean,
): DeniedSelection[] {
  const denied: DeniedSelection[] = [];
  const typeInfo = new TypeInfo(schema);
  const path: string[] = [];
  visit(
    document,
    visitWithTypeInfo(typeInfo, {
      FragmentDefinition: {
        enter: (node) => void path.push(`...${node.name.value}`),
        leave: () => void path.pop(),
      },
      OperationDefinition: {
        enter: () => void path.splice(0),
      },
      Field: {
        enter(node) {
          path.push(node.alias?.value ?? node.name.value);
          const name = node.name.value;
          if (name === '__typename') return;
          const parent = typeInfo.getParentType();
          const where = path.join('.');
          if (INTROSPECTION.has(name)) {
            if (!introspection) denied.push({ field: name, path: where });
            return;
          }
          // Inside __schema/__type: the root introspection field has decided already.
          if (parent?.name.startsWith('__')) return;
          if (!parent) {
            // Unknown to the schema: validation has already refused it; deny all the same.
            denied.push({ field: name, path: where });
            return;
          }
          for (const field of deniedCoordinates(schema, parent, name, rules, roles)) denied.push({ field, path: where });
        },
        leave: () => void path.pop(),
      },
    }),
  );
  return denied;
}
