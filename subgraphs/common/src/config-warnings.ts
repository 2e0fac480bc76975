import type { HubConfig } from './config';
import type { Logger } from './logger';

/** Settings that are allowed but worth a line in the log at start. */
export function logConfigWarnings(config: HubConfig, logger: Logger): void {
  if (config.mode === 'production' && config.seedDemoData) {
    logger.warn('SEED_DEMO_DATA=true in production mode: demo data is loaded into empty tables');
  }
}
