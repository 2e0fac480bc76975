import {
  CALLER_HEADER,
  postInternal,
  RECORD_CLIENT_PATH,
  signCallerToken,
  SUBGRAPH_NAMES,
  type Caller,
  type Logger,
  type RecordClientAnswer,
  type RecordClientQuestion,
  type SigningKey,
  type SubgraphName,
} from '@hub/common/light';
import { getArgumentValues, Kind, OperationTypeNode, type FieldNode, type GraphQLSchema, type OperationDefinitionNode } from 'graphql';

/** A record a refused operation named, with its client, as the subgraph that owns it says. */
export interface NamedRecord {
  clientId?: string;
  object: string;
}

/** The records the root fields of a refused operation name by id (`handoff(id:)`, `transitionHandoff(input: { handoffId })`). */
export type RecordClientLookup = (
  caller: Caller,
  requestId: string,
  operation: OperationDefinitionNode | undefined,
  schema: GraphQLSchema,
  variables: Record<string, unknown>,
) => Promise<NamedRecord[]>;

/** A refused operation's lookups give up after this: the attempt is logged with what is known (fail closed). */
const LOOKUP_TIMEOUT_MS = 2_000;
/** Root fields asked about per operation, at most (the role limits keep operations far smaller). */
const MAX_LOOKUPS = 20;

/** The subgraph that resolves a root field, as the supergraph says (`@join__field(graph: HANDOFFS)`). */
function ownerOf(supergraph: GraphQLSchema, rootType: string, field: string): SubgraphName | undefined {
  const node = supergraph.getType(rootType)?.astNode;
  const definition = node && 'fields' in node ? node.fields?.find((f) => f.name.value === field) : undefined;
  const join = definition?.directives?.find((d) => d.name.value === 'join__field');
  const graph = join?.arguments?.find((a) => a.name.value === 'graph')?.value;
  const name = graph?.kind === Kind.ENUM ? graph.value.toLowerCase() : undefined;
  return SUBGRAPH_NAMES.find((subgraph) => subgraph === name);
}

/**
 * Asks the subgraph owning each root field with arguments for the record it names and that record's client
 * (record-client-route.ts, `clientOfRecord` of that subgraph), as the gateway: a caller token bound to the
 * question. A lookup that fails or times out is left out (and logged here): the refused attempt is still
 * written, with what the operation itself names.
 */
export function createRecordClientLookup(options: {
  supergraph: GraphQLSchema;
  subgraphUrls: Record<SubgraphName, string>;
  signingKey: SigningKey;
  logger: Logger;
}): RecordClientLookup {
  return async (caller, requestId, operation, schema, variables) => {
    const rootType = operation?.operation === OperationTypeNode.MUTATION ? schema.getMutationType() : schema.getQueryType();
    if (!operation || !rootType) return [];
    const fields = operation.selectionSet.selections.filter((s): s is FieldNode => s.kind === Kind.FIELD && !!s.arguments?.length).slice(0, MAX_LOOKUPS);
    const answers = await Promise.all(
      fields.map(async (node): Promise<NamedRecord | undefined> => {
        const definition = rootType.getFields()[node.name.value];
        const owner = definition && ownerOf(options.supergraph, rootType.name, node.name.value);
        if (!owner) return undefined;
        try {
          const question: RecordClientQuestion = { field: node.name.value, args: getArgumentValues(definition, node, variables) };
          const body = JSON.stringify(question);
          const response = await postInternal(new URL(RECORD_CLIENT_PATH, options.subgraphUrls[owner]).toString(), {
            headers: () => ({
              'content-type': 'application/json',
              'x-request-id': requestId,
              [CALLER_HEADER]: signCallerToken(caller, { audience: owner, body }, options.signingKey),
            }),
            body,
            signal: AbortSignal.timeout(LOOKUP_TIMEOUT_MS),
            idempotent: true,
          });
          // The body is read whatever the status: an unread body keeps the pooled socket taken.
          const answer = (await response.json().catch(() => undefined)) as RecordClientAnswer | undefined;
          if (response.status !== 200 || !answer) throw new Error(`HTTP ${response.status}`);
          return typeof answer.object === 'string' ? { clientId: answer.clientId ?? undefined, object: answer.object } : undefined;
        } catch (error) {
          options.logger.warn({ requestId, service: owner, reason: error instanceof Error ? error.message : String(error) }, 'record client lookup failed');
          return undefined;
        }
      }),
    );
    return answers.filter((answer): answer is NamedRecord => !!answer);
  };
}
