import type { MikroORM } from '@mikro-orm/postgresql';
import {
  openWebhookSecret,
  webhookPayload,
  type AesKey,
  type WebhookErrorClass,
  type WebhookEvent,
  type WebhookEventType,
  type WebhookSettings,
} from '@hub/common';
import { Webhook } from 'standardwebhooks';

export interface DeliveryJob {
  eventId: string;
  endpointId: string;
}

interface Target extends WebhookEvent {
  url: string;
  secret: string;
  failingSince: Date | null;
}

/** Why an attempt failed, as kept with it: never the response body. */
type ErrorClass = WebhookErrorClass;

interface Outcome {
  statusCode: number | null;
  errorClass: ErrorClass | null;
}

async function post(target: Target, timeoutMs: number): Promise<Outcome> {
  const body = webhookPayload(target);
  const sentAt = new Date();
  const signature = new Webhook(target.secret).sign(target.id, sentAt, body);
  try {
    const response = await fetch(target.url, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'webhook-id': target.id,
        'webhook-timestamp': String(Math.floor(sentAt.getTime() / 1000)),
        'webhook-signature': signature,
      },
      body,
      redirect: 'manual',
      signal: AbortSignal.timeout(timeoutMs),
    });
    await response.body?.cancel();
    return { statusCode: response.status, errorClass: response.ok ? null : 'http_status' };
  } catch (error) {
    const timedOut = error instanceof Error && (error.name === 'TimeoutError' || error.name === 'AbortError');
    return { statusCode: null, errorClass: timedOut ? 'timeout' : 'network' };
  }
}

/**
 * Delivers one event to one endpoint and keeps the attempt. A failure throws, so the queue
 * retries with exponential backoff; once the endpoint has failed for the whole failure window
 * it is disabled instead (staff see it in `disabledWebhookEndpoints`) and nothing more is tried.
 */
export async function deliverWebhook(
  orm: MikroORM,
  settings: WebhookSettings,
  keys: readonly AesKey[],
  job: DeliveryJob,
  attempt: number,
  /** Told each attempt's outcome (the metrics): null when it succeeded. */
  attempted?: (errorClass: ErrorClass | null) => void,
): Promise<void> {
  const em = orm.em.fork();
  const [row] = await em.execute<Record<string, unknown>[]>(
    `select e.url, e.secret_sealed, e.secret_key_id, e.failing_since, v.id, v.type, v.resource_id, v.status, v.occurred_at
     from webhooks.endpoint e, webhooks.event v where e.id = ? and v.id = ? and e.disabled_at is null`,
    [job.endpointId, job.eventId],
  );
  if (!row) return; // the endpoint was disabled (or the event purged): nothing to deliver
  // A secret this process cannot open (key not held, value altered) throws: the queue retries, nothing unsigned goes out.
  const secret = openWebhookSecret(keys, job.endpointId, { sealed: row.secret_sealed as Buffer, keyId: row.secret_key_id as string });
  const target: Target = {
    id: row.id as string,
    type: row.type as WebhookEventType,
    resourceId: row.resource_id as string,
    status: row.status as string,
    occurredAt: new Date(row.occurred_at as string),
    url: row.url as string,
    secret,
    failingSince: row.failing_since ? new Date(row.failing_since as string) : null,
  };
  const started = Date.now();
  const outcome = await post(target, settings.attemptTimeoutMs);
  const attemptedAt = new Date();
  attempted?.(outcome.errorClass);
  await em.execute(
    `insert into webhooks.delivery (endpoint_id, event_id, attempt, attempted_at, succeeded, status_code, duration_ms, error_class)
     values (?, ?, ?, ?, ?, ?, ?, ?)`,
    [job.endpointId, job.eventId, attempt, attemptedAt, outcome.errorClass === null, outcome.statusCode, attemptedAt.getTime() - started, outcome.errorClass],
  );
  if (outcome.errorClass === null) {
    await em.execute('update webhooks.endpoint set failing_since = null where id = ?', [job.endpointId]);
    return;
  }
  const failingSince = target.failingSince ?? attemptedAt;
  if (attemptedAt.getTime() - failingSince.getTime() >= settings.failureWindowMs) {
    await em.execute(`update webhooks.endpoint set disabled_at = ?, disabled_reason = ? where id = ? and disabled_at is null`, [
      attemptedAt,
      `every delivery failed since ${failingSince.toISOString()}`,
      job.endpointId,
    ]);
    return;
  }
  await em.execute('update webhooks.endpoint set failing_since = coalesce(failing_since, ?) where id = ?', [attemptedAt, job.endpointId]);
  throw new Error(`webhook delivery failed (${outcome.errorClass}${outcome.statusCode ? ` ${outcome.statusCode}` : ''})`);
}
