import { migrateWebhooks, DELIVER_WEBHOOK_TASK, workerLogger, type BackgroundContext, type BackgroundWork } from '@hub/common';
import { run } from 'graphile-worker';
import { deliverWebhook, type DeliveryJob } from './webhook-delivery';

/**
 * Creates the webhooks schema and the queue's (graphile-worker, in PostgreSQL), then delivers
 * queued events until stopped: the hub's only delivery worker, for the handoffs' and the referrals' events
 * alike (the referrals subgraph only writes the outbox). Runs in every handoffs replica; the queue hands each job to one.
 */
export async function startWebhookWorker(context: BackgroundContext): Promise<BackgroundWork> {
  const { databaseUrl, orm, logger, settings, metrics } = context;
  const keys = settings.webhookSecretKeys ?? [];
  await migrateWebhooks(context, keys);
  const runner = await run({
    connectionString: databaseUrl,
    concurrency: 4,
    noHandleSignals: true,
    pollInterval: 2000,
    logger: workerLogger(logger.child({ worker: 'webhooks' })),
    taskList: {
      [DELIVER_WEBHOOK_TASK]: (payload, helpers) =>
        deliverWebhook(
          orm,
          settings.webhooks,
          keys,
          payload as DeliveryJob,
          helpers.job.attempts,
          metrics && ((errorClass) => metrics.webhookAttempt(errorClass)),
        ),
    },
  });
  return { stop: () => runner.stop() };
}
