import {
  Kind,
  Lexer,
  Source,
  TokenKind,
  type DocumentNode,
  type FragmentDefinitionNode,
  type OperationDefinitionNode,
  type SelectionSetNode,
  type ValueNode,
} from 'graphql';
import type { OperationLimits } from './role-limits';

/** The counts an operation is held to before any work is planned: every limit but the cost (role-limits.ts). */
export type OperationShape = Omit<OperationLimits, 'cost'>;

/** Lexical tokens of a document as graphql-js's parser counts them (comments aside). */
export function countTokens(query: string): number {
  const lexer = new Lexer(new Source(query));
  let count = 0;
  while (lexer.advance().kind !== TokenKind.EOF) count += 1;
  return count;
}

/** Largest list anywhere in an argument value, variables resolved; input objects are searched too. */
function longestList(value: ValueNode, variables: Record<string, unknown>): number {
  switch (value.kind) {
    case Kind.LIST:
      return Math.max(value.values.length, ...value.values.map((v) => longestList(v, variables)));
    case Kind.OBJECT:
      return Math.max(0, ...value.fields.map((f) => longestList(f.value, variables)));
    case Kind.VARIABLE:
      return longestJsonList(variables[value.name.value]);
    default:
      return 0;
  }
}

function longestJsonList(value: unknown): number {
  if (Array.isArray(value)) return Math.max(value.length, ...value.map(longestJsonList));
  if (value && typeof value === 'object') return Math.max(0, ...Object.values(value).map(longestJsonList));
  return 0;
}

/** Federation's own entity fetch: its list is sized by the gateway's plan, and costed by operation-cost.ts. */
const isEntityFetch = (fieldName: string, argumentName: string) => fieldName === '_entities' && argumentName === 'representations';

interface Counts {
  depth: number;
  aliases: number;
  directives: number;
  listArgumentItems: number;
}

/**
 * Measures one operation. Each fragment is measured once and its counts
 * reused wherever it is spread, so a document of fragments spread into
 * fragments costs linear time to measure, while the counts still add up
 * every use (that is the work the operation would cause).
 */
export function measureOperation(
  document: DocumentNode,
  operation: OperationDefinitionNode,
  variables: Record<string, unknown> = {},
  query?: string,
  /** The document's tokens when counted before (countTokens of `query`). */
  knownTokens?: number,
): OperationShape {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
  }
  const measured = new Map<string, Counts>();
  const inProgress = new Set<string>();
  const zero = (): Counts => ({ depth: 0, aliases: 0, directives: 0, listArgumentItems: 0 });

  const add = (into: Counts, from: Counts, depthOffset: number) => {
    into.depth = Math.max(into.depth, from.depth + depthOffset);
    into.aliases += from.aliases;
    into.directives += from.directives;
    into.listArgumentItems = Math.max(into.listArgumentItems, from.listArgumentItems);
  };

  const fragment = (name: string): Counts => {
    const known = measured.get(name);
    if (known) return known;
    const definition = fragments.get(name);
    // Unknown or cyclic fragments are refused by validation; they add nothing here.
    if (!definition || inProgress.has(name)) return zero();
    inProgress.add(name);
    const counts = selectionSet(definition.selectionSet);
    counts.directives += definition.directives?.length ?? 0;
    inProgress.delete(name);
    measured.set(name, counts);
    return counts;
  };

  function selectionSet(set: SelectionSetNode): Counts {
    const counts = zero();
    for (const selection of set.selections) {
      counts.directives += selection.directives?.length ?? 0;
      if (selection.kind === Kind.FIELD) {
        const field = zero();
        field.depth = 1;
        if (selection.alias && selection.alias.value !== selection.name.value) field.aliases = 1;
        for (const argument of selection.arguments ?? []) {
          if (isEntityFetch(selection.name.value, argument.name.value)) continue;
          field.listArgumentItems = Math.max(field.listArgumentItems, longestList(argument.value, variables));
        }
        if (selection.selectionSet) add(field, selectionSet(selection.selectionSet), 1);
        add(counts, field, 0);
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        add(counts, selectionSet(selection.selectionSet), 0);
      } else {
        add(counts, fragment(selection.name.value), 0);
      }
    }
    return counts;
  }

  const rootFieldNames = (set: SelectionSetNode, seen = new Set<string>()): number =>
    set.selections.reduce((sum, selection) => {
      if (selection.kind === Kind.FIELD) return sum + (selection.name.value === '__typename' ? 0 : 1);
      if (selection.kind === Kind.INLINE_FRAGMENT) return sum + rootFieldNames(selection.selectionSet, seen);
      const definition = fragments.get(selection.name.value);
      if (!definition || seen.has(definition.name.value)) return sum;
      return sum + rootFieldNames(definition.selectionSet, new Set([...seen, definition.name.value]));
    }, 0);

  const counts = selectionSet(operation.selectionSet);
  counts.directives += operation.directives?.length ?? 0;
  return {
    ...counts,
    rootFields: rootFieldNames(operation.selectionSet),
    tokens: knownTokens ?? countTokens(query ?? document.loc?.source.body ?? ''),
  };
}
