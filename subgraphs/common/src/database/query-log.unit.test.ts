import { createLogger } from '../logger';
import { QueryLog, queryLoggerFactory } from './query-log';

describe('query log', () => {
  it('never asks MikroORM for statements with their values inlined, even in debug mode', () => {
    const logger = queryLoggerFactory(new QueryLog(), createLogger('silent'))({ writer: () => undefined, debugMode: true });
    expect(logger.isEnabled('query')).toBe(true);
    expect(logger.isEnabled('query-params')).toBe(false);
  });
});
