import pino, { type Logger } from 'pino';
import { whitelistFields } from './logging/log-fields';
import { scrubText } from './logging/scrub';

/**
 * Nothing of a client in any log line. Every line passes a whitelist
 * (logging/log-fields.ts): only listed fields, each reduced to its shape;
 * errors keep their kind, codes, schema names and frames (logging/safe-error.ts);
 * the message itself is reduced to its shape (logging/scrub.ts), since
 * libraries (Apollo, knex) put error messages there.
 */

/** A second line of defence: whatever header object slips into a line, its Authorization header is censored. */
export const REDACTED_PATHS = ['authorization', '*.authorization', '*.headers.authorization'];

const passThrough = (value: unknown) => value;

/** A log call's message, reduced to its shape; printf-style arguments are dropped, not interpolated. */
function safeArguments(args: unknown[]): [Record<string, unknown>, string | undefined] {
  const [first, second] = args;
  if (first instanceof Error) return [{ err: first }, typeof second === 'string' ? scrubText(second) : 'error'];
  if (typeof first === 'string') return [{}, scrubText(first)];
  const object = first && typeof first === 'object' ? (first as Record<string, unknown>) : {};
  // pino would take an error's raw message as the line's message.
  return [object, typeof second === 'string' ? scrubText(second) : object.err !== undefined ? 'error' : undefined];
}

/** `destination` defaults to stdout; tests pass a stream to read what was logged. */
export function createLogger(level = process.env.LOG_LEVEL || 'info', name = 'hub', destination?: pino.DestinationStream): Logger {
  const options: pino.LoggerOptions = {
    name,
    level,
    formatters: { log: whitelistFields, bindings: whitelistFields },
    // The whitelist has already reduced each field; pino's own error serializer would add the raw message and stack back.
    serializers: { err: passThrough, req: passThrough, res: passThrough },
    hooks: {
      logMethod(args, method) {
        const [object, message] = safeArguments(args);
        return message === undefined ? method.call(this, object) : method.call(this, object, message);
      },
    },
    redact: { paths: REDACTED_PATHS, censor: '[redacted]' },
  };
  return shapeChildren(destination ? pino(options, destination) : pino(options));
}

/** pino applies `formatters.bindings` to the root's bindings only; a child's pass the same whitelist here. */
function shapeChildren(logger: Logger): Logger {
  const child = logger.child.bind(logger);
  logger.child = ((bindings: pino.Bindings, options?: pino.ChildLoggerOptions) =>
    shapeChildren(child(whitelistFields(bindings), options))) as unknown as Logger['child'];
  return logger;
}

export type { Logger };
