import type { GraphQLResolveInfo, OperationDefinitionNode } from 'graphql';
import { getNamedType, isListType, getNullableType, Kind, OperationTypeNode } from 'graphql';
import type { Caller } from '../domain/caller';
import type { AccessAction, AccessEvent, AccessOutcome } from './access-log-store';

/**
 * Which client a row of a client-linked type belongs to. Each subgraph declares it for its own entity type
 * (`(stay: Stay) => stay.clientId`); the parameter is `never` because the access middleware hands it the
 * parent of a field of that GraphQL type, which GraphQL guarantees and TypeScript cannot see.
 */
export type ClientIdOf = (parent: never) => string | null | undefined;

/** Collects, during one request, which fields of which clients were served or refused. */
export class AccessRecorder {
  private readonly touched = new Map<string, { outcome: AccessOutcome; action?: AccessAction; clients: Set<string>; fields: Set<string> }>();

  /**
   * `action` names what was done when it is not what the operation does: a read that also settles a lapsed
   * waitlist offer writes to other clients' rows, an UPDATE in the same request.
   */
  record(outcome: AccessOutcome, clientId: string | null | undefined, field: string, action?: AccessAction): void {
    if (!clientId) return;
    const key = `${outcome}:${action ?? ''}`;
    let entry = this.touched.get(key);
    if (!entry) {
      entry = { outcome, action, clients: new Set(), fields: new Set() };
      this.touched.set(key, entry);
    }
    entry.clients.add(clientId);
    entry.fields.add(field);
  }

  /** Clients a root field named (by argument, input or record id, or in the rows it returned), with its outcome. */
  private readonly named: Array<{ outcome: AccessOutcome; clientId: string; field: string }> = [];

  /**
   * A client a query or mutation concerned, whatever fields were selected: logged when nothing else
   * in the request names that client (`__typename` alone, a refusal, a check that returns no row).
   */
  recordNamed(outcome: AccessOutcome, clientId: string | null | undefined, field: string): void {
    if (clientId) this.named.push({ outcome, clientId, field });
  }

  private emergency = false;

  /**
   * The request is a break-glass access (docs/security.md, "Emergency access"): every entry it writes
   * carries the emergency flag, whatever it touched.
   */
  markEmergency(): void {
    this.emergency = true;
  }

  get empty(): boolean {
    return this.touched.size === 0 && this.named.length === 0;
  }

  events(base: { action: AccessAction; caller: Caller | undefined; sourceService: string; requestId: string }): AccessEvent[] {
    for (const { outcome, clientId, field } of this.named.splice(0)) {
      const logged = [...this.touched.values()].some((entry) => entry.clients.has(clientId));
      if (!logged) this.record(outcome, clientId, field);
    }
    return [...this.touched.values()].map(({ outcome, action, clients, fields }) => ({
      action: action ?? base.action,
      outcome,
      clientIds: [...clients].sort(),
      ...callerColumns(base.caller),
      fields: [...fields].sort(),
      sourceService: base.sourceService,
      requestId: base.requestId,
      emergency: this.emergency,
    }));
  }
}

/** Who an entry says acted: the caller as the gateway verified it, with its access point. */
export function callerColumns(
  caller: Caller | undefined,
): Pick<AccessEvent, 'userId' | 'organisationId' | 'roles' | 'purpose' | 'onBehalfOf' | 'applicationId' | 'sourceAddress'> {
  return {
    userId: caller?.userId ?? 'unknown',
    organisationId: caller?.organisationId,
    roles: caller?.roles ?? [],
    purpose: caller?.purpose,
    onBehalfOf: caller?.onBehalfOf,
    applicationId: caller?.applicationId,
    sourceAddress: caller?.sourceAddress,
  };
}

const CREATES = /^(create|register|submit|record|admit|start|deploy|add)/;

/** NEN 7513 action of an operation: a mutation creates or changes; a query reads one or searches many. */
export function actionOf(
  operation: OperationDefinitionNode | undefined,
  rootTypeFields: (name: string) => GraphQLResolveInfo['returnType'] | undefined,
): AccessAction {
  const roots = (operation?.selectionSet.selections ?? []).flatMap((s) => (s.kind === Kind.FIELD ? [s.name.value] : []));
  if (operation?.operation === OperationTypeNode.MUTATION) return roots.some((name) => CREATES.test(name)) ? 'CREATE' : 'UPDATE';
  const searches = roots.some((name) => {
    if (name === '_entities') return false;
    const type = rootTypeFields(name);
    return !!type && (isListType(getNullableType(type)) || getNamedType(type).name.endsWith('Connection'));
  });
  return searches ? 'SEARCH' : 'READ';
}
