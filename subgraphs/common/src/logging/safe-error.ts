import path from 'node:path';
import { scrubText } from './scrub';

/**
 * What the log keeps of an error: its kind, stable codes, schema names and
 * where it was thrown; never the driver's `detail`, `where`, `hint`,
 * parameters, statement or body, and never a database error's message.
 */
export interface SafeError {
  type: string;
  /** GraphQL `extensions.code`, a Node system error code or a PostgreSQL SQLSTATE. */
  code?: string;
  sqlState?: string;
  /** Schema, not data: which constraint, table, column or type the database named. */
  constraint?: string;
  table?: string;
  column?: string;
  schema?: string;
  dataType?: string;
  /** The message's shape (scrub.ts), or `withheld` for anything from the database. */
  message: string;
  /** `file:line`, relative to the project, innermost first. */
  frames?: string[];
  cause?: SafeError;
  errors?: SafeError[];
}

export const WITHHELD_MESSAGE = 'withheld: a database message may quote values';

const NAME = /^[A-Za-z_][\w$.-]{0,99}$/;
const CODE = /^[A-Za-z0-9_.-]{1,64}$/;
const FRAMES_MAX = 10;
const DEPTH_MAX = 4;

const text = (value: unknown, shape: RegExp): string | undefined => (typeof value === 'string' && shape.test(value) ? value : undefined);

/** An error raised by PostgreSQL, pg, knex or MikroORM's driver layer: their messages quote statements and values. */
function fromDatabase(error: Record<string, unknown>): boolean {
  const type = typeof error.name === 'string' ? error.name : '';
  return (
    typeof error.sqlState === 'string' ||
    (typeof error.severity === 'string' && typeof error.code === 'string') ||
    /Exception$|^Knex|^DatabaseError$/.test(type) ||
    // knex puts the statement it ran in front of the server's message ("insert into … - …"); any statement is withheld.
    /^\s*(?:select|insert|update|delete|with|begin|commit|rollback|set|lock|alter|create|drop|truncate|copy)\s/i.test(
      typeof error.message === 'string' ? error.message : '',
    )
  );
}

function nextOf(error: Record<string, unknown>): unknown {
  return error.originalError ?? error.cause;
}

/** Whether this error or one it wraps came from the database: a wrapper's message often repeats the wrapped one. */
function involvesDatabase(error: unknown): boolean {
  for (let current = error, depth = 0; current && typeof current === 'object' && depth <= DEPTH_MAX; depth += 1) {
    if (fromDatabase(current as Record<string, unknown>)) return true;
    current = nextOf(current as Record<string, unknown>);
  }
  return false;
}

const root = process.cwd();

/** A stack line as `file:line`, with the path relative to the project or to node_modules; no absolute path. */
function frameOf(line: string): string | undefined {
  const match = /^\s*at (?:.*\()?(?:file:\/\/)?([^()\s]+?):(\d+)(?::\d+)?\)?\s*$/.exec(line);
  if (!match) return undefined;
  const file = match[1];
  const modules = file.lastIndexOf('node_modules/');
  const relative =
    modules >= 0 ? file.slice(modules) : file.startsWith('node:') ? file : path.isAbsolute(file) ? path.relative(root, file) : path.basename(file);
  return `${relative.startsWith('..') ? path.basename(file) : relative}:${match[2]}`;
}

function framesOf(stack: unknown): string[] | undefined {
  if (typeof stack !== 'string') return undefined;
  // Only "at" lines: the first lines repeat the message, which may span several lines.
  const frames = stack
    .split('\n')
    .filter((line) => /^\s+at /.test(line))
    .map(frameOf)
    .filter((frame): frame is string => frame !== undefined);
  return frames.length ? frames.slice(0, FRAMES_MAX) : undefined;
}

function serialize(error: unknown, depth: number, withhold: boolean): SafeError {
  if (!error || typeof error !== 'object') return { type: typeof error, message: withhold ? WITHHELD_MESSAGE : scrubText(error) };
  const e = error as Record<string, unknown>;
  const extensions = (e.extensions ?? {}) as Record<string, unknown>;
  const safe: SafeError = {
    type: text(e.name, NAME) ?? text(e.constructor?.name, NAME) ?? 'Error',
    code: text(extensions.code, CODE) ?? text(e.code, CODE),
    sqlState: text(e.sqlState, CODE),
    constraint: text(e.constraint, NAME),
    table: text(e.table, NAME),
    column: text(e.column, NAME),
    schema: text(e.schema, NAME),
    dataType: text(e.dataType, NAME),
    message: withhold ? WITHHELD_MESSAGE : scrubText(e.message ?? ''),
    frames: framesOf(e.stack),
  };
  const next = nextOf(e);
  if (next && depth < DEPTH_MAX) safe.cause = serialize(next, depth + 1, withhold);
  if (Array.isArray(e.errors) && depth < DEPTH_MAX)
    safe.errors = e.errors.slice(0, 3).map((inner) => serialize(inner, depth + 1, withhold || involvesDatabase(inner)));
  for (const key of Object.keys(safe) as (keyof SafeError)[]) if (safe[key] === undefined) delete safe[key];
  return safe;
}

/** The `err` serializer: a whitelist of what an error may tell the log. */
export function serializeError(error: unknown): SafeError {
  return serialize(error, 0, involvesDatabase(error));
}
