import pino, { type Logger } from 'pino';

/** Fields that must never reach a log line, whatever logs them. */
export const REDACTED_PATHS = [
  'confidentialAddress',
  '*.confidentialAddress',
  'address',
  '*.address',
  'req.headers.authorization',
  'headers.authorization',
  'authorization',
];

export function createLogger(level = process.env.LOG_LEVEL || 'info', name = 'hub'): Logger {
  return pino({ name, level, redact: { paths: REDACTED_PATHS, censor: '[redacted]' } });
}

export type { Logger };
