import type { BackgroundContext, BackgroundWork, Logger } from '@hub/common';
import { Logger as WorkerLogger, LogLevel, run } from 'graphile-worker';
import { deliverWebhook, type DeliveryJob } from './webhook-delivery';
import { DELIVER_WEBHOOK_TASK } from './webhook-outbox';
import { migrateWebhooks } from './webhook-schema';

/** The queue's log lines (ids and task names only) through the subgraph's logger. */
function workerLogger(logger: Logger): WorkerLogger {
  return new WorkerLogger(() => (level, message) => {
    const write = { [LogLevel.ERROR]: logger.error, [LogLevel.WARNING]: logger.warn, [LogLevel.INFO]: logger.info, [LogLevel.DEBUG]: logger.debug }[level];
    write.call(logger, message);
  });
}

/**
 * Creates the webhooks schema and the queue's (graphile-worker, in PostgreSQL), then delivers
 * queued events until stopped. Runs in every handoffs replica; the queue hands each job to one.
 */
export async function startWebhookWorker({ databaseUrl, orm, logger, settings }: BackgroundContext): Promise<BackgroundWork> {
  await migrateWebhooks(orm);
  const log = logger.child({ worker: 'webhooks' });
  const runner = await run({
    connectionString: databaseUrl,
    concurrency: 4,
    noHandleSignals: true,
    pollInterval: 2000,
    logger: workerLogger(log),
    taskList: {
      [DELIVER_WEBHOOK_TASK]: (payload, helpers) => deliverWebhook(orm, settings.webhooks, payload as DeliveryJob, helpers.job.attempts),
    },
  });
  return { stop: () => runner.stop() };
}
