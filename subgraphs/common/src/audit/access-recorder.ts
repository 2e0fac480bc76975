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

/** What a field or root field adds to an entry beside its client: the record it touched, the consents that allowed it. */
export interface RecordedDetail {
  /** What was done, when it is not what the operation does (below). */
  action?: AccessAction;
  /** The record, as `Type:id`. */
  object?: string;
  /** The consents that allowed a partner to read this field (`@ConsentedTo`). */
  consentIds?: readonly string[];
}

interface Touched {
  outcome: AccessOutcome;
  action?: AccessAction;
  clients: Set<string>;
  fields: Set<string>;
  objects: Set<string>;
  consentIds: Set<string>;
}

/** Collects, during one request, which fields of which clients (and which records) were served or refused. */
export class AccessRecorder {
  private readonly touched = new Map<string, Touched>();

  /**
   * `detail.action` names what was done when it is not what the operation does: a read that also settles a lapsed
   * waitlist offer writes to other clients' rows, an UPDATE in the same request.
   */
  record(outcome: AccessOutcome, clientId: string | null | undefined, field: string, actionOrDetail: AccessAction | RecordedDetail = {}): void {
    if (!clientId) return;
    const detail = typeof actionOrDetail === 'string' ? { action: actionOrDetail } : actionOrDetail;
    const key = `${outcome}:${detail.action ?? ''}`;
    let entry = this.touched.get(key);
    if (!entry) {
      entry = { outcome, action: detail.action, clients: new Set(), fields: new Set(), objects: new Set(), consentIds: new Set() };
      this.touched.set(key, entry);
    }
    entry.clients.add(clientId);
    entry.fields.add(field);
    if (detail.object) entry.objects.add(detail.object);
    detail.consentIds?.forEach((id) => entry.consentIds.add(id));
  }

  /** Clients a root field named (by argument, input or record id, or in the rows it returned), with its outcome. */
  private readonly named: Array<{ outcome: AccessOutcome; clientId: string; field: string; object?: string }> = [];

  /**
   * A client a query or mutation concerned, whatever fields were selected: logged when nothing else
   * in the request names that client (`__typename` alone, a refusal, a check that returns no row).
   * `object` is the record it named by id; it joins the entry that names the client.
   */
  recordNamed(outcome: AccessOutcome, clientId: string | null | undefined, field: string, object?: string): void {
    if (clientId) this.named.push({ outcome, clientId, field, object });
  }

  /** Consents a field's policy found, by the field's response path, until the field is recorded. */
  private readonly consents = new Map<string, readonly string[]>();

  /** A consent policy allowed the field at `path` with these consents (clients subgraph, `@ConsentedTo`). */
  noteConsents(path: string, consentIds: readonly string[]): void {
    if (consentIds.length) this.consents.set(path, [...(this.consents.get(path) ?? []), ...consentIds]);
  }

  /** The consents noted for the field at `path`, once. */
  takeConsents(path: string): readonly string[] | undefined {
    const ids = this.consents.get(path);
    this.consents.delete(path);
    return ids;
  }

  private emergency = false;

  /**
   * The request is a break-glass access (docs/security.md, "Emergency access"): every entry it writes
   * carries the emergency flag, whatever it touched.
   */
  markEmergency(): void {
    this.emergency = true;
  }

  private servedAction: AccessAction | undefined;

  /**
   * What the fields this request serves (and refuses) are, when not what its operation does: a mutation whose answer
   * only shows data, such as a break-glass opening, is a READ of that data. Its writes keep their own action.
   */
  servesAs(action: AccessAction): void {
    this.servedAction = action;
  }

  /** Whether the request is a break-glass access: the entries of its writes carry the flag too. */
  get isEmergency(): boolean {
    return this.emergency;
  }

  get empty(): boolean {
    return this.touched.size === 0 && this.named.length === 0;
  }

  events(base: { action: AccessAction; caller: Caller | undefined; sourceService: string; requestId: string }): AccessEvent[] {
    for (const { outcome, clientId, field, object } of this.named.splice(0)) {
      const entries = [...this.touched.values()];
      const logged = entries.find((entry) => entry.clients.has(clientId) && entry.outcome === outcome) ?? entries.find((entry) => entry.clients.has(clientId));
      if (!logged) this.record(outcome, clientId, field, { object });
      else if (object) logged.objects.add(object);
    }
    return [...this.touched.values()].map(({ outcome, action, clients, fields, objects, consentIds }) => ({
      action: action ?? this.servedAction ?? base.action,
      outcome,
      clientIds: [...clients].sort(),
      ...callerColumns(base.caller),
      fields: [...fields].sort(),
      sourceService: base.sourceService,
      requestId: base.requestId,
      objects: [...objects].sort(),
      consentIds: [...consentIds].sort(),
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
