import type { AesKey } from '../crypto/aes-keys';

/** How webhooks are delivered (docs/webhooks.md); the handoffs subgraph's delivery worker reads them. */
export interface WebhookSettings {
  /** An endpoint that has failed every attempt for this long is disabled (WEBHOOK_FAILURE_WINDOW, seconds). */
  failureWindowMs: number;
  /** How long one attempt may take before it counts as failed (WEBHOOK_ATTEMPT_TIMEOUT, seconds). */
  attemptTimeoutMs: number;
  /** Whether an endpoint may be plain http on a loopback address (development and tests); production: https only. */
  allowLoopbackHttp: boolean;
  /** WEBHOOK_SECRET_KEY as configured; unset: development generates one, production refuses (webhookSecretKeysOf). */
  secretKeys?: AesKey[];
}

/** 24 h of failures disable an endpoint; 10 s per attempt. */
export const DEFAULT_WEBHOOK_SETTINGS: WebhookSettings = {
  failureWindowMs: 24 * 3600 * 1000,
  attemptTimeoutMs: 10_000,
  allowLoopbackHttp: false,
};
