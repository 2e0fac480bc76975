import { randomUUID } from 'node:crypto';
import type { EntityManager as SqlEntityManager } from '@mikro-orm/postgresql';
import { Client } from 'pg';
import { purgeExpiredAccessLog } from '../audit/access-log-purge';
import { numberedPlaceholders } from '../audit/access-log-store';
import { AccessRecorder } from '../audit/access-recorder';
import { bindAccessScope, WriteLogSubscriber } from '../audit/write-log-subscriber';
import { SUBGRAPH_NAMES, type SubgraphName } from '../config';
import type { Caller } from '../domain/caller';
import { createOrm } from '../database/orm';
import type { SubgraphDefinition } from '../server/subgraph-server';
import type { Logger } from '../logger';
import { combinedCare, type CareLookup, type ClientRecords, type RemovedCounts } from './client-records';
import type { RetentionPeriods } from './retention-rules';

/** Whom the access log names for what the job removes: no person and no role, the job itself, as user and access point. */
export const RETENTION_CALLER: Caller = { userId: 'retention-job', roles: [], purpose: 'retention', applicationId: 'retention-job' };

/** Held while a run lasts (a session lock): one run at a time, whichever process or command starts it. */
const RETENTION_LOCK = 75133;

export interface RetentionPart {
  name: SubgraphName;
  /** An entity manager of the subgraph's ORM, with the access log's write subscriber registered. */
  em: SqlEntityManager;
  records: ClientRecords;
}

export interface RetentionRun {
  /** False when another run held the lock: this one did nothing. */
  ran: boolean;
  removed: Partial<Record<SubgraphName, RemovedCounts>>;
  accessLogEntriesRemoved: number;
  /** Set when the access log was not purged because it does not verify. */
  accessLogRefused?: string;
}

/**
 * One retention run (docs/security.md, "Retention and erasure"): every subgraph removes what has expired in its own
 * tables, the client file last (it asks the others whether her care is open or recent), then the access log's expired
 * checkpoint ranges are purged. Each removal is one transaction with its access log entries (under
 * RETENTION_CALLER); the log itself records nothing of what it purges. Logs counts only.
 */
export async function runRetention(options: {
  databaseUrl: string;
  parts: RetentionPart[];
  periods: RetentionPeriods;
  accessLog: { key: Buffer; file: string };
  logger: Logger;
  now?: Date;
}): Promise<RetentionRun> {
  const { logger, periods } = options;
  const now = options.now ?? new Date();
  // Fail closed: without every part, a client file could be removed while her care is open elsewhere.
  const missing = SUBGRAPH_NAMES.filter((name) => !options.parts.some((part) => part.name === name));
  if (missing.length) throw new Error(`the retention job needs every subgraph; missing: ${missing.join(', ')}`);
  const lock = new Client({ connectionString: options.databaseUrl });
  await lock.connect();
  try {
    const [{ ok }] = (await lock.query('select pg_try_advisory_lock($1) as ok', [RETENTION_LOCK])).rows as Array<{ ok: boolean }>;
    if (!ok) {
      logger.info('retention: another run is under way; skipped');
      return { ran: false, removed: {}, accessLogEntriesRemoved: 0 };
    }
    const requestId = `retention-${randomUUID()}`;
    const scoped = options.parts.map((part) => {
      const em = part.em.fork();
      bindAccessScope(em, { access: new AccessRecorder(), caller: RETENTION_CALLER, requestId });
      return { ...part, em };
    });
    const removed: RetentionRun['removed'] = {};
    // The others first: the client file's end depends on their care being closed.
    const ordered = [...scoped.filter((part) => part.name !== 'clients'), ...scoped.filter((part) => part.name === 'clients')];
    for (const part of ordered) {
      const others: CareLookup[] = scoped
        .filter((other) => other !== part && other.records.careOf)
        .map((other) => (clientIds: string[]) => other.records.careOf!(other.em, clientIds));
      removed[part.name] = await part.records.expire(part.em, periods, now, (clientIds) => combinedCare(others, clientIds));
      logger.info({ subgraph: part.name, removed: removed[part.name], requestId }, 'retention: expired records removed');
    }
    const execute = async (sql: string, params: unknown[]) => (await lock.query(numberedPlaceholders(sql), params)).rows as unknown[];
    const purge = await purgeExpiredAccessLog(execute, { ...options.accessLog, period: periods.accessLog, logger, now });
    return { ran: true, removed, accessLogEntriesRemoved: purge.removed, accessLogRefused: purge.refused };
  } finally {
    await lock.end().catch(() => undefined);
  }
}

/**
 * The parts of `npm run retention`: each subgraph's ORM on its own schema, its removals logged like a request's
 * writes (the write subscriber, under RETENTION_CALLER). The services must have migrated the database already.
 */
export async function openRetentionParts(
  definitions: readonly SubgraphDefinition[],
  databaseUrl: string,
  key: Buffer,
  logger: Logger,
): Promise<{ parts: RetentionPart[]; close: () => Promise<void> }> {
  const opened: Array<{ part: RetentionPart; close: () => Promise<void> }> = [];
  try {
    for (const definition of definitions) {
      if (!definition.clientRecords) continue;
      const { orm } = await createOrm(definition.orm, databaseUrl, logger.child({ subgraph: definition.name }));
      orm.em.getEventManager().registerSubscriber(new WriteLogSubscriber(definition.clientLinked ?? {}, key, definition.name));
      opened.push({ part: { name: definition.name, em: orm.em.fork(), records: definition.clientRecords }, close: () => orm.close(true) });
    }
  } catch (error) {
    await Promise.all(opened.map((o) => o.close()));
    throw error;
  }
  return { parts: opened.map((o) => o.part), close: async () => void (await Promise.all(opened.map((o) => o.close()))) };
}

/** Runs `run` every `intervalMs` in this process (RETENTION_INTERVAL); the advisory lock in runRetention keeps it to one process at a time. */
export function scheduleRetention(run: () => Promise<RetentionRun>, intervalMs: number, logger: Logger): { stop(): Promise<void> } {
  let running: Promise<unknown> = Promise.resolve();
  const round = () => {
    running = running.then(() => run()).catch((error) => logger.error({ err: error }, 'retention run failed; retried next interval'));
  };
  const timer = setInterval(round, intervalMs);
  timer.unref();
  return {
    async stop() {
      clearInterval(timer);
      await running;
    },
  };
}
