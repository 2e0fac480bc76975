import type { EntityManager } from '@mikro-orm/postgresql';
import DataLoader from 'dataloader';
import { DEFAULT_PLACEMENT_SETTINGS, type PlacementSettings, type SubgraphName } from '../config';
import { CONTACT_DUE_DEFAULTS, type ContactDueDays } from '../domain/contact-due';
import type { Caller } from '../domain/caller';
import type { BsnKeys } from '../bsn/bsn-keys';
import type { AesKey } from '../crypto/aes-keys';
import type { Logger } from '../logger';
import type { AccessLogReport } from '../audit/access-log-verify';
import { AccessRecorder } from '../audit/access-recorder';
import { CALLER_HEADER, type BoundRequest } from './internal-token';
import { callPeer } from './peer';
import { DEFAULT_WEBHOOK_SETTINGS, type WebhookSettings } from '../webhooks/webhook-settings';

/** The domain settings a subgraph runs with (HubConfig), for its resolvers and its demo data. */
export interface SubgraphSettings {
  /** Days until contact is due, per priority (domain/contact-due.ts). */
  contactDueDays: ContactDueDays;
  /** Time limits and intervals of the placements work (waitlist offers, reviews). */
  placements: PlacementSettings;
  /** The BSN's keys (clients subgraph only; bsn-keys.ts). Without them a BSN can be neither stored nor read. */
  bsn?: BsnKeys;
  /** Webhook delivery (handoffs subgraph only). */
  webhooks: WebhookSettings;
  /** The keys of the webhook signing secrets at rest (handoffs subgraph only; webhookSecretKeysOf). Without them no endpoint can be registered or signed for. */
  webhookSecretKeys?: AesKey[];
}

/** The settings when none are given: the defaults of each table. */
export const DEFAULT_SUBGRAPH_SETTINGS: SubgraphSettings = {
  contactDueDays: CONTACT_DUE_DEFAULTS,
  placements: DEFAULT_PLACEMENT_SETTINGS,
  webhooks: DEFAULT_WEBHOOK_SETTINGS,
};

/**
 * What a subgraph resolver gets: its own entity manager (a fork per request,
 * never the global one) and request-scoped DataLoaders, each made when first
 * asked for (a request refused before any resolver runs makes neither).
 */
export class RequestContext {
  /** Loaders of different key and value types, each name always with the same ones. */
  private loaders?: Map<string, DataLoader<unknown, unknown>>;
  private forked?: EntityManager;
  /** What this request served or refused of which client, for the access log. */
  readonly access = new AccessRecorder();

  constructor(
    /** Makes this request's entity manager, on first use. */
    private readonly forkEm: (context: RequestContext) => EntityManager,
    readonly requestId: string,
    readonly logger: Logger,
    /** The verified caller; undefined when the request carried none. */
    readonly caller?: Caller,
    private readonly peers: Partial<Record<SubgraphName, string>> = {},
    /** Signs a call to another subgraph for this caller, bound to that call's audience and body. */
    private readonly signPeerCall?: (request: BoundRequest) => string,
    /** Domain settings read once from the environment (config.ts). */
    readonly settings: SubgraphSettings = DEFAULT_SUBGRAPH_SETTINGS,
    /** Checks the access log with the key this service holds (docs/access-log.md). */
    private readonly verifyAccessLog?: (em: EntityManager) => Promise<AccessLogReport>,
    /** The subgraph that asked, when this request is another subgraph's call as the same caller (`peer`); unset: from the gateway. */
    readonly via?: SubgraphName,
  ) {}

  /** This request's own entity manager (a fork, made on first use). */
  get em(): EntityManager {
    this.forked ??= this.forkEm(this);
    return this.forked;
  }

  /** The auditor's integrity check, against the checkpoints in the database. */
  accessLogIntegrity(): Promise<AccessLogReport> {
    if (!this.verifyAccessLog) throw new Error('this service cannot verify the access log');
    return this.verifyAccessLog(this.em);
  }

  /** Asks another subgraph, as the same caller and under the same request id. */
  async peer<T>(name: SubgraphName, query: string, variables: Record<string, unknown>): Promise<T> {
    const url = this.peers[name];
    if (!url) throw new Error(`no URL known for the ${name} subgraph`);
    const headers = (body: string): Record<string, string> => ({
      'x-request-id': this.requestId,
      ...(this.signPeerCall ? { [CALLER_HEADER]: this.signPeerCall({ audience: name, body }) } : {}),
    });
    return callPeer<T>(url, query, variables, headers, name);
  }

  /** One loader per name per request, so rows asked for in one tick cost one query. */
  loader<K, V>(name: string, batch: (keys: readonly K[]) => Promise<ReadonlyArray<V | Error>>): DataLoader<K, V> {
    this.loaders ??= new Map();
    let loader = this.loaders.get(name);
    if (!loader) {
      loader = new DataLoader<K, V>(batch);
      this.loaders.set(name, loader);
    }
    return loader as DataLoader<K, V>;
  }
}

/** Orders batch results by key, with `null` for keys that match no row. */
export function byKey<T, K>(keys: readonly K[], rows: T[], keyOf: (row: T) => K): (T | null)[] {
  const found = new Map<K, T>();
  for (const row of rows) found.set(keyOf(row), row);
  return keys.map((key) => found.get(key) ?? null);
}
