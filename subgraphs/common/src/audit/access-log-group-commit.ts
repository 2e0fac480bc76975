import { accessLogRows, insertAccessLogRows, type AccessEvent, type RawSql } from './access-log-store';

/** At most this many entries per INSERT (19 parameters each; PostgreSQL takes at most 65,535 per statement). */
export const GROUP_COMMIT_MAX_ENTRIES = 1_000;
/**
 * INSERTs in flight at once per process: with one, a request that finished while the INSERT ran waited for it
 * and then for its own, while PostgreSQL's other core had nothing of this process to do (docs/benchmarks.md,
 * "Two access-log INSERTs in flight").
 */
export const GROUP_COMMIT_WRITERS = 2;

interface Waiting {
  rows: ReturnType<typeof accessLogRows>;
  resolve(): void;
  reject(error: unknown): void;
}

/**
 * The access log appends of concurrent requests of one process, committed
 * together (docs/access-log.md, "Group commit"): up to `maxWriters` INSERTs in
 * flight at a time; the entries of requests that arrive while all of them run
 * wait and go in the next INSERT to start, as one statement. Each request's promise settles only when the
 * statement that holds its entries has committed, so its answer still leaves
 * after its entries are in the log. When a statement of several requests
 * fails, each request's entries are tried again in a statement of their own,
 * as if they had never been grouped: a request fails (closed) exactly when
 * its own append fails, and a request is never answered by another's failure.
 */
export class AccessLogGroupCommit {
  private readonly queue: Waiting[] = [];
  /** INSERT loops running: each takes the waiting entries as one statement until none wait. */
  private writers = 0;

  constructor(
    private readonly raw: RawSql,
    private readonly key: Buffer,
    private readonly maxEntries = GROUP_COMMIT_MAX_ENTRIES,
    private readonly maxWriters = GROUP_COMMIT_WRITERS,
  ) {}

  /** Appends `events` (their content, time and MAC fixed now); resolves once they are committed, rejects when they cannot be. */
  async append(events: AccessEvent[]): Promise<void> {
    if (events.length === 0) return;
    const rows = accessLogRows(this.key, events);
    return new Promise<void>((resolve, reject) => {
      this.queue.push({ rows, resolve, reject });
      if (this.writers < this.maxWriters) void this.drain();
    });
  }

  private async drain(): Promise<void> {
    this.writers += 1;
    try {
      while (this.queue.length) await this.write(this.takeBatch());
    } finally {
      this.writers -= 1;
    }
  }

  /** The oldest waiting requests, whole, up to maxEntries entries (at least one request). */
  private takeBatch(): Waiting[] {
    let entries = this.queue[0].rows.count;
    let n = 1;
    while (n < this.queue.length && entries + this.queue[n].rows.count <= this.maxEntries) entries += this.queue[n++].rows.count;
    return this.queue.splice(0, n);
  }

  private async write(batch: Waiting[]): Promise<void> {
    try {
      await insertAccessLogRows(
        this.raw,
        batch.map((w) => w.rows),
      );
      for (const w of batch) w.resolve();
    } catch (error) {
      if (batch.length === 1) return batch[0].reject(error);
      // Each alone, side by side, as they would have been written without grouping.
      await Promise.all(
        batch.map((w) =>
          insertAccessLogRows(this.raw, [w.rows]).then(
            () => w.resolve(),
            (own: unknown) => w.reject(own),
          ),
        ),
      );
    }
  }
}
