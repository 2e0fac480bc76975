import { GraphQLError, Kind, parse, validate, type DocumentNode, type GraphQLSchema } from 'graphql';
import type { FieldRules } from '../access/field-rules';
import { deniedSelections, type DeniedSelection } from '../access/selection-access';
import { MAX_TOKENS } from '../limits/role-limits';

/** Why a document cannot be trusted, as `extensions.reason`. */
export type DocumentRefusal = 'DOCUMENT_PARSE_FAILED' | 'DOCUMENT_INVALID' | 'FIELD_NOT_ALLOWED';

export interface DocumentFault {
  reason: DocumentRefusal;
  message: string;
  /** FIELD_NOT_ALLOWED: each field the role may not select (schema coordinate) and where. */
  denied?: DeniedSelection[];
}

/**
 * Whether a document may become trusted for `role`: it parses (within the largest token limit), holds at
 * least one operation, validates against the supergraph's API, and selects nothing the role may not, by
 * the gateway's own check (deniedSelections over the supergraph's rules, introspection never).
 * Undefined: it may.
 */
export function documentFault(schema: GraphQLSchema, rules: FieldRules, body: string, role: string): DocumentFault | undefined {
  let document: DocumentNode;
  try {
    document = parse(body, { maxTokens: MAX_TOKENS, noLocation: true });
  } catch (error) {
    // graphql-js's syntax message names the position and the unexpected token, never more of the text.
    return { reason: 'DOCUMENT_PARSE_FAILED', message: error instanceof GraphQLError ? error.message : 'the document does not parse' };
  }
  if (!document.definitions.some((definition) => definition.kind === Kind.OPERATION_DEFINITION)) {
    return { reason: 'DOCUMENT_INVALID', message: 'the document holds no operation' };
  }
  const invalid = validate(schema, document);
  if (invalid.length) return { reason: 'DOCUMENT_INVALID', message: invalid.map((error) => error.message).join('; ') };
  const denied = deniedSelections(schema, document, rules, [role], false);
  if (denied.length) {
    return { reason: 'FIELD_NOT_ALLOWED', message: `${role} may not select ${denied.map((d) => `${d.field} (at ${d.path})`).join(', ')}`, denied };
  }
  return undefined;
}
