import { Kind, type GraphQLResolveInfo, type SelectionSetNode } from 'graphql';

/** The fields named directly in a selection set, through inline fragments and fragment spreads. */
function selectedFields(
  set: SelectionSetNode | undefined,
  info: Pick<GraphQLResolveInfo, 'fragments'>,
  name: string,
  seen = new Set<string>(),
): SelectionSetNode[] {
  if (!set) return [];
  return set.selections.flatMap((selection): SelectionSetNode[] => {
    if (selection.kind === Kind.FIELD) return selection.name.value === name ? [selection.selectionSet ?? { kind: Kind.SELECTION_SET, selections: [] }] : [];
    if (selection.kind === Kind.INLINE_FRAGMENT) return selectedFields(selection.selectionSet, info, name, seen);
    const fragment = info.fragments[selection.name.value];
    if (!fragment || seen.has(fragment.name.value)) return [];
    seen.add(fragment.name.value);
    return selectedFields(fragment.selectionSet, info, name, seen);
  });
}

/**
 * Whether a connection field's request selects `field` on its nodes (`edges { node { field } }`), under any
 * alias or fragment. A list query joins a relation only when it is asked for; its field resolver must still
 * load it when it was not joined (the answer never depends on this, only the number of queries).
 */
export function selectsNodeField(info: Pick<GraphQLResolveInfo, 'fieldNodes' | 'fragments'>, field: string): boolean {
  return info.fieldNodes.some((root) =>
    selectedFields(root.selectionSet, info, 'edges').some((edges) =>
      selectedFields(edges, info, 'node').some((node) => selectedFields(node, info, field).length > 0),
    ),
  );
}
