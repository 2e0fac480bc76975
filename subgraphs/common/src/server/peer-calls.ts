import { Kind, OperationTypeNode, parse, type DocumentNode } from 'graphql';
import { SUBGRAPH_NAMES, type SubgraphName } from '../config';
import { clientExportQuery } from '../export/client-export';
import { erasePartMutation, erasureCheckQuery } from '../retention/erasure-part.resolver';

/*
 * The one list of what a subgraph asks another (docs/deployment.md, "Network policies"): for each subgraph, the
 * root fields the others may ask of it and which of them do. The caller's side checks every peer call against it
 * (an undeclared call fails in every mode, tests included); a subgraph with a peer listener (`<NAME>_PEER_PORT`)
 * answers there only these fields, only to these subgraphs; the Kubernetes NetworkPolicies admit to each peer port
 * exactly these callers (tools/src/deploy/kubernetes-manifests.unit.test.ts checks them against this list).
 */

/** A part of a client's data that the clients subgraph gathers or erases as a peer: export, erasure check, erasure. */
const clientDataParts = (name: SubgraphName): Record<string, readonly SubgraphName[]> => ({
  [clientExportQuery(name)]: ['clients'],
  [erasureCheckQuery(name)]: ['clients'],
  [erasePartMutation(name)]: ['clients'],
});

export const PEER_CALLS: Record<SubgraphName, Readonly<Record<string, readonly SubgraphName[]>>> = {
  clients: {
    // requireClient (client-lookup.ts); handoffs asks with the consent's coverage (handoff-creation.ts).
    client: ['placements', 'referrals', 'handoffs'],
    consentCoverage: ['handoffs'],
  },
  placements: clientDataParts('placements'),
  referrals: {
    // The access report's organisation names (clients), a webhook's organisation (handoffs).
    referrerOrganisationNames: ['clients', 'handoffs'],
    ...clientDataParts('referrals'),
  },
  handoffs: {
    // requireActivePartnerOrganisation (consents), the access report's organisation names.
    partnerOrganisation: ['clients'],
    partnerOrganisations: ['clients'],
    ...clientDataParts('handoffs'),
  },
};

/** The subgraphs that call `name` at all: the ones its peer listener admits. */
export function peerCallersOf(name: SubgraphName): SubgraphName[] {
  const callers = new Set(Object.values(PEER_CALLS[name]).flat());
  return SUBGRAPH_NAMES.filter((caller) => callers.has(caller));
}

/** The root fields of a document's one operation; undefined when it is not a plain list of fields (fragments, several operations, no parse). */
function rootFields(document: string | DocumentNode): string[] | undefined {
  let parsed: DocumentNode;
  try {
    parsed = typeof document === 'string' ? parse(document, { maxTokens: 500 }) : document;
  } catch {
    return undefined;
  }
  if (parsed.definitions.length !== 1) return undefined;
  const [operation] = parsed.definitions;
  if (operation.kind !== Kind.OPERATION_DEFINITION || operation.operation === OperationTypeNode.SUBSCRIPTION) return undefined;
  const fields: string[] = [];
  for (const selection of operation.selectionSet.selections) {
    if (selection.kind !== Kind.FIELD) return undefined;
    fields.push(selection.name.value);
  }
  return fields;
}

/**
 * Why `from` may not send `document` to `to` as a peer call, or undefined when it may: every root field must be
 * one `to` answers its peers and `from` among those that ask it. `from` unset: any subgraph that asks `to` at all.
 */
export function peerCallRefusal(to: SubgraphName, document: string | DocumentNode | undefined, from?: SubgraphName): string | undefined {
  const fields = document === undefined ? undefined : rootFields(document);
  if (!fields?.length) return 'not a single operation of fields';
  for (const field of fields) {
    const callers = Object.hasOwn(PEER_CALLS[to], field) ? PEER_CALLS[to][field] : undefined;
    if (!callers) return `${field} is not asked of ${to} by its peers`;
    if (from && !callers.includes(from)) return `${from} does not ask ${to} for ${field}`;
  }
  return undefined;
}

/** The caller's side: `from` signs no call to `to` that the list does not hold (a programming error, whatever the mode). */
export function assertDeclaredPeerCall(from: SubgraphName, to: SubgraphName, body: string | Buffer): void {
  let query: unknown;
  try {
    query = (JSON.parse(body.toString()) as { query?: unknown }).query;
  } catch {
    query = undefined;
  }
  const refusal = peerCallRefusal(to, typeof query === 'string' ? query : undefined, from);
  if (refusal) throw new Error(`undeclared peer call (peer-calls.ts): ${refusal}`);
}
