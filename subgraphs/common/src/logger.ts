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

/** `destination` defaults to stdout; tests pass a stream to read what was logged. */
export function createLogger(level = process.env.LOG_LEVEL || 'info', name = 'hub', destination?: pino.DestinationStream): Logger {
  const options = { name, level, redact: { paths: REDACTED_PATHS, censor: '[redacted]' } };
  return destination ? pino(options, destination) : pino(options);
}

export type { Logger };
