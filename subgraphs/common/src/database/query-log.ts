import { DefaultLogger, type LogContext, type LoggerNamespace, type LoggerOptions } from '@mikro-orm/core';
import type { Logger } from '../logger';

/**
 * Counts the SQL statements an ORM sends and writes them to the debug log,
 * so a test can prove that a request costs a fixed number of queries.
 */
export class QueryLog {
  count = 0;
  readonly recent: string[] = [];

  record(query: string): void {
    this.count += 1;
    this.recent.push(query);
    if (this.recent.length > 200) this.recent.shift();
  }

  reset(): void {
    this.count = 0;
    this.recent.length = 0;
  }
}

class CountingLogger extends DefaultLogger {
  constructor(
    options: LoggerOptions,
    private readonly queryLog: QueryLog,
    private readonly logger: Logger,
  ) {
    super(options);
  }

  /**
   * MikroORM sends every statement with its values inlined and hands the
   * logger that inlined text whenever `query-params` is enabled (debug: true
   * does so): never here, so `context.query` keeps its placeholders, on
   * success and on error alike. `context.params` carries the values and is
   * never read.
   */
  override isEnabled(namespace: LoggerNamespace, context?: LogContext): boolean {
    return namespace === 'query-params' ? false : super.isEnabled(namespace, context);
  }

  override logQuery(context: { query: string } & LogContext): void {
    this.queryLog.record(context.query);
    // The log's whitelist also reduces any literal left in the text to `?` (logging/scrub.ts).
    this.logger.debug({ sql: context.query, took: context.took }, context.level === 'error' ? 'sql failed' : 'sql');
  }

  override log(namespace: string, message: string): void {
    this.logger.debug({ namespace }, message);
  }
}

export function queryLoggerFactory(queryLog: QueryLog, logger: Logger) {
  return (options: LoggerOptions): DefaultLogger => new CountingLogger(options, queryLog, logger);
}
