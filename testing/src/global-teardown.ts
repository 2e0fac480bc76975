/** Jest global teardown: stops (and deletes) the throw-away PostgreSQL. */
export default async function globalTeardown(): Promise<void> {
  await globalThis.__hubTestPostgres?.stop();
}
