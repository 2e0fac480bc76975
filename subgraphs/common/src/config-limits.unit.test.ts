import { ConfigError, DEFAULT_DATABASE_LIMITS, DEFAULT_TIMEOUTS, loadConfig } from './config';

describe('timeouts and database limits in the config', () => {
  it('default to the documented values', () => {
    const config = loadConfig({});
    expect(config.timeouts).toEqual({ subgraphMs: 10_000, requestMs: 15_000 });
    expect(config.timeouts).toEqual(DEFAULT_TIMEOUTS);
    expect(config.database).toEqual({ statementTimeoutMs: 5_000, idleInTransactionTimeoutMs: 10_000, poolMax: 10, acquireTimeoutMs: 5_000 });
    expect(config.database).toEqual(DEFAULT_DATABASE_LIMITS);
  });

  it('are read from the environment', () => {
    const config = loadConfig({
      SUBGRAPH_TIMEOUT_MS: '2000',
      REQUEST_TIMEOUT_MS: '3000',
      DB_STATEMENT_TIMEOUT_MS: '1500',
      DB_IDLE_IN_TRANSACTION_TIMEOUT_MS: '4000',
      DB_POOL_MAX: '4',
      DB_POOL_ACQUIRE_TIMEOUT_MS: '700',
    });
    expect(config.timeouts).toEqual({ subgraphMs: 2000, requestMs: 3000 });
    expect(config.database).toEqual({ statementTimeoutMs: 1500, idleInTransactionTimeoutMs: 4000, poolMax: 4, acquireTimeoutMs: 700 });
  });

  it('refuse a value that is not a positive number, naming the variable', () => {
    expect(() => loadConfig({ DB_STATEMENT_TIMEOUT_MS: '0' })).toThrow(new ConfigError('DB_STATEMENT_TIMEOUT_MS must be a positive number, got "0"'));
    expect(() => loadConfig({ SUBGRAPH_TIMEOUT_MS: 'soon' })).toThrow(ConfigError);
    expect(() => loadConfig({ DB_POOL_MAX: '2.5' })).toThrow(new ConfigError('DB_POOL_MAX must be a whole number, got "2.5"'));
  });
});
