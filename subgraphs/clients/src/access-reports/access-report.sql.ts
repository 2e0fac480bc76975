import { ACCESS_LOG_COLUMNS, accessLogRow, type AccessAction, type AccessLogRecord, type AccessLogRow, type AccessOutcome } from '@hub/common';

/**
 * Every statement the access log reports run, in one module: the reports read `audit.access_log` as it is
(docs/access-log.md) and never write it, with the columns and row mapping of the log's own module
 * (`ACCESS_LOG_COLUMNS` in @hub/common); the filters, the CSV and the client's report read entries through here.
 */

/** One entry as the reports read it. */
export type ReportEntry = AccessLogRow;

/** Which entries a report covers; every criterion given must hold. */
export interface ReportFilter {
  clientId?: string;
  userId?: string;
  organisationId?: string;
  /** From this instant, inclusive. */
  from?: Date;
  /** Until this instant, exclusive. */
  to?: Date;
  actions?: AccessAction[];
  outcome?: AccessOutcome;
}

type Execute = (sql: string, params: unknown[]) => Promise<unknown>;

function where(filter: ReportFilter, afterSeq: number | undefined): { sql: string; params: unknown[] } {
  const conditions: string[] = [];
  const params: unknown[] = [];
  const add = (condition: string, ...values: unknown[]) => {
    conditions.push(condition);
    params.push(...values);
  };
  if (filter.clientId) add('client_ids @> array[?]::uuid[]', filter.clientId);
  if (filter.userId) add('user_id = ?', filter.userId);
  if (filter.organisationId) add('organisation_id = ?', filter.organisationId);
  if (filter.from) add('occurred_at >= ?', filter.from);
  if (filter.to) add('occurred_at < ?', filter.to);
  if (filter.actions?.length) add('action = any(?::text[])', `{${filter.actions.join(',')}}`);
  if (filter.outcome) add('outcome = ?', filter.outcome);
  if (afterSeq !== undefined) add('seq > ?', afterSeq);
  return { sql: conditions.length ? `where ${conditions.join(' and ')}` : '', params };
}

/** Up to `limit` entries matching `filter` numbered after `afterSeq`, oldest first (by number). */
export async function reportEntries(execute: Execute, filter: ReportFilter, limit: number, afterSeq?: number): Promise<ReportEntry[]> {
  const condition = where(filter, afterSeq);
  const rows = (await execute(`select ${ACCESS_LOG_COLUMNS} from "audit"."access_log" ${condition.sql} order by seq limit ?`, [
    ...condition.params,
    limit,
  ])) as AccessLogRecord[];
  return rows.map(accessLogRow);
}

/** How many entries match `filter`. */
export async function countReportEntries(execute: Execute, filter: ReportFilter): Promise<number> {
  const condition = where(filter, undefined);
  const rows = (await execute(`select count(*) as n from "audit"."access_log" ${condition.sql}`, condition.params)) as Array<{ n: string | number }>;
  return Number(rows[0].n);
}
