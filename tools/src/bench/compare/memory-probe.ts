import { appendFileSync } from 'node:fs';
import v8 from 'node:v8';

/**
 * Preloaded (`node -r`) into a process `bench:gateway-settings` measures: on
 * SIGUSR2 it appends one JSON line to MEMORY_PROBE_FILE with
 * `process.memoryUsage()` and the size of each V8 heap space, so the
 * benchmark can say where resident memory went. Nothing runs until the signal.
 */
const file = process.env.MEMORY_PROBE_FILE;
if (file) {
  process.on('SIGUSR2', () => {
    const mb = (bytes: number) => Math.round((bytes / 2 ** 20) * 10) / 10;
    const usage = process.memoryUsage();
    const spaces = Object.fromEntries(v8.getHeapSpaceStatistics().map((s) => [s.space_name, mb(s.space_size)]));
    const line = {
      rss: mb(usage.rss),
      heapTotal: mb(usage.heapTotal),
      heapUsed: mb(usage.heapUsed),
      external: mb(usage.external),
      arrayBuffers: mb(usage.arrayBuffers),
      spaces,
    };
    appendFileSync(file, `${JSON.stringify(line)}\n`);
  });
}
